/**
 * Writes for the register: marks per session, and locking. A locked register refuses every
 * change (here, in sessions.ts and meetings.ts) until it is unlocked, and each lock and unlock
 * is written to `audit` with its time.
 */
import { db, newId, nowIso, type AppDB } from './db';
import type { Attendance, AttendanceMark, AuditEntry } from '$lib/model';
import { childrenToMark, consentComplete, needsConsentConfirmation } from '$lib/domain/consent';
import { unlockedSession } from './lock';
import { writeSessionStatus } from './sessions';

export const AUDIT_LOCK = 'register-locked';
export const AUDIT_UNLOCK = 'register-unlocked';

/** Thrown when a child without both consents is marked present without confirming. */
export class ConsentConfirmationError extends Error {
	constructor(readonly participantId: string) {
		super(`marking ${participantId} present needs a consent confirmation`);
	}
}

export interface MarkOptions {
	reason?: Attendance['reason'];
	/** The coach confirmed marking a child present whose consent is incomplete. */
	confirmedWithoutConsent?: boolean;
}

/** Marks one child for one session; the session becomes held. */
export async function markAttendance(
	sessionId: string,
	participantId: string,
	mark: AttendanceMark,
	options: MarkOptions = {},
	database: AppDB = db
): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.participants, database.attendance],
		async () => {
			const { session } = await unlockedSession(database, sessionId);
			const child = await database.participants.get(participantId);
			if (!child || child.groupId !== session.groupId) {
				throw new Error(`child ${participantId} is not in this group`);
			}
			const override = needsConsentConfirmation(child, mark);
			if (override && !options.confirmedWithoutConsent) {
				throw new ConsentConfirmationError(participantId);
			}
			const at = nowIso();
			await database.attendance.put({
				sessionId,
				participantId,
				groupId: session.groupId,
				mark,
				// Nobody said why unless the coach picks a reason: never assume illness.
				reason: mark === 'absent-notice' ? options.reason || 'unknown' : '',
				consentOverride: override,
				updatedAt: at
			});
			await writeSessionStatus(database, session, 'held', '', at);
		}
	);
}

/**
 * "Everyone present": marks every child this session counts for who has no mark yet and
 * whose consent is complete. Returns how many were marked and the ids left out for missing consent.
 */
export async function markEveryonePresent(
	sessionId: string,
	database: AppDB = db
): Promise<{ marked: number; skipped: string[] }> {
	return database.transaction(
		'rw',
		[database.groups, database.sessions, database.participants, database.attendance],
		async () => {
			const { session } = await unlockedSession(database, sessionId);
			const children = childrenToMark(
				session,
				await database.participants.where('groupId').equals(session.groupId).toArray()
			);
			const marked = new Set(
				(await database.attendance.where('sessionId').equals(sessionId).toArray()).map(
					(a) => a.participantId
				)
			);
			const at = nowIso();
			const skipped: string[] = [];
			const rows: Attendance[] = [];
			for (const child of children) {
				if (marked.has(child.id)) continue;
				if (!consentComplete(child)) {
					skipped.push(child.id);
					continue;
				}
				rows.push({
					sessionId,
					participantId: child.id,
					groupId: session.groupId,
					mark: 'present',
					reason: '',
					consentOverride: false,
					updatedAt: at
				});
			}
			await database.attendance.bulkPut(rows);
			await writeSessionStatus(database, session, 'held', '', at);
			return { marked: rows.length, skipped };
		}
	);
}

/** Removes one child's mark for a session. */
export async function clearAttendance(
	sessionId: string,
	participantId: string,
	database: AppDB = db
): Promise<void> {
	await database.transaction(
		'rw',
		[database.groups, database.sessions, database.attendance],
		async () => {
			await unlockedSession(database, sessionId);
			await database.attendance.delete([sessionId, participantId]);
		}
	);
}

async function setLock(groupId: string, locked: boolean, database: AppDB): Promise<void> {
	await database.transaction('rw', [database.groups, database.audit], async () => {
		const group = await database.groups.get(groupId);
		if (!group) throw new Error(`group ${groupId} not found`);
		if (Boolean(group.registerLockedAt) === locked) return;
		const at = nowIso();
		await database.groups.put({ ...group, registerLockedAt: locked ? at : null, updatedAt: at });
		await database.audit.add({
			id: newId(),
			at,
			kind: locked ? AUDIT_LOCK : AUDIT_UNLOCK,
			groupId,
			detail: ''
		});
	});
}

/** Locks a finished register: no marks, statuses or meeting attendance change until unlocked. */
export function lockRegister(groupId: string, database: AppDB = db): Promise<void> {
	return setLock(groupId, true, database);
}

/** Unlocks a register on purpose; the unlock is kept in the audit log with its time. */
export function unlockRegister(groupId: string, database: AppDB = db): Promise<void> {
	return setLock(groupId, false, database);
}

/** The lock and unlock history of a group's register, newest first. */
export async function lockHistory(groupId: string, database: AppDB = db): Promise<AuditEntry[]> {
	const entries = await database.audit.where('groupId').equals(groupId).toArray();
	return entries
		.filter((e) => e.kind === AUDIT_LOCK || e.kind === AUDIT_UNLOCK)
		.sort((a, b) => b.at.localeCompare(a.at));
}

/** Everything the register page shows for a group, read in one go. */
export async function registerData(groupId: string, database: AppDB = db) {
	return database.transaction(
		'r',
		[
			database.groups,
			database.sessions,
			database.participants,
			database.attendance,
			database.meetings,
			database.meetingAttendance,
			database.audit
		],
		async () => {
			const group = (await database.groups.get(groupId)) ?? null;
			return {
				group,
				sessions: await database.sessions.where('groupId').equals(groupId).toArray(),
				participants: await database.participants.where('groupId').equals(groupId).toArray(),
				attendance: await database.attendance.where('groupId').equals(groupId).toArray(),
				meetings: await database.meetings.where('groupId').equals(groupId).toArray(),
				meetingAttendance: await database.meetingAttendance
					.where('groupId')
					.equals(groupId)
					.toArray(),
				history: await lockHistory(groupId, database)
			};
		}
	);
}

/** One child with its group, sessions, marks and parent meetings, for the child's page. */
export async function childData(participantId: string, database: AppDB = db) {
	const participant = (await database.participants.get(participantId)) ?? null;
	if (!participant) return null;
	const groupId = participant.groupId;
	return {
		participant,
		group: (await database.groups.get(groupId)) ?? null,
		sessions: await database.sessions.where('groupId').equals(groupId).toArray(),
		attendance: await database.attendance.where('participantId').equals(participantId).toArray(),
		meetings: await database.meetings.where('groupId').equals(groupId).toArray(),
		meetingAttendance: await database.meetingAttendance
			.where('participantId')
			.equals(participantId)
			.toArray()
	};
}
