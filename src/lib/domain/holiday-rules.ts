/**
 * What a school holiday may be. A range from year 0001 to 9999 would silently swallow every
 * session of every group at the school, so it is refused wherever holidays come in.
 */
import type { HolidayRange } from '$lib/model';
import { daysBetween, isDay } from './dates';

/** Earliest and latest year a holiday may fall in. */
export const HOLIDAY_YEARS = { min: 2000, max: 2100 } as const;
/** The longest school holiday in the Netherlands is the summer's six to seven weeks. */
export const HOLIDAY_MAX_DAYS = 92;

export type HolidayProblem = 'invalid' | 'order' | 'years' | 'too-long';

/** Why a holiday range cannot be kept, or null when it is fine. */
export function holidayProblem(range: HolidayRange): HolidayProblem | null {
	if (!isDay(range.start) || !isDay(range.end)) return 'invalid';
	const year = (day: string) => Number(day.slice(0, 4));
	for (const day of [range.start, range.end]) {
		if (year(day) < HOLIDAY_YEARS.min || year(day) > HOLIDAY_YEARS.max) return 'years';
	}
	if (range.end < range.start) return 'order';
	if (daysBetween(range.start, range.end) + 1 > HOLIDAY_MAX_DAYS) return 'too-long';
	return null;
}
