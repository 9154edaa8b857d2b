/**
 * The field schemas records are built from. The bounds are the ones a stored record must meet
 * (backups are checked against them); tighter rules for what a coach types live with the forms.
 */
import * as v from 'valibot';
import { isDay } from './day';

/** Limits every stored text meets; the forms use the same numbers (`maxlength`). */
export const LIMITS = {
	/** Names and titles: a school, group, coach, child, template, holiday, plan block. */
	name: 200,
	/** Free text: notes, a cancel reason, a card's longer fields. */
	note: 5000,
	/** One line of a list (a goal, a step, a theme). */
	line: 1000,
	/** A short code or label (a school class, an audit kind). */
	short: 64
} as const;

export const text = v.pipe(v.string(), v.maxLength(LIMITS.note));
export const name = v.pipe(v.string(), v.maxLength(LIMITS.name));
export const line = v.pipe(v.string(), v.maxLength(LIMITS.line));
export const short = v.pipe(v.string(), v.maxLength(LIMITS.short));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** An ISO instant as `toISOString()` writes it. */
export const instant = v.pipe(
	v.string(),
	v.maxLength(40),
	v.regex(INSTANT, 'instant'),
	v.check((s) => !Number.isNaN(Date.parse(s)), 'instant')
);
/** A real calendar day `yyyy-MM-dd` between 1900 and 2100. */
export const day = v.pipe(
	v.string(),
	v.check((s) => isDay(s) && s >= '1900-01-01' && s <= '2100-12-31', 'day')
);
export const optionalDay = v.nullable(day);
/** A clock time `HH:mm`. */
export const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time'));
export const count = v.pipe(v.number(), v.finite());
/** A whole number within a range. */
export const whole = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** A list of at most `max` items. */
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max));
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Base64 text of at most `max` characters. */
export const base64 = (max: number) =>
	v.pipe(v.string(), v.maxLength(max), v.regex(BASE64, 'base64'));
/** The fields of every record with its own id. */
export const stamped = { id, createdAt: instant, updatedAt: instant };

/**
 * A record's type without the index signature of a loose object: schemas keep unknown fields
 * (so a round trip loses nothing), while code sees exactly the fields this version knows.
 */
export type Exact<T> = T extends readonly (infer U)[]
	? Exact<U>[]
	: T extends object
		? { [K in keyof T as string extends K ? never : K]: Exact<T[K]> }
		: T;
