/**
 * The tables: each one's record schema and primary key. Backup, restore and merge iterate
 * these; `db/db.ts` declares the same tables to Dexie (a unit test keeps the two in step).
 */
import {
	AttendanceSchema,
	AuditEntrySchema,
	CardSchema,
	ExampleLedgerEntrySchema,
	ExchangeImportSchema,
	GroupSchema,
	ImportedGroupSchema,
	MeetingAttendanceSchema,
	ParentMeetingSchema,
	ParticipantSchema,
	SchoolSchema,
	SeriesTemplateSchema,
	SessionSchema,
	SettingSchema,
	SignalRecordSchema
} from './records';

/** Table name → the schema of one stored record. The order is the order of a backup file. */
export const TABLE_SCHEMAS = {
	cards: CardSchema,
	exampleLedger: ExampleLedgerEntrySchema,
	schools: SchoolSchema,
	groups: GroupSchema,
	sessions: SessionSchema,
	meetings: ParentMeetingSchema,
	participants: ParticipantSchema,
	attendance: AttendanceSchema,
	meetingAttendance: MeetingAttendanceSchema,
	templates: SeriesTemplateSchema,
	audit: AuditEntrySchema,
	settings: SettingSchema,
	imports: ExchangeImportSchema,
	// A group's history is checked by the same rule as when it came in through an exchange file.
	importedGroups: ImportedGroupSchema,
	signals: SignalRecordSchema
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];

/** How each table's records are keyed (the Dexie primary key, compound where it has two fields). */
export const TABLE_KEYS = {
	cards: ['id'],
	exampleLedger: ['exampleId'],
	schools: ['id'],
	groups: ['id'],
	sessions: ['id'],
	meetings: ['id'],
	participants: ['id'],
	attendance: ['sessionId', 'participantId'],
	meetingAttendance: ['meetingId', 'participantId'],
	templates: ['id'],
	audit: ['id'],
	settings: ['key'],
	imports: ['id'],
	importedGroups: ['id'],
	signals: ['id']
} as const satisfies {
	[T in TableName]: readonly (keyof EntriesOf<(typeof TABLE_SCHEMAS)[T]> & string)[];
};

/** The fields of an object schema, also when it sits first in a pipe (a record-wide check). */
type EntriesOf<S> = S extends { entries: infer E }
	? E
	: S extends { pipe: readonly [infer First, ...unknown[]] }
		? EntriesOf<First>
		: never;
