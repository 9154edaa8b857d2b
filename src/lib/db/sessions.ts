/**
 * The one owner of sessions: their dates, status and plan (blocks, notes). Every write checks
 * the register lock first, so a locked register's sessions, marks and dates stay as they were.
 */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type { Card, Group, PlanBlock, Session, SessionStatus } from '$lib/model';
import { addDays, type Day } from '$lib/domain/dates';
import {
	bumpDates,
	meetingDates,
	nextFreeWeekly,
	planSeries,
	replanDates
} from '$lib/domain/schedule';
import { blocksForSeries, cardBlock, type RitualTitles } from '$lib/domain/templates';
import { sameStatus, sessionStatusChange } from '$lib/domain/transitions';
import { mergePlans, samePlan } from '$lib/domain/plan-merge';
import { unlockedGroup, unlockedSession } from './lock';
import { sealTextsAhead } from './app-lock-seal';
import { holidaysOf } from './schools';

/** A new planned session of a group (not yet stored). */
export function newSession(
	group: Pick<Group, 'id' | 'startTime'>,
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
	database: AppDB = defaultDb,
	options: { moveMeetings?: boolean } = {}
): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.schools, database.meetings],
		async () => {
			const group = await unlockedGroup(database, groupId);
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
			if (!options.moveMeetings) return;
			// The information meeting a week before, the evaluation a week after the new series;
			// a meeting whose attendance was recorded has happened and keeps its date.
			const moved = meetingDates([...dates].sort(), holidays);
			if (!moved) return;
			const meetings = await database.meetings.where('groupId').equals(groupId).toArray();
			for (const meeting of meetings) {
				if (meeting.recorded || meeting.kind === 'follow-up') continue;
				const date = moved[meeting.kind];
				if (meeting.date !== date)
					await database.meetings.update(meeting.id, { date, updatedAt: now });
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
	await database.transaction('rw', [database.groups, database.sessions], async () => {
		await unlockedSession(database, sessionId);
		await database.sessions.update(sessionId, { date, updatedAt: nowIso() });
	});
}

/** Moves this session and every later one a week on, skipping holidays again. */
export async function bumpSession(sessionId: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.schools],
		async () => {
			const { session, group } = await unlockedSession(database, sessionId);
			const sessions = await sessionsOf(session.groupId, database);
			const index = sessions.findIndex((s) => s.id === sessionId);
			const dates = bumpDates(
				sessions.map((s) => s.date),
				index,
				await holidaysOf(database, group.schoolId)
			);
			const now = nowIso();
			for (let i = index; i < sessions.length; i++) {
				await database.sessions.update(sessions[i].id, { date: dates[i], updatedAt: now });
			}
		}
	);
}

/**
 * Sets whether a session was held, cancelled (with a reason) or is still planned.
 * A cancelled or planned session keeps no marks: they would count for nobody.
 */
export async function setSessionStatus(
	sessionId: string,
	status: SessionStatus,
	cancelReason = '',
	database: AppDB = defaultDb
): Promise<void> {
	await sealTextsAhead(database, 'sessions', [sessionStatusChange(status, cancelReason).patch]);
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.attendance],
		async () => {
			const session = await database.sessions.get(sessionId);
			if (!session) throw new Error(`session ${sessionId} not found`);
			await writeSessionStatus(database, session, status, cancelReason, nowIso());
		}
	);
}

/**
 * Writes a status change inside the caller's transaction (groups, sessions and attendance):
 * the marking of a child makes its session held through this too.
 */
export async function writeSessionStatus(
	database: AppDB,
	session: Session,
	status: SessionStatus,
	cancelReason: string,
	at: string
): Promise<void> {
	await unlockedGroup(database, session.groupId);
	const change = sessionStatusChange(status, cancelReason);
	if (change.clearMarks) await database.attendance.where('sessionId').equals(session.id).delete();
	if (!sameStatus(session, change))
		await database.sessions.put({ ...session, ...change.patch, updatedAt: at });
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
			const group = await unlockedGroup(database, groupId);
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
			await database.sessions.add(newSession(group, (last?.number ?? 0) + 1, date, blocks, now));
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
			await unlockedGroup(database, groupId);
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

/**
 * A new start time of the group moves the sessions still planned that started at the old
 * time; inside the caller's transaction. Refused on a locked register only when a session moves.
 */
export async function followStartTime(
	database: AppDB,
	groupId: string,
	from: string,
	to: string,
	at: string
): Promise<void> {
	const moving = database.sessions
		.where('groupId')
		.equals(groupId)
		.filter((s) => s.status === 'planned' && s.startTime === from);
	if ((await moving.count()) === 0) return;
	await unlockedGroup(database, groupId);
	await moving.modify({ startTime: to, updatedAt: at });
}

/** Thrown when another tab changed the same blocks: the coach chooses (nothing was written). */
export class PlanConflictError extends Error {
	constructor(readonly stored: PlanBlock[]) {
		super('the plan was changed in another tab');
	}
}

/**
 * Saves a session's ordered blocks (the builder autosaves through this). With `base`, the list
 * the editor started from, the save merges per block with what is stored now, so a change saved
 * in another tab is kept (domain/plan-merge.ts); a real conflict throws PlanConflictError and
 * writes nothing. Returns the blocks as stored.
 */
export async function saveBlocks(
	sessionId: string,
	blocks: readonly PlanBlock[],
	database: AppDB = defaultDb,
	base?: readonly PlanBlock[]
): Promise<PlanBlock[]> {
	// Plain copies: Svelte state proxies cannot be stored in IndexedDB.
	const mine = blocks.map((block) => ({ ...block }));
	await sealTextsAhead(database, 'sessions', [{ blocks: mine }]);
	return database.transaction('rw', [database.groups, database.sessions], async () => {
		const { session } = await unlockedSession(database, sessionId);
		const merged = base ? mergePlans(base, mine, session.blocks) : mine;
		if (!merged) throw new PlanConflictError(session.blocks);
		if (!samePlan(merged, session.blocks)) {
			await database.sessions.update(sessionId, { blocks: merged, updatedAt: nowIso() });
		}
		return merged;
	});
}

/** Saves the session's own notes. */
export async function saveSessionNotes(
	sessionId: string,
	notes: string,
	database: AppDB = defaultDb
): Promise<void> {
	await sealTextsAhead(database, 'sessions', [{ notes }]);
	await database.transaction('rw', [database.groups, database.sessions], async () => {
		await unlockedSession(database, sessionId);
		await database.sessions.update(sessionId, { notes, updatedAt: nowIso() });
	});
}

/**
 * Adds a card as a block to a session's plan: before the closing ritual when there is one,
 * else at the end.
 */
export async function appendCard(
	sessionId: string,
	card: Pick<Card, 'id' | 'title' | 'minutes'>,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.groups, database.sessions], async () => {
		const { session } = await unlockedSession(database, sessionId);
		const blocks = [...session.blocks];
		const closing = blocks.findLastIndex((b) => b.kind === 'closing');
		const at = closing >= 0 && closing === blocks.length - 1 ? closing : blocks.length;
		blocks.splice(at, 0, cardBlock(card));
		await database.sessions.update(sessionId, { blocks, updatedAt: nowIso() });
	});
}
