/**
 * Every record kept in IndexedDB, as a valibot schema, with its type inferred from it. Days are
 * `yyyy-MM-dd` strings, times `HH:mm`, instants ISO strings. Records with their own id carry
 * `createdAt`/`updatedAt`. Objects are loose: a field this version does not know is kept.
 */
import * as v from 'valibot';
import {
	ABSENCE_REASONS,
	AGE_BANDS,
	ATTENDANCE_MARKS,
	BLOCK_KINDS,
	BLOCK_LEADS,
	CONSENT_HOWS,
	GROUP_STATUSES,
	KINDS,
	MATERIAL_PER,
	MEETING_KINDS,
	orEmpty,
	PHASES,
	SESSION_STATUSES,
	STOP_REASONS,
	WORKSHEET_AREAS
} from './enums';
import {
	base64,
	day,
	type Exact,
	id,
	instant,
	line,
	list,
	name,
	optionalDay,
	short,
	stamped,
	text,
	time,
	whole
} from './fields';
import { CoachProfileSchema, ExchangeGroupSchema } from './exchange';

export type Stamped = { id: string; createdAt: string; updatedAt: string };

export const MaterialSchema = v.looseObject({
	name: name,
	amount: whole(1, 999),
	per: v.picklist(MATERIAL_PER)
});
export type Material = Exact<v.InferOutput<typeof MaterialSchema>>;

export const WorksheetSchema = v.looseObject({
	title: name,
	instruction: text,
	area: v.picklist(WORKSHEET_AREAS)
});
export type Worksheet = Exact<v.InferOutput<typeof WorksheetSchema>>;

export const CardSchema = v.looseObject({
	...stamped,
	title: name,
	summary: text,
	ageBands: list(v.picklist(AGE_BANDS), AGE_BANDS.length),
	phase: v.picklist(PHASES),
	/** Built-in theme keys or a coach's own theme text. */
	themes: list(line, 20),
	kind: v.picklist(KINDS),
	minutes: whole(1, 240),
	groupSizeMin: whole(1, 40),
	groupSizeMax: whole(1, 40),
	materials: list(MaterialSchema, 50),
	preparation: text,
	goals: list(line, 60),
	steps: list(line, 60),
	variationYounger: text,
	variationOlder: text,
	tips: text,
	attention: text,
	worksheet: v.nullable(WorksheetSchema),
	source: name,
	licence: name,
	/** Set for cards shipped with the app; the coach's own cards have none. */
	exampleId: v.nullable(id),
	favourite: v.boolean(),
	archived: v.boolean()
});
export type Card = Exact<v.InferOutput<typeof CardSchema>>;

/** Remembers which example cards were ever installed, so an update never resurrects one. */
export const ExampleLedgerEntrySchema = v.looseObject({
	exampleId: id,
	version: whole(0, 1_000_000),
	installedAt: instant
});
export type ExampleLedgerEntry = Exact<v.InferOutput<typeof ExampleLedgerEntrySchema>>;

export const HolidayRangeSchema = v.pipe(
	v.looseObject({ name: name, start: day, end: day }),
	v.check((h) => h.start <= h.end, 'holiday-order')
);
export type HolidayRange = Exact<v.InferOutput<typeof HolidayRangeSchema>>;

export const SchoolSchema = v.looseObject({
	...stamped,
	name: v.pipe(name, v.trim(), v.nonEmpty()),
	holidays: list(HolidayRangeSchema, 200)
});
export type School = Exact<v.InferOutput<typeof SchoolSchema>>;

export const GroupSchema = v.looseObject({
	...stamped,
	name: name,
	ageBand: v.picklist(AGE_BANDS),
	schoolId: v.nullable(id),
	location: name,
	/** The two coaches' names; '' where one is not known yet. */
	coaches: v.pipe(v.array(name), v.minLength(1), v.maxLength(2)),
	/** 1 = Monday … 7 = Sunday (ISO). */
	weekday: whole(1, 7),
	startTime: time,
	sessionMinutes: whole(1, 600),
	sessionCount: whole(1, 100),
	maxSize: whole(1, 100),
	startDate: day,
	status: v.picklist(GROUP_STATUSES),
	finishedAt: v.nullable(instant),
	/** Set when the register has been locked; cleared on an explicit unlock. */
	registerLockedAt: v.nullable(instant)
});
export type Group = Exact<v.InferOutput<typeof GroupSchema>>;

export const PlanBlockSchema = v.looseObject({
	id,
	kind: v.picklist(BLOCK_KINDS),
	cardId: v.nullable(id),
	title: name,
	minutes: whole(0, 600),
	notes: text,
	/** Which of the group's coaches leads the block; absent when nobody was named (older plans). */
	lead: v.optional(v.picklist(BLOCK_LEADS))
});
export type PlanBlock = Exact<v.InferOutput<typeof PlanBlockSchema>>;

export const SessionSchema = v.looseObject({
	...stamped,
	groupId: id,
	/** 1-based position in the series. */
	number: whole(1, 100),
	date: day,
	startTime: time,
	status: v.picklist(SESSION_STATUSES),
	cancelReason: text,
	blocks: list(PlanBlockSchema, 100),
	notes: text
});
export type Session = Exact<v.InferOutput<typeof SessionSchema>>;

export const ParentMeetingSchema = v.looseObject({
	...stamped,
	groupId: id,
	kind: v.picklist(MEETING_KINDS),
	date: day,
	startTime: time,
	/** How long it lasts; older records have none and last MEETING_MINUTES. */
	minutes: v.optional(whole(1, 600)),
	/** Where it is held; empty or absent: at the group's own place. */
	location: v.optional(name),
	notes: text,
	/**
	 * The coach recorded who came (schema 2). Recorded with nobody ticked means "nobody came";
	 * an unrecorded meeting counts for no turnout figure. A backup from before schema 2 gets
	 * it from whether parent rows exist (domain/backup), the database from its upgrade.
	 */
	recorded: v.optional(v.boolean(), false)
});
export type ParentMeeting = Exact<v.InferOutput<typeof ParentMeetingSchema>>;

export const ConsentSchema = v.looseObject({
	given: v.boolean(),
	date: optionalDay,
	how: v.picklist(orEmpty(CONSENT_HOWS))
});
export type Consent = Exact<v.InferOutput<typeof ConsentSchema>>;

export const ParticipantSchema = v.looseObject({
	...stamped,
	groupId: id,
	/** A first name or an alias: nothing more. */
	name: name,
	birthYear: v.nullable(whole(1900, 2100)),
	schoolClass: short,
	/**
	 * The day the child joined (schema 2); null: from the group's first session. Sessions
	 * before it count for nobody's figures about this child.
	 */
	startedOn: v.optional(optionalDay, null),
	consent1: ConsentSchema,
	consent2: ConsentSchema,
	stoppedOn: optionalDay,
	stopReason: v.picklist(orEmpty(STOP_REASONS)),
	notes: text,
	/** Set when personal data was erased: the record stays for anonymous counts. */
	erasedAt: v.nullable(instant)
});
export type Participant = Exact<v.InferOutput<typeof ParticipantSchema>>;

export const AttendanceSchema = v.looseObject({
	sessionId: id,
	participantId: id,
	groupId: id,
	mark: v.picklist(ATTENDANCE_MARKS),
	/** For absent with notice: unknown (nobody said), ill or other. */
	reason: v.picklist(orEmpty(ABSENCE_REASONS)),
	/** Marked present while consent was incomplete, after confirming. */
	consentOverride: v.boolean(),
	updatedAt: instant,
	/** In a shared group: the coach who marked it last (set by the sync mirror; issue 16). */
	markedBy: v.optional(text),
	markedById: v.optional(text)
});
export type Attendance = Exact<v.InferOutput<typeof AttendanceSchema>>;

export const MeetingAttendanceSchema = v.looseObject({
	meetingId: id,
	participantId: id,
	groupId: id,
	parent1: v.boolean(),
	parent2: v.boolean(),
	updatedAt: instant
});
export type MeetingAttendance = Exact<v.InferOutput<typeof MeetingAttendanceSchema>>;

export const TemplateSessionSchema = v.looseObject({ blocks: list(PlanBlockSchema, 100) });
export type TemplateSession = Exact<v.InferOutput<typeof TemplateSessionSchema>>;

export const SeriesTemplateSchema = v.looseObject({
	...stamped,
	name: name,
	ageBand: v.picklist(AGE_BANDS),
	sessions: list(TemplateSessionSchema, 100),
	/** Built-in default template for an age band. */
	builtIn: v.boolean()
});
export type SeriesTemplate = Exact<v.InferOutput<typeof SeriesTemplateSchema>>;

/** A change worth remembering: register unlocks, erasures, restores. */
export const AuditEntrySchema = v.looseObject({
	id,
	at: instant,
	kind: short,
	groupId: v.nullable(id),
	detail: text
});
export type AuditEntry = Exact<v.InferOutput<typeof AuditEntrySchema>>;

const sealed = v.looseObject({ ciphertext: base64(10_000), iv: v.pipe(base64(24), v.length(16)) });
/** The rule for the value of each setting the app reads back; other keys only have a size limit. */
const SETTING_VALUES: Record<string, v.GenericSchema> = {
	careKeySalt: v.looseObject({
		salt: v.pipe(base64(64), v.minLength(4)),
		iterations: whole(1, 10_000_000),
		verifier: sealed
	}),
	careIdleMinutes: whole(1, 60),
	coachProfile: CoachProfileSchema,
	exchangeCoachKeys: v.record(short, v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)))
};
const SETTING_MAX_CHARS = 200_000;

export const SettingSchema = v.pipe(
	v.looseObject({
		key: id,
		value: v.unknown(),
		/** When this key was last written, for merging backups; older backups have none. */
		updatedAt: v.optional(instant)
	}),
	v.check((setting) => {
		const rule = SETTING_VALUES[setting.key];
		if (rule && !v.is(rule, setting.value)) return false;
		return (JSON.stringify(setting.value ?? null)?.length ?? 0) <= SETTING_MAX_CHARS;
	}, 'value')
);
export type Setting = Exact<v.InferOutput<typeof SettingSchema>>;

/** One imported exchange file, as listed under "where the figures come from". */
export const ExchangeImportSchema = v.looseObject({
	id,
	coachId: short,
	coachName: name,
	exportedAt: instant,
	importedAt: instant,
	fileName: name
});
export type ExchangeImport = Exact<v.InferOutput<typeof ExchangeImportSchema>>;

/** A group imported from a coach; a newer export of the same group replaces it. */
export const ImportedGroupSchema = v.looseObject({
	/** `${coachId}:${groupKey}`. */
	id,
	importId: id,
	coachId: short,
	coachName: name,
	exportedAt: instant,
	groupKey: short,
	startDate: day,
	/** "2025-2026": the school year the group started in. */
	schoolYear: v.pipe(v.string(), v.regex(/^\d{4}-\d{4}$/)),
	ageBand: v.picklist(AGE_BANDS),
	school: name,
	/** The group's pseudonymous history as exported. */
	data: ExchangeGroupSchema,
	/**
	 * Set when the coordinator kept another record of the same real group (same school, name,
	 * start date and age band, sent by the other co-coach): the key of the one kept (schema 2).
	 */
	setAsideFor: v.optional(v.nullable(id), null)
});
export type ImportedGroup = Exact<v.InferOutput<typeof ImportedGroupSchema>>;

/**
 * The coach's signal log, encrypted at rest (issue 9). Only its id and group stay readable, so
 * a finished group's signals can be erased without the passphrase; which child a signal is about
 * and when it was written are sealed with its content (schema 3, issue 22). Records written
 * before schema 3 still carry participantId and the times in the clear until the next unlock
 * seals them (db/signals.ts, sealLegacySignals).
 */
export const SignalRecordSchema = v.looseObject({
	id,
	groupId: id,
	/** AES-GCM ciphertext, base64: the content, and since schema 3 the child and the times. */
	ciphertext: v.pipe(base64(10_000_000), v.minLength(1)),
	iv: v.pipe(base64(24), v.length(16)),
	/** Only on records written before schema 3 (see above). */
	participantId: v.optional(id),
	createdAt: v.optional(instant),
	updatedAt: v.optional(instant)
});
export type SignalRecord = Exact<v.InferOutput<typeof SignalRecordSchema>>;
