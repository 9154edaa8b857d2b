/**
 * The one owner of parent meetings and who came to them. Every write checks the register
 * lock: a locked register's meetings and their attendance stay as they were.
 */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type { MeetingKind, ParentMeeting } from '$lib/model';
import type { Day } from '$lib/domain/dates';
import { MEETING_START_TIME } from '$lib/domain/group-defaults';
import { unlockedGroup } from './lock';
import { sealTextsAhead } from './app-lock-seal';

/** A new parent meeting of a group (not yet stored). */
export function newMeeting(
	groupId: string,
	kind: MeetingKind,
	date: Day,
	now: string
): ParentMeeting {
	return {
		id: newId(),
		createdAt: now,
		updatedAt: now,
		groupId,
		kind,
		date,
		startTime: MEETING_START_TIME,
		notes: '',
		recorded: false
	};
}

async function unlockedMeeting(database: AppDB, meetingId: string): Promise<ParentMeeting> {
	const meeting = await database.meetings.get(meetingId);
	if (!meeting) throw new Error(`meeting ${meetingId} not found`);
	await unlockedGroup(database, meeting.groupId);
	return meeting;
}

/** Adds a parent meeting (a follow-up talk, or a missing information/evaluation meeting). */
export async function addMeeting(
	groupId: string,
	kind: MeetingKind,
	date: Day,
	database: AppDB = defaultDb
): Promise<string> {
	return database.transaction('rw', [database.groups, database.meetings], async () => {
		await unlockedGroup(database, groupId);
		const meeting = newMeeting(groupId, kind, date, nowIso());
		await database.meetings.add(meeting);
		return meeting.id;
	});
}

/** Changes a parent meeting's date, time, length, place or notes. */
export async function updateMeeting(
	meetingId: string,
	patch: Partial<Pick<ParentMeeting, 'date' | 'startTime' | 'minutes' | 'location' | 'notes'>>,
	database: AppDB = defaultDb
): Promise<void> {
	await sealTextsAhead(database, 'meetings', [patch]);
	await database.transaction('rw', [database.groups, database.meetings], async () => {
		await unlockedMeeting(database, meetingId);
		await database.meetings.update(meetingId, { ...patch, updatedAt: nowIso() });
	});
}

/** Removes a parent meeting and who came to it. */
export async function deleteMeeting(meetingId: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.meetings, database.meetingAttendance],
		async () => {
			await unlockedMeeting(database, meetingId);
			await database.meetingAttendance.where('meetingId').equals(meetingId).delete();
			await database.meetings.delete(meetingId);
		}
	);
}

/** Records which parents of a child came to a parent meeting; the meeting is then recorded. */
export async function setMeetingAttendance(
	meetingId: string,
	participantId: string,
	parents: { parent1: boolean; parent2: boolean },
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.meetings, database.meetingAttendance],
		async () => {
			const meeting = await unlockedMeeting(database, meetingId);
			await database.meetingAttendance.put({
				meetingId,
				participantId,
				groupId: meeting.groupId,
				parent1: parents.parent1,
				parent2: parents.parent2,
				updatedAt: nowIso()
			});
			if (!meeting.recorded) {
				await database.meetings.put({ ...meeting, recorded: true, updatedAt: nowIso() });
			}
		}
	);
}

/**
 * Says whether a parent meeting's turnout is recorded. Recorded with nobody ticked means
 * "nobody came"; not recorded keeps the ticks but leaves the meeting out of every figure.
 */
export async function setMeetingRecorded(
	meetingId: string,
	recorded: boolean,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.groups, database.meetings], async () => {
		const meeting = await unlockedMeeting(database, meetingId);
		await database.meetings.put({ ...meeting, recorded, updatedAt: nowIso() });
	});
}
