/**
 * The field schemas records are built from. The bounds are the ones a stored record must meet
 * (backups are checked against them); tighter rules for what a coach types live with the forms.
 */
import * as v from 'valibot';

export const text = v.pipe(v.string(), v.maxLength(100_000));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
export const instant = v.pipe(v.string(), v.maxLength(40));
export const day = v.pipe(v.string(), v.maxLength(40));
export const optionalDay = v.nullable(day);
export const count = v.pipe(v.number(), v.finite());
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
