import { appLockMiddleware } from './app-lock-seal';
import { fieldRules } from './field-rules';
import { settingStamps } from './setting-stamps';
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
	Attendance,
	AuditEntry,
	Card,
	ExampleLedgerEntry,
	ExchangeImport,
	Group,
	ImportedGroup,
	MeetingAttendance,
	ParentMeeting,
	Participant,
	School,
	SeriesTemplate,
	Session,
	Setting,
	SignalRecord
} from '$lib/model';
import {
	withChildDefaults,
	withImportedGroupDefaults,
	withMeetingDefaults
} from '$lib/domain/record-defaults';

export const DB_NAME = 'kies-toolkit';

/**
 * The schema, one entry per shipped version. Never edit a shipped entry:
 * add version n + 1 with an upgrade and a test that opens a database of version n.
 */
export const SCHEMA_V1 = {
	cards: 'id, updatedAt, phase, kind, *ageBands, *themes, favourite, archived, &exampleId',
	exampleLedger: 'exampleId',
	schools: 'id, name',
	groups: 'id, ageBand, schoolId, status, startDate, updatedAt',
	sessions: 'id, groupId, [groupId+number], date, status',
	meetings: 'id, groupId, kind, date',
	participants: 'id, groupId',
	attendance: '[sessionId+participantId], sessionId, participantId, groupId, mark',
	meetingAttendance: '[meetingId+participantId], meetingId, participantId, groupId',
	templates: 'id, ageBand, builtIn',
	audit: 'id, at, groupId',
	settings: 'key',
	imports: 'id, coachId, exportedAt',
	importedGroups: 'id, importId, coachId, startDate',
	signals: 'id, participantId, groupId'
} as const;

/**
 * Version 2 (issue 18) keeps every index and adds fields: a child's `startedOn`, a meeting's
 * `recorded`, an imported group's `setAsideFor`. The upgrade fills them as `record-defaults`
 * says, so every figure of an existing database stays what it was.
 */
export const SCHEMA_V2 = SCHEMA_V1;

/**
 * Version 3 (issue 22): the signal log's child and times are sealed with its content, so the
 * child is no longer an index. No record changes here (the key is not at hand): records written
 * before it are sealed at the coach's next unlock (db/signals.ts, sealLegacySignals).
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, signals: 'id, groupId' } as const;

export const SCHEMA_VERSION = 3;

export class AppDB extends Dexie {
	cards!: EntityTable<Card, 'id'>;
	exampleLedger!: EntityTable<ExampleLedgerEntry, 'exampleId'>;
	schools!: EntityTable<School, 'id'>;
	groups!: EntityTable<Group, 'id'>;
	sessions!: EntityTable<Session, 'id'>;
	meetings!: EntityTable<ParentMeeting, 'id'>;
	participants!: EntityTable<Participant, 'id'>;
	attendance!: Table<Attendance, [string, string]>;
	meetingAttendance!: Table<MeetingAttendance, [string, string]>;
	templates!: EntityTable<SeriesTemplate, 'id'>;
	audit!: EntityTable<AuditEntry, 'id'>;
	settings!: EntityTable<Setting, 'key'>;
	imports!: EntityTable<ExchangeImport, 'id'>;
	importedGroups!: EntityTable<ImportedGroup, 'id'>;
	signals!: EntityTable<SignalRecord, 'id'>;

	constructor(name = DB_NAME) {
		super(name, guardedIndexedDB());
		this.version(1).stores(SCHEMA_V1);
		this.version(2)
			.stores(SCHEMA_V2)
			.upgrade(async (tx) => {
				await tx
					.table('participants')
					.toCollection()
					.modify((child: Record<string, unknown>) => {
						Object.assign(child, withChildDefaults(child));
					});
				const withRows = new Set(
					(await tx.table('meetingAttendance').toCollection().primaryKeys()).map(
						(key) => (key as [string, string])[0]
					)
				);
				await tx
					.table('meetings')
					.toCollection()
					.modify((meeting: Record<string, unknown>) => {
						Object.assign(
							meeting,
							withMeetingDefaults(meeting, withRows.has(meeting.id as string))
						);
					});
				await tx
					.table('importedGroups')
					.toCollection()
					.modify((record: Record<string, unknown>) => {
						Object.assign(record, withImportedGroupDefaults(record));
					});
			});
		this.version(3).stores(SCHEMA_V3);
		// Every add and put meets the model's field rules (see field-rules.ts); settings are
		// stamped before the rules see them (setting-stamps.ts).
		this.use(fieldRules);
		this.use(settingStamps);
		// Children's names and notes sealed at rest while the app lock is on (app-lock.ts).
		this.use(appLockMiddleware(this));
	}
}

/**
 * IndexedDB as Dexie sees it, with one change: a database is never opened without a version.
 * Dexie 4 answers a newer database (VersionError) by opening it without a version and adding
 * this version's tables to it, and any query can trigger that through auto-open, before and
 * after `openDatabase()`'s check. Opening at most this schema's version instead makes the
 * browser refuse a newer database, so every query fails and nothing in it changes. (Versions
 * 10-19 are this schema, with the fractions Dexie adds when it patches one.)
 */
function guardedIndexedDB(): { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } {
	if (typeof indexedDB === 'undefined') return {};
	const factory = indexedDB;
	const highest = SCHEMA_VERSION * 10 + 9;
	const guarded = new Proxy(factory, {
		get(target, property) {
			if (property === 'open') {
				return (name: string, version?: number) => target.open(name, version ?? highest);
			}
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
	return { indexedDB: guarded, IDBKeyRange };
}

/** The app's one database. Tests make their own `new AppDB(name)`. */
export const db = new AppDB();

/** The current time as an ISO string, in one place so records stamp alike. */
export function nowIso(): string {
	return new Date().toISOString();
}

/** A fresh record id. */
export function newId(): string {
	return crypto.randomUUID();
}
