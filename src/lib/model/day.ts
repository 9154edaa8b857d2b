/**
 * The one check of a stored day (`yyyy-MM-dd`), pure so the model's schemas can use it;
 * `domain/dates.ts` re-exports it. Dates are built at noon local time, as everywhere.
 */
export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written as `yyyy-MM-dd`. */
export function isDay(value: unknown): value is Day {
	if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(2000, 0, 1, 12);
	date.setFullYear(y, m - 1, d);
	// date-fns, which wrote these days, knows no year 0.
	return y >= 1 && date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}
