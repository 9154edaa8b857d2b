/**
 * Erasing children's personal data (AVG/GDPR). The participant record stays, emptied, so a
 * group's counts (children, attendance, drop-out, consent complete) survive as anonymous figures.
 *
 * What an erased child keeps: its id, group, `consent1.given`/`consent2.given` (booleans only:
 * consent date and how are cleared), `stoppedOn`/`stopReason` (for drop-out figures) and its
 * attendance and meeting-attendance rows. What goes: name, birth year, class, notes, every
 * signal record about the child, and the child's name wherever the coach wrote it in the
 * group's plans and notes and in the templates. Each erasure is written to `audit` by id, never
 * by name.
 */
import { db, newId, nowIso, type AppDB } from './db';
import { openSignal, SIGNAL_ERASURES_SETTING } from './signals';
import { sealTextsAhead } from './app-lock-seal';
import type { Consent, Participant } from '$lib/model';
import { namePattern, redactBlocks, redactText } from '$lib/domain/redact';

/** The participant as it is kept after erasure: no personal data left. */
export function erasedParticipant(participant: Participant, at: string): Participant {
	return {
		...participant,
		name: '',
		birthYear: null,
		schoolClass: '',
		notes: '',
		consent1: anonymousConsent(participant.consent1),
		consent2: anonymousConsent(participant.consent2),
		erasedAt: participant.erasedAt ?? at,
		updatedAt: at
	};
}

function anonymousConsent(consent: Consent): Consent {
	return { given: consent.given, date: null, how: '' };
}

/**
 * Takes the names out of a group's session plans and notes, its meetings' notes and every
 * template the coach made (a plan saved as a template carries its notes along).
 * Runs inside the caller's transaction, which must hold sessions, meetings and templates.
 */
async function redactNames(database: AppDB, groupId: string, names: string[], at: string) {
	const pattern = namePattern(names);
	if (!pattern) return;
	await database.sessions
		.where('groupId')
		.equals(groupId)
		.modify((session) => {
			const blocks = redactBlocks(session.blocks, pattern);
			const notes = redactText(session.notes, pattern);
			if (blocks === session.blocks && notes === session.notes) return;
			session.blocks = blocks;
			session.notes = notes;
			session.updatedAt = at;
		});
	await database.meetings
		.where('groupId')
		.equals(groupId)
		.modify((meeting) => {
			const notes = redactText(meeting.notes, pattern);
			if (notes === meeting.notes) return;
			meeting.notes = notes;
			meeting.updatedAt = at;
		});
	await database.templates.toCollection().modify((template) => {
		let changed = false;
		const sessions = template.sessions.map((session) => {
			const blocks = redactBlocks(session.blocks, pattern);
			if (blocks === session.blocks) return session;
			changed = true;
			return { ...session, blocks };
		});
		const name = redactText(template.name, pattern);
		if (!changed && name === template.name) return;
		template.sessions = sessions;
		template.name = name;
		template.updatedAt = at;
	});
}

/**
 * With the app lock on, the texts `redactNames` will write are sealed before its transaction
 * (app-lock-seal.ts): the same redaction, computed ahead on the same records.
 */
async function sealRedactionsAhead(database: AppDB, groupId: string, names: string[]) {
	const pattern = namePattern(names);
	if (!pattern) return;
	const [sessions, meetings] = await Promise.all([
		database.sessions.where('groupId').equals(groupId).toArray(),
		database.meetings.where('groupId').equals(groupId).toArray()
	]);
	await sealTextsAhead(
		database,
		'sessions',
		sessions.map((session) => ({
			blocks: redactBlocks(session.blocks, pattern),
			notes: redactText(session.notes, pattern)
		}))
	);
	await sealTextsAhead(
		database,
		'meetings',
		meetings.map((meeting) => ({ notes: redactText(meeting.notes, pattern) }))
	);
	await sealTextsAhead(
		database,
		'templates',
		(await database.templates.toArray()).map((template) => ({
			name: redactText(template.name, pattern),
			sessions: template.sessions.map((session) => ({
				blocks: redactBlocks(session.blocks, pattern)
			}))
		}))
	);
}

/** Erases one child's personal data and signals; attendance stays for the counts. */
export async function eraseParticipant(participantId: string, database: AppDB = db): Promise<void> {
	const ahead = await database.participants.get(participantId);
	if (ahead) await sealRedactionsAhead(database, ahead.groupId, [ahead.name]);
	await database.transaction(
		'rw',
		[
			database.participants,
			database.signals,
			database.settings,
			database.sessions,
			database.meetings,
			database.templates,
			database.audit
		],
		async () => {
			const participant = await database.participants.get(participantId);
			if (!participant) throw new Error(`participant ${participantId} not found`);
			const at = nowIso();
			await redactNames(database, participant.groupId, [participant.name], at);
			await database.participants.put(erasedParticipant(participant, at));
			// Which child a signal is about is sealed: records from before schema 3 go now, and
			// the sealed ones at the next unlock (the key is not here).
			await database.signals.filter((s) => s.participantId === participantId).delete();
			if ((await database.signals.where('groupId').equals(participant.groupId).count()) > 0) {
				const pending = (await database.settings.get(SIGNAL_ERASURES_SETTING))?.value;
				const ids = Array.isArray(pending) ? (pending as string[]) : [];
				if (!ids.includes(participantId)) ids.push(participantId);
				await database.settings.put({ key: SIGNAL_ERASURES_SETTING, value: ids });
			}
			await database.audit.add({
				id: newId(),
				at,
				kind: 'erase-participant',
				groupId: participant.groupId,
				detail: participantId
			});
		}
	);
}

/**
 * Erases the personal data of every child in a group, the group's signals, and the free-text
 * notes of its sessions and parent meetings (a coach may have written a child's name there).
 * Plan blocks and templates keep their notes (preparation, reused), without the children's names.
 * Returns the number of children erased.
 */
export async function eraseGroupPersonalData(
	groupId: string,
	database: AppDB = db
): Promise<number> {
	const ahead = await database.participants.where('groupId').equals(groupId).toArray();
	await sealRedactionsAhead(
		database,
		groupId,
		ahead.map((child) => child.name)
	);
	return database.transaction(
		'rw',
		[
			database.participants,
			database.signals,
			database.sessions,
			database.meetings,
			database.templates,
			database.audit
		],
		async () => {
			const at = nowIso();
			const children = await database.participants.where('groupId').equals(groupId).toArray();
			await redactNames(
				database,
				groupId,
				children.map((child) => child.name),
				at
			);
			await database.participants.bulkPut(children.map((child) => erasedParticipant(child, at)));
			await database.signals.where('groupId').equals(groupId).delete();
			await database.sessions
				.where('groupId')
				.equals(groupId)
				.modify((session) => {
					if (session.notes === '') return;
					session.notes = '';
					session.updatedAt = at;
				});
			await database.meetings
				.where('groupId')
				.equals(groupId)
				.modify((meeting) => {
					if (meeting.notes === '') return;
					meeting.notes = '';
					meeting.updatedAt = at;
				});
			await database.audit.add({
				id: newId(),
				at,
				kind: 'erase-group',
				groupId,
				detail: String(children.length)
			});
			return children.length;
		}
	);
}

/** Thrown when a child with marks, parent ticks or signals is asked to be deleted. */
export class ChildHasRecordsError extends Error {
	constructor(readonly childId: string) {
		super(`child ${childId} has records`);
	}
}

/**
 * Thrown when a child's group has sealed signals and the log is locked: which child a signal is
 * about is known only with the key, so a delete waits until the coach unlocks the log.
 */
export class SignalLogLockedError extends Error {
	constructor(readonly childId: string) {
		super(`unlock the signal log to see whether child ${childId} has signals`);
	}
}

/**
 * The ids of the group's sealed signals that are not about the child, read with the key (crypto
 * runs outside a transaction); a signal about the child throws ChildHasRecordsError.
 */
async function sealedSignalsNotAbout(
	child: Participant,
	key: CryptoKey | null,
	database: AppDB
): Promise<Set<string>> {
	const cleared = new Set<string>();
	if (!key) return cleared;
	const records = await database.signals.where('groupId').equals(child.groupId).toArray();
	for (const record of records) {
		if ((await openSignal(key, record)).participantId === child.id) {
			throw new ChildHasRecordsError(child.id);
		}
		cleared.add(record.id);
	}
	return cleared;
}

/** Inside a transaction: throws when the child has records, or a signal the key did not clear. */
async function assertNothingRecorded(
	child: Participant,
	cleared: Set<string>,
	database: AppDB
): Promise<void> {
	const [marks, ticks, signals] = await Promise.all([
		database.attendance.where('participantId').equals(child.id).count(),
		database.meetingAttendance.where('participantId').equals(child.id).count(),
		database.signals.where('groupId').equals(child.groupId).toArray()
	]);
	// Records from before schema 3 name their child in the clear.
	if (marks + ticks > 0 || signals.some((s) => s.participantId === child.id)) {
		throw new ChildHasRecordsError(child.id);
	}
	// A sealed signal not read with the key (locked, or written since) may be about this child.
	if (signals.some((s) => s.participantId === undefined && !cleared.has(s.id))) {
		throw new SignalLogLockedError(child.id);
	}
}

async function childOrThrow(id: string, database: AppDB): Promise<Participant> {
	const child = await database.participants.get(id);
	if (!child) throw new Error(`participant ${id} not found`);
	return child;
}

/**
 * True when nothing was recorded about a child yet: then it can truly be deleted. Sealed signals
 * of the child's group are read with the key; without it they make the answer unknown
 * (SignalLogLockedError).
 */
export async function childDeletable(
	id: string,
	database: AppDB = db,
	key: CryptoKey | null = null
): Promise<boolean> {
	const child = await childOrThrow(id, database);
	try {
		const cleared = await sealedSignalsNotAbout(child, key, database);
		const tables = [database.attendance, database.meetingAttendance, database.signals];
		await database.transaction('r', tables, () => assertNothingRecorded(child, cleared, database));
		return true;
	} catch (error) {
		if (error instanceof ChildHasRecordsError) return false;
		throw error;
	}
}

/**
 * Deletes a child added by mistake, with no trace in any figure (erasing keeps the anonymous
 * record, which still counts). Refused, nothing written, once anything is marked for it or a
 * signal is logged: then stopping or erasing is the way. With sealed signals in the group the
 * key is needed to tell (SignalLogLockedError without it).
 */
export async function deleteChild(
	id: string,
	database: AppDB = db,
	key: CryptoKey | null = null
): Promise<void> {
	const child = await childOrThrow(id, database);
	const cleared = await sealedSignalsNotAbout(child, key, database);
	await database.transaction(
		'rw',
		[database.participants, database.attendance, database.meetingAttendance, database.signals],
		async () => {
			await assertNothingRecorded(child, cleared, database);
			await database.participants.delete(id);
		}
	);
}
