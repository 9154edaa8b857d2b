/**
 * Series scheduling: weekly session dates that skip the school's holidays and the Dutch
 * public holidays; moving ("bumping") sessions and re-planning keep the series consistent.
 */
import type { HolidayRange } from '$lib/model';
import { addDays, isDayWithin, onOrAfterWeekday, type Day } from './dates';
import { publicHolidayOn } from './holidays';

export type SkipReason = { kind: 'school' | 'public'; name: string };

/** Why no session can be held on a day, or null when it is free. */
export function skipReason(day: Day, schoolHolidays: readonly HolidayRange[]): SkipReason | null {
	const school = schoolHolidays.find((range) => isDayWithin(day, range.start, range.end));
	if (school) return { kind: 'school', name: school.name };
	const pub = publicHolidayOn(day);
	return pub ? { kind: 'public', name: pub.name } : null;
}

// A year of weeks is far more than any holiday stretch; it stops a loop on odd input.
const MAX_WEEKS_SKIPPED = 60;

/** The first free day on or after `day`, stepping a week at a time (keeps the weekday). */
export function nextFreeWeekly(day: Day, schoolHolidays: readonly HolidayRange[]): Day {
	let candidate = day;
	for (let i = 0; i < MAX_WEEKS_SKIPPED && skipReason(candidate, schoolHolidays); i++) {
		candidate = addDays(candidate, 7);
	}
	return candidate;
}

export interface SeriesInput {
	startDate: Day;
	/** ISO weekday, 1 = Monday. */
	weekday: number;
	count: number;
	schoolHolidays: readonly HolidayRange[];
}

export interface SeriesPlan {
	dates: Day[];
	/** Weeks that were left out, with the reason, for showing the coach. */
	skipped: { date: Day; reason: SkipReason }[];
}

/** Weekly dates from the start date on the weekday, skipping holidays. */
export function planSeries({ startDate, weekday, count, schoolHolidays }: SeriesInput): SeriesPlan {
	const dates: Day[] = [];
	const skipped: SeriesPlan['skipped'] = [];
	let day = onOrAfterWeekday(startDate, weekday);
	let guard = 0;
	while (dates.length < count && guard < count + MAX_WEEKS_SKIPPED) {
		guard++;
		const reason = skipReason(day, schoolHolidays);
		if (reason) skipped.push({ date: day, reason });
		else dates.push(day);
		day = addDays(day, 7);
	}
	return { dates, skipped };
}

/**
 * Moves the session at `index` and every later one a week on, skipping holidays again.
 * Each moved session lands after the one before it, so the order never changes.
 */
export function bumpDates(
	dates: readonly Day[],
	index: number,
	schoolHolidays: readonly HolidayRange[]
): Day[] {
	const result = [...dates];
	for (let i = index; i < result.length; i++) {
		let candidate = nextFreeWeekly(addDays(dates[i], 7), schoolHolidays);
		while (i > 0 && candidate <= result[i - 1]) {
			candidate = nextFreeWeekly(addDays(candidate, 7), schoolHolidays);
		}
		result[i] = candidate;
	}
	return result;
}

export interface ReplanItem {
	date: Day;
	/** Held (or cancelled) sessions keep their date. */
	fixed: boolean;
}

/**
 * New dates after the start date or weekday changed: fixed sessions keep their date, the
 * others follow weekly from the start (and after any fixed session before them).
 */
export function replanDates(
	items: readonly ReplanItem[],
	startDate: Day,
	weekday: number,
	schoolHolidays: readonly HolidayRange[]
): Day[] {
	let cursor = onOrAfterWeekday(startDate, weekday);
	return items.map((item) => {
		if (item.fixed) {
			const after = onOrAfterWeekday(addDays(item.date, 1), weekday);
			if (after > cursor) cursor = after;
			return item.date;
		}
		const date = nextFreeWeekly(cursor, schoolHolidays);
		cursor = addDays(date, 7);
		return date;
	});
}

/** Default dates for the parent meetings: a week before the first and after the last session. */
export function meetingDates(
	sessionDates: readonly Day[],
	schoolHolidays: readonly HolidayRange[]
): { information: Day; evaluation: Day } | null {
	if (sessionDates.length === 0) return null;
	let information = addDays(sessionDates[0], -7);
	for (let i = 0; i < MAX_WEEKS_SKIPPED && skipReason(information, schoolHolidays); i++) {
		information = addDays(information, -7);
	}
	const evaluation = nextFreeWeekly(
		addDays(sessionDates[sessionDates.length - 1], 7),
		schoolHolidays
	);
	return { information, evaluation };
}
