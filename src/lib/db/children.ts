/** Writes for the children of a group: add, edit, stop and resume. One action, one transaction. */
import { db, newId, nowIso, type AppDB } from './db';
import type { Participant, StopReason } from '$lib/model';
import { normaliseChild, validStop, validateChild, type ChildInput } from '$lib/domain/consent';
import { isDay } from '$lib/domain/dates';
import { sealAhead } from './app-lock';

/** Thrown when a child's record does not pass `validateChild`; the form shows the fields. */
export class ChildInvalidError extends Error {
	constructor(readonly fields: string[]) {
		super(`invalid child: ${fields.join(', ')}`);
	}
}

function checked(input: ChildInput): ChildInput {
	const errors = validateChild(input, new Date().getFullYear());
	const fields = Object.keys(errors);
	if (fields.length > 0) throw new ChildInvalidError(fields);
	return normaliseChild(input);
}

/**
 * Adds a child to a group and returns its id. `startedOn` is the day the child joined, or
 * null when it takes part from the first session.
 */
export async function addChild(
	groupId: string,
	input: ChildInput,
	database: AppDB = db,
	startedOn: string | null = null
): Promise<string> {
	const child = checked(input);
	if (startedOn !== null && !isDay(startedOn)) throw new ChildInvalidError(['startedOn']);
	const id = newId();
	await sealAhead(database, [{ id, ...child }]);
	return database.transaction('rw', [database.groups, database.participants], async () => {
		if (!(await database.groups.get(groupId))) throw new Error(`group ${groupId} not found`);
		const at = nowIso();
		const participant: Participant = {
			id,
			createdAt: at,
			updatedAt: at,
			groupId,
			...child,
			startedOn,
			stoppedOn: null,
			stopReason: '',
			erasedAt: null
		};
		await database.participants.add(participant);
		return participant.id;
	});
}

async function change(
	id: string,
	database: AppDB,
	patch: (p: Participant) => Partial<Participant>
): Promise<void> {
	await database.transaction('rw', [database.participants], async () => {
		const participant = await database.participants.get(id);
		if (!participant) throw new Error(`child ${id} not found`);
		if (participant.erasedAt) throw new Error(`child ${id} was erased`);
		await database.participants.put({ ...participant, ...patch(participant), updatedAt: nowIso() });
	});
}

/** Saves the edited details of a child, and its start day when one is given (null: from the start). */
export async function updateChild(
	id: string,
	input: ChildInput,
	database: AppDB = db,
	startedOn?: string | null
) {
	const child = checked(input);
	if (startedOn != null && !isDay(startedOn)) throw new ChildInvalidError(['startedOn']);
	await sealAhead(database, [{ id, ...child }]);
	await change(id, database, () => (startedOn === undefined ? child : { ...child, startedOn }));
}

/** Records that a child stopped on a day, for a reason category. */
export async function stopChild(
	id: string,
	stoppedOn: string,
	stopReason: StopReason,
	database: AppDB = db
): Promise<void> {
	if (!validStop(stoppedOn, stopReason)) throw new Error('a stop needs a day and a reason');
	await change(id, database, () => ({ stoppedOn, stopReason }));
}

/** Sets the day a child joined (null: from the first session). */
export async function setChildStart(
	id: string,
	startedOn: string | null,
	database: AppDB = db
): Promise<void> {
	if (startedOn !== null && !isDay(startedOn)) throw new ChildInvalidError(['startedOn']);
	await change(id, database, () => ({ startedOn }));
}

/** Undoes a stop: the child is enrolled again. */
export async function resumeChild(id: string, database: AppDB = db): Promise<void> {
	await change(id, database, () => ({ stoppedOn: null, stopReason: '' }));
}

/**
 * A group and its children, for the children page (null group when it does not exist), with
 * whether any session was held yet and which children have marks or parent ticks (those can
 * no longer be deleted, only stopped or erased).
 */
export async function groupWithChildren(groupId: string, database: AppDB = db) {
	return database.transaction(
		'r',
		[
			database.groups,
			database.participants,
			database.sessions,
			database.attendance,
			database.meetingAttendance
		],
		async () => {
			const group = (await database.groups.get(groupId)) ?? null;
			if (!group) return { group, participants: [], anyHeld: false, recorded: new Set<string>() };
			const [participants, sessions, marks, ticks] = await Promise.all([
				database.participants.where('groupId').equals(groupId).toArray(),
				database.sessions.where('groupId').equals(groupId).toArray(),
				database.attendance.where('groupId').equals(groupId).toArray(),
				database.meetingAttendance.where('groupId').equals(groupId).toArray()
			]);
			const recorded = new Set([...marks, ...ticks].map((r) => r.participantId));
			return { group, participants, anyHeld: sessions.some((s) => s.status === 'held'), recorded };
		}
	);
}
