/**
 * The full backup file: an envelope (format `kies-backup`) around every table's records, and
 * the pure steps of a restore: read (size, JSON, decrypt, envelope, version) → validate every
 * record → decide what to write (replace, or merge where the newer `updatedAt` wins).
 */
import * as v from 'valibot';
import { decryptFile, encryptFile, isEncryptedFile } from './crypto';
import {
	ImportError,
	issueReason,
	makeEnvelope,
	parseJsonSafely,
	readEnvelope,
	type Envelope
} from './envelope';
import { dateToDay } from './dates';
import {
	withChildDefaults,
	withImportedGroupDefaults,
	withMeetingDefaults
} from './record-defaults';
import {
	BACKUP_TABLES,
	FAST_CHECKS,
	TABLE_KEYS,
	TABLE_SCHEMAS,
	type BackupTable
} from './backup-schemas';

export { BACKUP_TABLES, TABLE_KEYS, type BackupTable };

export const BACKUP_FORMAT = 'kies-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Table name → its records. A table left out of the file (signals, by default) is absent. */
export type BackupData = Partial<Record<BackupTable, Record<string, unknown>[]>>;
/** What a backup can be made from: any records per table. */
export type BackupSource = Partial<Record<BackupTable, readonly object[]>>;

export interface BackupContents {
	envelope: Envelope<BackupData>;
	data: BackupData;
	counts: Record<string, number>;
	encrypted: boolean;
}

/** The number of records per table. */
export function countRecords(data: BackupSource): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const table of BACKUP_TABLES) {
		const records = data[table];
		if (records) counts[table] = records.length;
	}
	return counts;
}

/** Builds the backup file's text; encrypted with the passphrase when one is given. */
export async function buildBackupFile(
	data: BackupSource,
	options: { schemaVersion: number; appVersion: string; passphrase?: string; now?: Date }
): Promise<string> {
	const envelope = await makeEnvelope({
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		schemaVersion: options.schemaVersion,
		appVersion: options.appVersion,
		counts: countRecords(data),
		data,
		now: options.now
	});
	const text = JSON.stringify(envelope);
	if (!options.passphrase) return text;
	return JSON.stringify(await encryptFile(text, options.passphrase));
}

/** `kies-backup-2026-11-22.json`, by the device's calendar day. */
export function backupFileName(now: Date = new Date()): string {
	return `kies-backup-${dateToDay(now)}.json`;
}

/** True when the file's text is an encrypted wrapper (ask for the passphrase first). */
export function isEncryptedText(text: string): boolean {
	try {
		return isEncryptedFile(parseJsonSafely(text));
	} catch {
		// Not readable JSON: readBackup will give the precise error code.
		return false;
	}
}

/**
 * Reads and checks a whole backup file; throws ImportError (or WrongPassphraseError) with a
 * stable code when anything is wrong. Nothing is written here.
 */
export async function readBackup(
	text: string,
	options: { schemaVersion: number; passphrase?: string; maxBytes?: number }
): Promise<BackupContents> {
	const outer = parseJsonSafely(text, options.maxBytes);
	let value = outer;
	const encrypted = isEncryptedFile(outer);
	if (encrypted) {
		if (!options.passphrase) throw new ImportError('encrypted');
		value = parseJsonSafely(await decryptFile(outer, options.passphrase), options.maxBytes);
	}
	const envelope = await readEnvelope(value, BACKUP_FORMAT, BACKUP_FORMAT_VERSION);
	if (envelope.schemaVersion > options.schemaVersion) throw new ImportError('newer-version');
	const data = validateBackupData(envelope.data);
	const counts = countRecords(data);
	for (const [table, n] of Object.entries(envelope.counts)) {
		if (counts[table] !== n) throw new ImportError('invalid', `counts.${table}`);
	}
	return { envelope: { ...envelope, data }, data, counts, encrypted };
}

/** Validates every record of every table; unknown tables and duplicate keys are refused. */
export function validateBackupData(input: unknown): BackupData {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		throw new ImportError('invalid', 'data');
	}
	const value = withBackupDefaults(input as Record<string, unknown>);
	const data: BackupData = {};
	for (const [table, records] of Object.entries(value)) {
		if (!(BACKUP_TABLES as string[]).includes(table)) {
			throw new ImportError('invalid', `${table}: unknown table`);
		}
		const name = table as BackupTable;
		if (!Array.isArray(records)) throw new ImportError('invalid', `${table}: not a list`);
		const schema = TABLE_SCHEMAS[name];
		const fastCheck = FAST_CHECKS[name];
		const seen = new Set<string>();
		const examples = new Set<string>();
		data[name] = records.map((record: unknown, index) => {
			let output: Record<string, unknown>;
			if (fastCheck?.(record)) {
				// Same verdict as the schema; a loose object keeps every field, so the record is its
				// own output (a shallow copy, like the schema's).
				output = { ...(record as Record<string, unknown>) };
			} else {
				const result = v.safeParse(schema, record);
				if (!result.success) {
					const issue = result.issues[0];
					// A setting's value is checked as a whole, by its key.
					const path = v.getDotPath(issue) ?? (name === 'settings' ? 'value' : null);
					throw new ImportError(
						'invalid',
						`${table}[${index}]${path ? '.' + path : ''}`,
						issueReason(issue.type)
					);
				}
				output = result.output as Record<string, unknown>;
			}
			const key = recordKey(name, output);
			if (seen.has(key)) throw new ImportError('invalid', `${table}[${index}]`, 'duplicate');
			seen.add(key);
			if (name === 'cards' && typeof output.exampleId === 'string') {
				// The unique index would fail the write: refuse the file before it.
				if (examples.has(output.exampleId)) {
					throw new ImportError('invalid', `${table}[${index}].exampleId`, 'duplicate');
				}
				examples.add(output.exampleId);
			}
			return output;
		});
	}
	checkReferences(data);
	return data;
}

/**
 * Fills the fields a backup from an older version lacks, as the schema upgrade does, before
 * the records are checked: a meeting with parent rows was recorded, one without was not.
 */
function withBackupDefaults(data: Record<string, unknown>): Record<string, unknown> {
	const list = (name: string): unknown[] | null =>
		Array.isArray(data[name]) ? (data[name] as unknown[]) : null;
	const isRecord = (r: unknown): r is Record<string, unknown> =>
		typeof r === 'object' && r !== null && !Array.isArray(r);
	const rows = list('meetingAttendance') ?? [];
	const withRows = new Set(rows.filter(isRecord).map((r) => r.meetingId));
	const out = { ...data };
	const participants = list('participants');
	if (participants) {
		out.participants = participants.map((r) => (isRecord(r) ? withChildDefaults(r) : r));
	}
	const meetings = list('meetings');
	if (meetings) {
		out.meetings = meetings.map((r) =>
			isRecord(r) ? withMeetingDefaults(r, withRows.has(r.id)) : r
		);
	}
	const imported = list('importedGroups');
	if (imported) {
		out.importedGroups = imported.map((r) => (isRecord(r) ? withImportedGroupDefaults(r) : r));
	}
	return out;
}

/** Which field of which table must name a record of which table (null allowed where optional). */
const REFERENCES: [BackupTable, string, BackupTable][] = [
	['groups', 'schoolId', 'schools'],
	['sessions', 'groupId', 'groups'],
	['meetings', 'groupId', 'groups'],
	['participants', 'groupId', 'groups'],
	['attendance', 'groupId', 'groups'],
	['attendance', 'sessionId', 'sessions'],
	['attendance', 'participantId', 'participants'],
	['meetingAttendance', 'groupId', 'groups'],
	['meetingAttendance', 'meetingId', 'meetings'],
	['meetingAttendance', 'participantId', 'participants'],
	['signals', 'groupId', 'groups'],
	['signals', 'participantId', 'participants'],
	['importedGroups', 'importId', 'imports'],
	['importedGroups', 'setAsideFor', 'importedGroups']
];
/** References that may be null: a group without a school, an imported group not set aside. */
const NULLABLE = new Set(['groups.schoolId', 'importedGroups.setAsideFor']);
/** References that may be absent: a sealed signal keeps its child inside the ciphertext. */
const OPTIONAL = new Set(['signals.participantId']);

/**
 * Every reference resolves inside the file: attendance of a session or child that is not
 * there, a group of a school that is not there, are refused (a backup holds every table).
 */
function checkReferences(data: BackupData): void {
	const ids = new Map<BackupTable, Set<string>>();
	const idsOf = (table: BackupTable) => {
		let set = ids.get(table);
		if (!set) {
			set = new Set((data[table] ?? []).map((r) => String(r.id)));
			ids.set(table, set);
		}
		return set;
	};
	for (const [table, field, target] of REFERENCES) {
		const records = data[table];
		if (!records) continue;
		records.forEach((record, index) => {
			const value = record[field];
			if (value === null && NULLABLE.has(`${table}.${field}`)) return;
			if (value === undefined && OPTIONAL.has(`${table}.${field}`)) return;
			if (!idsOf(target).has(String(value))) {
				throw new ImportError('invalid', `${table}[${index}].${field}`, 'reference');
			}
		});
	}
}

/** A record's primary key as one string, for comparing. */
export function recordKey(table: BackupTable, record: Record<string, unknown>): string {
	return TABLE_KEYS[table].map((field) => String(record[field])).join('\u0000');
}

/** The Dexie key of a record: a string, or an array for compound keys. */
export function dexieKey(table: BackupTable, record: Record<string, unknown>): string | string[] {
	const fields = TABLE_KEYS[table];
	return fields.length === 1
		? String(record[fields[0]])
		: fields.map((field) => String(record[field]));
}

/** When a record last changed, for merging; records without a time never win over existing. */
function changedAt(value: object): string {
	const record = value as Record<string, unknown>;
	const stamp = record.updatedAt ?? record.at ?? record.installedAt ?? record.importedAt;
	return typeof stamp === 'string' ? stamp : '';
}

/**
 * Merge rule: a record only in the backup is added; a record in both is taken from the backup
 * only when its `updatedAt` is newer. `existing[i]` is the stored record with `incoming[i]`'s key.
 * Returns the records to write.
 */
export function mergeWrites<T extends object>(incoming: T[], existing: (T | undefined)[]): T[] {
	return incoming.filter((record, i) => {
		const stored = existing[i];
		return stored === undefined || changedAt(record) > changedAt(stored);
	});
}
