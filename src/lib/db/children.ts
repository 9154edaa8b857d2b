/** Writes for the children of a group: add, edit, stop and resume. One action, one transaction. */
import { db, newId, nowIso, type AppDB } from './db';
import type { Participant, StopReason } from '$lib/model';
import { normaliseChild, validStop, validateChild, type ChildInput } from '$lib/domain/consent';

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

/** Adds a child to a group and returns its id. */
export async function addChild(
	groupId: string,
	input: ChildInput,
	database: AppDB = db
): Promise<string> {
	const child = checked(input);
	return database.transaction('rw', [database.groups, database.participants], async () => {
		if (!(await database.groups.get(groupId))) throw new Error(`group ${groupId} not found`);
		const at = nowIso();
		const participant: Participant = {
			id: newId(),
			createdAt: at,
			updatedAt: at,
			groupId,
			...child,
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

/** Saves the edited details of a child. */
export async function updateChild(id: string, input: ChildInput, database: AppDB = db) {
	const child = checked(input);
	await change(id, database, () => child);
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

/** Undoes a stop: the child is enrolled again. */
export async function resumeChild(id: string, database: AppDB = db): Promise<void> {
	await change(id, database, () => ({ stoppedOn: null, stopReason: '' }));
}

/** A group and its children, for the children page (null group when it does not exist). */
export async function groupWithChildren(groupId: string, database: AppDB = db) {
	const group = (await database.groups.get(groupId)) ?? null;
	const participants = group
		? await database.participants.where('groupId').equals(groupId).toArray()
		: [];
	return { group, participants };
}
