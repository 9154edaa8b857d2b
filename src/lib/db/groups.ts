/** Writes for groups, their series of sessions and the parent meetings. */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type {
	AgeBand,
	Group,
	GroupStatus,
	MeetingKind,
	ParentMeeting,
	PlanBlock,
	Session,
	SessionStatus,
	TemplateSession
} from '$lib/model';
import type { Day } from '$lib/domain/dates';
import {
	bumpDates,
	meetingDates,
	nextFreeWeekly,
	planSeries,
	replanDates
} from '$lib/domain/schedule';
import { blocksForSeries, defaultTemplateSessions, type RitualTitles } from '$lib/domain/templates';
import { MEETING_START_TIME } from '$lib/domain/group-defaults';
import { addDays } from '$lib/domain/dates';

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

async function holidaysOf(database: AppDB, schoolId: string | null) {
	if (!schoolId) return [];
	return (await database.schools.get(schoolId))?.holidays ?? [];
}

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
			let template: TemplateSession[];
			if ('templateId' in source) {
				const saved = await database.templates.get(source.templateId);
				if (!saved) throw new Error(`Template ${source.templateId} not found`);
				template = saved.sessions;
			} else {
				template = await defaultTemplateFor(
					group.ageBand,
					group.sessionCount,
					group.sessionMinutes,
					titles,
					database
				);
			}
			const plans = blocksForSeries(template, group.sessionCount, group.sessionMinutes, titles);
			const sessions: Session[] = dates.map((date, i) =>
				makeSession(group, i + 1, date, plans[i], now)
			);
			await database.groups.add(group);
			await database.sessions.bulkAdd(sessions);
			const meetings = meetingDates(dates, holidays);
			if (meetings) {
				await database.meetings.bulkAdd([
					makeMeeting(group.id, 'information', meetings.information, now),
					makeMeeting(group.id, 'evaluation', meetings.evaluation, now)
				]);
			}
			return group.id;
		}
	);
}

function makeSession(
	group: Group,
	number: number,
	date: Day,
	blocks: PlanBlock[],
	now: string
): Session {
	return {
		id: newId(),
		createdAt: now,
		updatedAt: now,
		groupId: group.id,
		number,
		date,
		startTime: group.startTime,
		status: 'planned',
		cancelReason: '',
		blocks,
		notes: ''
	};
}

function makeMeeting(groupId: string, kind: MeetingKind, date: Day, now: string): ParentMeeting {
	return {
		id: newId(),
		createdAt: now,
		updatedAt: now,
		groupId,
		kind,
		date,
		startTime: MEETING_START_TIME,
		notes: ''
	};
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
 * started at the old time.
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
		const finishedAt = details.status === 'finished' ? (group.finishedAt ?? now) : null;
		await database.groups.update(groupId, { ...details, finishedAt, updatedAt: now });
		if (details.startTime !== group.startTime) {
			await database.sessions
				.where('groupId')
				.equals(groupId)
				.filter((s) => s.status === 'planned' && s.startTime === group.startTime)
				.modify({ startTime: details.startTime, updatedAt: now });
		}
	});
}

/** The group's sessions in series order. */
export async function sessionsOf(groupId: string, database: AppDB = defaultDb): Promise<Session[]> {
	return database.sessions
		.where('[groupId+number]')
		.between([groupId, 0], [groupId, Infinity])
		.toArray();
}

/** Sessions that already happened keep their date when the series is planned again. */
function isFixed(session: Session): boolean {
	return session.status !== 'planned';
}

/** A new start date or weekday: the sessions not yet held get new dates (holidays skipped). */
export async function replanGroup(
	groupId: string,
	startDate: Day,
	weekday: number,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.schools],
		async () => {
			const group = await database.groups.get(groupId);
			if (!group) throw new Error(`Group ${groupId} not found`);
			const sessions = await sessionsOf(groupId, database);
			const holidays = await holidaysOf(database, group.schoolId);
			const dates = replanDates(
				sessions.map((s) => ({ date: s.date, fixed: isFixed(s) })),
				startDate,
				weekday,
				holidays
			);
			const now = nowIso();
			await database.groups.update(groupId, { startDate, weekday, updatedAt: now });
			for (const [i, session] of sessions.entries()) {
				if (session.date !== dates[i])
					await database.sessions.update(session.id, { date: dates[i], updatedAt: now });
			}
		}
	);
}

/** Gives the group's sessions not yet held new dates from its own start date and weekday (after holidays changed). */
export async function replanWithHolidays(
	groupId: string,
	database: AppDB = defaultDb
): Promise<void> {
	const group = await database.groups.get(groupId);
	if (!group) throw new Error(`Group ${groupId} not found`);
	await replanGroup(groupId, group.startDate, group.weekday, database);
}

/** Moves one session to another day. */
export async function moveSession(
	sessionId: string,
	date: Day,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.sessions], async () => {
		await database.sessions.update(sessionId, { date, updatedAt: nowIso() });
	});
}

/** Moves this session and every later one a week on, skipping holidays again. */
export async function bumpSession(sessionId: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.schools],
		async () => {
			const session = await database.sessions.get(sessionId);
			if (!session) throw new Error(`Session ${sessionId} not found`);
			const group = await database.groups.get(session.groupId);
			const sessions = await sessionsOf(session.groupId, database);
			const index = sessions.findIndex((s) => s.id === sessionId);
			const dates = bumpDates(
				sessions.map((s) => s.date),
				index,
				await holidaysOf(database, group?.schoolId ?? null)
			);
			const now = nowIso();
			for (let i = index; i < sessions.length; i++) {
				await database.sessions.update(sessions[i].id, { date: dates[i], updatedAt: now });
			}
		}
	);
}

/** Marks a session planned, held or cancelled (with a reason). */
export async function setSessionStatus(
	sessionId: string,
	status: SessionStatus,
	cancelReason = '',
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.sessions], async () => {
		await database.sessions.update(sessionId, {
			status,
			cancelReason: status === 'cancelled' ? cancelReason : '',
			updatedAt: nowIso()
		});
	});
}

/** Adds one session after the last (a week later, holidays skipped) with only the rituals. */
export async function addSession(
	groupId: string,
	titles: RitualTitles,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.schools],
		async () => {
			const group = await database.groups.get(groupId);
			if (!group) throw new Error(`Group ${groupId} not found`);
			const sessions = await sessionsOf(groupId, database);
			const last = sessions.at(-1);
			const holidays = await holidaysOf(database, group.schoolId);
			const date = last
				? nextFreeWeekly(addDays(last.date, 7), holidays)
				: planSeries({
						startDate: group.startDate,
						weekday: group.weekday,
						count: 1,
						schoolHolidays: holidays
					}).dates[0];
			const now = nowIso();
			const [blocks] = blocksForSeries([], 1, group.sessionMinutes, titles);
			await database.sessions.add(makeSession(group, (last?.number ?? 0) + 1, date, blocks, now));
			await database.groups.update(groupId, { sessionCount: sessions.length + 1, updatedAt: now });
		}
	);
}

/** Removes the last session of the series, with any attendance kept for it. */
export async function removeLastSession(
	groupId: string,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.attendance],
		async () => {
			const sessions = await sessionsOf(groupId, database);
			const last = sessions.at(-1);
			if (!last) return;
			await database.attendance.where('sessionId').equals(last.id).delete();
			await database.sessions.delete(last.id);
			await database.groups.update(groupId, {
				sessionCount: sessions.length - 1,
				updatedAt: nowIso()
			});
		}
	);
}

/** Adds a parent meeting (a follow-up talk, or a missing information/evaluation meeting). */
export async function addMeeting(
	groupId: string,
	kind: MeetingKind,
	date: Day,
	database: AppDB = defaultDb
): Promise<string> {
	return database.transaction('rw', [database.meetings], async () => {
		const meeting = makeMeeting(groupId, kind, date, nowIso());
		await database.meetings.add(meeting);
		return meeting.id;
	});
}

/** Changes a parent meeting's date, time or notes. */
export async function updateMeeting(
	meetingId: string,
	patch: Partial<Pick<ParentMeeting, 'date' | 'startTime' | 'notes'>>,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.meetings], async () => {
		await database.meetings.update(meetingId, { ...patch, updatedAt: nowIso() });
	});
}

/** Removes a parent meeting and who came to it. */
export async function deleteMeeting(meetingId: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction('rw', [database.meetings, database.meetingAttendance], async () => {
		await database.meetingAttendance.where('meetingId').equals(meetingId).delete();
		await database.meetings.delete(meetingId);
	});
}

export class GroupHasChildrenError extends Error {
	constructor() {
		super('group-has-children');
	}
}

/**
 * Deletes a group that has no children (yet) with its sessions and meetings. A group with
 * children is refused: their records are erased through the privacy rules instead.
 */
export async function deleteGroup(groupId: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.meetings, database.participants],
		async () => {
			if ((await database.participants.where('groupId').equals(groupId).count()) > 0) {
				throw new GroupHasChildrenError();
			}
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
			finishedAt: status === 'finished' ? (group.finishedAt ?? now) : null,
			updatedAt: now
		});
	});
}
