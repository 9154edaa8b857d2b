/**
 * Valibot schemas for every table's records, as a backup holds them. Objects are loose: a field
 * this version does not know is kept, not dropped, so a round trip never loses data. Prototype
 * keys were already removed while parsing (parseJsonSafely).
 */
import * as v from 'valibot';
import { AGE_BANDS, KINDS, PHASES } from '$lib/db/types';

const text = v.pipe(v.string(), v.maxLength(100_000));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const instant = v.pipe(v.string(), v.maxLength(40));
const day = v.pipe(v.string(), v.maxLength(40));
const optionalDay = v.nullable(day);
const count = v.pipe(v.number(), v.finite());
const stamped = { id, createdAt: instant, updatedAt: instant };

const block = v.looseObject({
	id,
	kind: v.picklist(['card', 'welcome', 'closing', 'break', 'free']),
	cardId: v.nullable(id),
	title: text,
	minutes: count,
	notes: text
});

const consent = v.looseObject({
	given: v.boolean(),
	date: optionalDay,
	how: v.picklist(['', 'paper', 'digital', 'verbal'])
});

const card = v.looseObject({
	...stamped,
	title: text,
	summary: text,
	ageBands: v.array(v.picklist(AGE_BANDS)),
	phase: v.picklist(PHASES),
	themes: v.array(text),
	kind: v.picklist(KINDS),
	minutes: count,
	groupSizeMin: count,
	groupSizeMax: count,
	materials: v.array(
		v.looseObject({ name: text, amount: count, per: v.picklist(['child', 'group']) })
	),
	preparation: text,
	goals: v.array(text),
	steps: v.array(text),
	variationYounger: text,
	variationOlder: text,
	tips: text,
	attention: text,
	worksheet: v.nullable(
		v.looseObject({ title: text, instruction: text, area: v.picklist(['drawing', 'lines']) })
	),
	source: text,
	licence: text,
	exampleId: v.nullable(id),
	favourite: v.boolean(),
	archived: v.boolean()
});

const group = v.looseObject({
	...stamped,
	name: text,
	ageBand: v.picklist(AGE_BANDS),
	schoolId: v.nullable(id),
	location: text,
	coaches: v.array(text),
	weekday: count,
	startTime: text,
	sessionMinutes: count,
	sessionCount: count,
	maxSize: count,
	startDate: day,
	status: v.picklist(['planned', 'running', 'finished']),
	finishedAt: v.nullable(instant),
	registerLockedAt: v.nullable(instant)
});

/** Table name → the schema of one record. The order is the order of the file. */
export const TABLE_SCHEMAS = {
	cards: card,
	exampleLedger: v.looseObject({ exampleId: id, version: count, installedAt: instant }),
	schools: v.looseObject({
		...stamped,
		name: text,
		holidays: v.array(v.looseObject({ name: text, start: day, end: day }))
	}),
	groups: group,
	sessions: v.looseObject({
		...stamped,
		groupId: id,
		number: count,
		date: day,
		startTime: text,
		status: v.picklist(['planned', 'held', 'cancelled']),
		cancelReason: text,
		blocks: v.array(block),
		notes: text
	}),
	meetings: v.looseObject({
		...stamped,
		groupId: id,
		kind: v.picklist(['information', 'evaluation', 'follow-up']),
		date: day,
		startTime: text,
		notes: text
	}),
	participants: v.looseObject({
		...stamped,
		groupId: id,
		name: text,
		birthYear: v.nullable(count),
		schoolClass: text,
		consent1: consent,
		consent2: consent,
		stoppedOn: optionalDay,
		stopReason: v.picklist(['', 'moved', 'parents', 'child', 'referred', 'other']),
		notes: text,
		erasedAt: v.nullable(instant)
	}),
	attendance: v.looseObject({
		sessionId: id,
		participantId: id,
		groupId: id,
		mark: v.picklist(['present', 'late', 'absent-notice', 'absent']),
		reason: v.picklist(['', 'ill', 'other']),
		consentOverride: v.boolean(),
		updatedAt: instant
	}),
	meetingAttendance: v.looseObject({
		meetingId: id,
		participantId: id,
		groupId: id,
		parent1: v.boolean(),
		parent2: v.boolean(),
		updatedAt: instant
	}),
	templates: v.looseObject({
		...stamped,
		name: text,
		ageBand: v.picklist(AGE_BANDS),
		sessions: v.array(v.looseObject({ blocks: v.array(block) })),
		builtIn: v.boolean()
	}),
	audit: v.looseObject({
		id,
		at: instant,
		kind: text,
		groupId: v.nullable(id),
		detail: text
	}),
	settings: v.looseObject({ key: id, value: v.unknown() }),
	imports: v.looseObject({
		id,
		coachId: text,
		coachName: text,
		exportedAt: instant,
		importedAt: instant,
		fileName: text
	}),
	importedGroups: v.looseObject({
		id,
		importId: id,
		coachId: text,
		coachName: text,
		exportedAt: instant,
		groupKey: text,
		startDate: day,
		schoolYear: text,
		ageBand: v.picklist(AGE_BANDS),
		school: text,
		// The exchange feature validates a group's history when it imports it; kept as it is here.
		data: v.looseObject({})
	}),
	signals: v.looseObject({
		id,
		participantId: id,
		groupId: id,
		ciphertext: v.pipe(v.string(), v.maxLength(10_000_000)),
		iv: text,
		createdAt: instant,
		updatedAt: instant
	})
} as const;

const isId = (value: unknown) =>
	typeof value === 'string' && value.length >= 1 && value.length <= 200;
const isInstant = (value: unknown) => typeof value === 'string' && value.length <= 40;
const MARKS = new Set(['present', 'late', 'absent-notice', 'absent']);
const REASONS = new Set(['', 'ill', 'other']);

/**
 * Plain checks that accept exactly what the schema of the same table accepts, for the tables
 * that hold tens of thousands of records; much faster than valibot there. A record that fails
 * is checked again by the schema, which names what is wrong.
 */
export const FAST_CHECKS: Partial<Record<BackupTable, (record: unknown) => boolean>> = {
	attendance: (value) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
		const r = value as Record<string, unknown>;
		return (
			isId(r.sessionId) &&
			isId(r.participantId) &&
			isId(r.groupId) &&
			MARKS.has(r.mark as string) &&
			REASONS.has(r.reason as string) &&
			typeof r.consentOverride === 'boolean' &&
			isInstant(r.updatedAt)
		);
	},
	meetingAttendance: (value) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
		const r = value as Record<string, unknown>;
		return (
			isId(r.meetingId) &&
			isId(r.participantId) &&
			isId(r.groupId) &&
			typeof r.parent1 === 'boolean' &&
			typeof r.parent2 === 'boolean' &&
			isInstant(r.updatedAt)
		);
	}
};

export type BackupTable = keyof typeof TABLE_SCHEMAS;
export const BACKUP_TABLES = Object.keys(TABLE_SCHEMAS) as BackupTable[];

/** How each table's records are keyed (Dexie primary keys). */
export const TABLE_KEYS: Record<BackupTable, readonly string[]> = {
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
};
