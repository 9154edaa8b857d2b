/**
 * Named reads for components, routes and state: the one place their queries are written,
 * so nothing outside db/ needs the database singleton. Each takes the database last
 * (the app's by default) so specs can read a fresh one.
 */
import { db as defaultDb, type AppDB } from './db';
import type { Card, Group, Participant, School, SeriesTemplate, Session } from '$lib/model';

/** Every card, archived ones included. */
export function allCards(database: AppDB = defaultDb): Promise<Card[]> {
	return database.cards.toArray();
}

/** One card, or undefined when it is gone. */
export function getCard(id: string, database: AppDB = defaultDb): Promise<Card | undefined> {
	return database.cards.get(id);
}

/** Every card that is not archived, in storage order. */
export function activeCards(database: AppDB = defaultDb): Promise<Card[]> {
	return database.cards.filter((card) => !card.archived).toArray();
}

/** How many cards are not archived. */
export function activeCardCount(database: AppDB = defaultDb): Promise<number> {
	return database.cards.filter((card) => !card.archived).count();
}

/** The cards with these ids, in their order; undefined where one is gone. */
export function cardsById(
	ids: readonly string[],
	database: AppDB = defaultDb
): Promise<(Card | undefined)[]> {
	return database.cards.bulkGet([...ids]);
}

/** Every group, the latest start first. */
export function groupsNewestFirst(database: AppDB = defaultDb): Promise<Group[]> {
	return database.groups.orderBy('startDate').reverse().toArray();
}

/** One group, or undefined when it is gone. */
export function getGroup(id: string, database: AppDB = defaultDb): Promise<Group | undefined> {
	return database.groups.get(id);
}

/** Groups that are not finished: the ones a card can still be planned into. */
export async function unfinishedGroups(database: AppDB = defaultDb): Promise<Group[]> {
	return (await database.groups.toArray()).filter((g) => g.status !== 'finished');
}

/** Groups whose status is finished. */
export function finishedGroups(database: AppDB = defaultDb): Promise<Group[]> {
	return database.groups.where('status').equals('finished').toArray();
}

/** Groups held at this school. */
export function groupsAtSchool(schoolId: string, database: AppDB = defaultDb): Promise<Group[]> {
	return database.groups.where('schoolId').equals(schoolId).toArray();
}

/** How many groups there are. */
export function groupCount(database: AppDB = defaultDb): Promise<number> {
	return database.groups.count();
}

/** One session, or undefined when it is gone. */
export function getSession(id: string, database: AppDB = defaultDb): Promise<Session | undefined> {
	return database.sessions.get(id);
}

/** A group's parent meetings by date. */
export function meetingsOf(groupId: string, database: AppDB = defaultDb) {
	return database.meetings.where('groupId').equals(groupId).sortBy('date');
}

/** Every participant of every group. */
export function allParticipants(database: AppDB = defaultDb): Promise<Participant[]> {
	return database.participants.toArray();
}

/** Participants whose personal data has not been erased, of every group. */
export function unerasedParticipants(database: AppDB = defaultDb): Promise<Participant[]> {
	return database.participants.filter((p) => p.erasedAt === null).toArray();
}

/** A group's children whose data has not been erased, by name. */
export function unerasedChildrenOf(
	groupId: string,
	database: AppDB = defaultDb
): Promise<Participant[]> {
	return database.participants
		.where('groupId')
		.equals(groupId)
		.filter((child) => child.erasedAt === null)
		.sortBy('name');
}

/** The participants of these groups. */
export function participantsOfGroups(
	groupIds: readonly string[],
	database: AppDB = defaultDb
): Promise<Participant[]> {
	return database.participants
		.where('groupId')
		.anyOf([...groupIds])
		.toArray();
}

/** How many children of a group take part now (not stopped, not erased). */
export function currentChildCount(groupId: string, database: AppDB = defaultDb): Promise<number> {
	return database.participants
		.where('groupId')
		.equals(groupId)
		.filter((p) => !p.stoppedOn && !p.erasedAt)
		.count();
}

/** Every school, by name. */
export function schoolsByName(database: AppDB = defaultDb): Promise<School[]> {
	return database.schools.orderBy('name').toArray();
}

/** Every school, in storage order. */
export function allSchools(database: AppDB = defaultDb): Promise<School[]> {
	return database.schools.toArray();
}

/** One school, or undefined when it is gone. */
export function getSchool(id: string, database: AppDB = defaultDb): Promise<School | undefined> {
	return database.schools.get(id);
}

/** Every series template, in storage order. */
export function allTemplates(database: AppDB = defaultDb): Promise<SeriesTemplate[]> {
	return database.templates.toArray();
}

/** Every series template, by age band. */
export function templatesByAgeBand(database: AppDB = defaultDb): Promise<SeriesTemplate[]> {
	return database.templates.orderBy('ageBand').toArray();
}
