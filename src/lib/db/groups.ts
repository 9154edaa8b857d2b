/**
 * The one owner of groups: creating one (with its sessions and meetings, through their owners'
 * builders), its details and status, deleting it. Sessions live in sessions.ts, parent meetings
 * in meetings.ts.
 */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type { AgeBand, Group, GroupStatus, Session, TemplateSession } from '$lib/model';
import { meetingDates, planSeries } from '$lib/domain/schedule';
import { blocksForSeries, defaultTemplateSessions, type RitualTitles } from '$lib/domain/templates';
import { finishedAtFor } from '$lib/domain/transitions';
import { RegisterLockedError } from './lock';
import { followStartTime, newSession } from './sessions';
import { newMeeting } from './meetings';
import { holidaysOf } from './schools';
import { sealTextsAhead } from './app-lock-seal';

export type GroupInput = Pick<
	Group,
	| 'name'
	| 'ageBand'
	| 'schoolId'
	| 'location'
	| 'coaches'
	| 'weekday'
	| 'startTime'
	| 'sessionMinutes'
	| 'sessionCount'
	| 'maxSize'
	| 'startDate'
>;

/** Where the plans of a new group come from: a saved template, or the age band's default. */
export type PlanSource = { templateId: string } | { default: true };

/** Builds the default series template of an age band from the example cards in the library. */
export async function defaultTemplateFor(
	ageBand: AgeBand,
	sessionCount: number,
	sessionMinutes: number,
	titles: RitualTitles,
	database: AppDB = defaultDb
): Promise<TemplateSession[]> {
	const examples = (await database.cards.where('ageBands').equals(ageBand).toArray()).filter(
		(card) => card.exampleId !== null
	);
	return defaultTemplateSessions(ageBand, sessionCount, sessionMinutes, examples, titles);
}

/**
 * Creates a group with its dated sessions (plans from the template) and its information and
 * evaluation meetings, in one transaction. Returns the new group's id.
 */
export async function createGroup(
	input: GroupInput,
	source: PlanSource,
	titles: RitualTitles,
	database: AppDB = defaultDb
): Promise<string> {
	let template: TemplateSession[];
	if ('templateId' in source) {
		const saved = await database.templates.get(source.templateId);
		if (!saved) throw new Error(`Template ${source.templateId} not found`);
		template = saved.sessions;
	} else {
		template = await defaultTemplateFor(
			input.ageBand,
			input.sessionCount,
			input.sessionMinutes,
			titles,
			database
		);
	}
	// With the app lock on, the plans' notes are sealed before the transaction (app-lock-seal.ts).
	await sealTextsAhead(database, 'sessions', template);
	return database.transaction(
		'rw',
		[
			database.groups,
			database.sessions,
			database.meetings,
			database.schools,
			database.cards,
			database.templates
		],
		async () => {
			const now = nowIso();
			const group: Group = {
				...input,
				coaches: [input.coaches[0].trim(), input.coaches[1].trim()],
				name: input.name.trim(),
				location: input.location.trim(),
				id: newId(),
				createdAt: now,
				updatedAt: now,
				status: 'planned',
				finishedAt: null,
				registerLockedAt: null
			};
			const holidays = await holidaysOf(database, group.schoolId);
			const { dates } = planSeries({
				startDate: group.startDate,
				weekday: group.weekday,
				count: group.sessionCount,
				schoolHolidays: holidays
			});
			const plans = blocksForSeries(template, group.sessionCount, group.sessionMinutes, titles);
			const sessions: Session[] = dates.map((date, i) =>
				newSession(group, i + 1, date, plans[i], now)
			);
			await database.groups.add(group);
			await database.sessions.bulkAdd(sessions);
			const meetings = meetingDates(dates, holidays);
			if (meetings) {
				await database.meetings.bulkAdd([
					newMeeting(group.id, 'information', meetings.information, now),
					newMeeting(group.id, 'evaluation', meetings.evaluation, now)
				]);
			}
			return group.id;
		}
	);
}

export type GroupDetails = Pick<
	Group,
	| 'name'
	| 'schoolId'
	| 'location'
	| 'coaches'
	| 'startTime'
	| 'sessionMinutes'
	| 'maxSize'
	| 'status'
>;

/**
 * Saves the group's details. A new start time also moves the sessions still planned that
 * started at the old time (refused on a locked register, as every session write).
 */
export async function updateGroupDetails(
	groupId: string,
	details: GroupDetails,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.groups, database.sessions], async () => {
		const group = await database.groups.get(groupId);
		if (!group) throw new Error(`Group ${groupId} not found`);
		const now = nowIso();
		if (details.startTime !== group.startTime)
			await followStartTime(database, groupId, group.startTime, details.startTime, now);
		const finishedAt = finishedAtFor(details.status, group.finishedAt, now);
		await database.groups.update(groupId, { ...details, finishedAt, updatedAt: now });
	});
}

export class GroupHasChildrenError extends Error {
	constructor() {
		super('group-has-children');
	}
}

/**
 * Deletes a group that has no children (yet) with its sessions and meetings. A group with
 * children is refused: their records are erased through the privacy rules instead; so is a
 * group whose register is locked.
 */
export async function deleteGroup(groupId: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.meetings, database.participants],
		async () => {
			if ((await database.participants.where('groupId').equals(groupId).count()) > 0) {
				throw new GroupHasChildrenError();
			}
			if ((await database.groups.get(groupId))?.registerLockedAt)
				throw new RegisterLockedError(groupId);
			await database.sessions.where('groupId').equals(groupId).delete();
			await database.meetings.where('groupId').equals(groupId).delete();
			await database.groups.delete(groupId);
		}
	);
}

/** Sets a group's status (planned, running, finished). */
export async function setGroupStatus(
	groupId: string,
	status: GroupStatus,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.groups], async () => {
		const group = await database.groups.get(groupId);
		if (!group) return;
		const now = nowIso();
		await database.groups.update(groupId, {
			status,
			finishedAt: finishedAtFor(status, group.finishedAt, now),
			updatedAt: now
		});
	});
}
