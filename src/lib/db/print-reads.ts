/** The read-only queries that gather what the print page prints. */
import { db as defaultDb, type AppDB } from './db';
import type { Attendance, Card, Group, Participant, Session } from '$lib/model';
import type { ParentMeeting } from '$lib/model';

export interface CardSelection {
	/** Found cards, in the order asked. */
	cards: Card[];
	/** Asked ids that do not exist. */
	missing: string[];
}

/** The asked cards in their order; ids that do not exist are reported, not fatal. */
export async function loadCards(
	ids: readonly string[],
	db: AppDB = defaultDb
): Promise<CardSelection> {
	const found = await db.cards.bulkGet([...ids]);
	return {
		cards: found.filter((card): card is Card => card !== undefined),
		missing: ids.filter((_, i) => found[i] === undefined)
	};
}

/** Every card that is not archived, by title: the list school staff pick from. */
export async function listCards(db: AppDB = defaultDb): Promise<Card[]> {
	const cards = await db.cards.filter((card) => !card.archived).toArray();
	return cards.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

async function cardsOf(sessions: readonly Session[], db: AppDB): Promise<Map<string, Card>> {
	const ids = [...new Set(sessions.flatMap((s) => s.blocks.map((b) => b.cardId)))].filter(
		(id): id is string => !!id
	);
	const cards = await db.cards.bulkGet(ids);
	return new Map(cards.filter((c): c is Card => !!c).map((c) => [c.id, c]));
}

export interface SessionPrint {
	group: Group;
	session: Session;
	cards: Map<string, Card>;
	childCount: number;
}

/** A session with its group, cards and the number of children taking part; null when gone. */
export async function loadSession(id: string, db: AppDB = defaultDb): Promise<SessionPrint | null> {
	const session = await db.sessions.get(id);
	const group = session ? await db.groups.get(session.groupId) : undefined;
	if (!session || !group) return null;
	const participants = await db.participants.where('groupId').equals(group.id).toArray();
	return {
		group,
		session,
		cards: await cardsOf([session], db),
		childCount: participants.filter((p) => !p.stoppedOn && !p.erasedAt).length
	};
}

export interface GroupPrint {
	group: Group;
	sessions: Session[];
	cards: Map<string, Card>;
	participants: Participant[];
	/** The marks, for a filled-in register. */
	attendance: Attendance[];
}

/** A group with its sessions in order, their cards and its children; null when gone. */
export async function loadGroup(id: string, db: AppDB = defaultDb): Promise<GroupPrint | null> {
	const group = await db.groups.get(id);
	if (!group) return null;
	const sessions = (await db.sessions.where('groupId').equals(id).toArray()).sort(
		(a, b) => a.number - b.number
	);
	const participants = await db.participants.where('groupId').equals(id).toArray();
	const attendance = await db.attendance.where('groupId').equals(id).toArray();
	return { group, sessions, cards: await cardsOf(sessions, db), participants, attendance };
}

export interface ParentLettersPrint {
	group: Group;
	/** The school's name; '' when the group has none. */
	schoolName: string;
	sessions: Session[];
	participants: Participant[];
	meetings: ParentMeeting[];
}

/** What the letters for parents print: the group, its school, sessions, children, meetings. */
export async function loadParentLetters(
	id: string,
	db: AppDB = defaultDb
): Promise<ParentLettersPrint | null> {
	const group = await db.groups.get(id);
	if (!group) return null;
	const [school, sessions, participants, meetings] = await Promise.all([
		group.schoolId ? db.schools.get(group.schoolId) : undefined,
		db.sessions.where('groupId').equals(id).toArray(),
		db.participants.where('groupId').equals(id).toArray(),
		db.meetings.where('groupId').equals(id).toArray()
	]);
	return { group, schoolName: school?.name ?? '', sessions, participants, meetings };
}

export interface SessionKitPrint extends SessionPrint {
	/** All sessions of the group, for the register's columns. */
	sessions: Session[];
	participants: Participant[];
}

/** Everything a session's print kit needs: the session print plus the group's register data. */
export async function loadSessionKit(
	id: string,
	db: AppDB = defaultDb
): Promise<SessionKitPrint | null> {
	const base = await loadSession(id, db);
	if (!base) return null;
	const sessions = (await db.sessions.where('groupId').equals(base.group.id).toArray()).sort(
		(a, b) => a.number - b.number
	);
	const participants = await db.participants.where('groupId').equals(base.group.id).toArray();
	return { ...base, sessions, participants };
}
