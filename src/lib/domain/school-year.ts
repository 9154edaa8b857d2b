/**
 * School years run from 1 August to 31 July. A school year is named by the year it starts in
 * (2025 = "2025-2026"). Days are `yyyy-MM-dd` strings, so comparing them as text is enough.
 */
import { isDay, today, type Day } from './dates';

export interface DayRange {
	from: Day;
	to: Day;
}

/** The year a school year starts in, for the school year a day falls in. */
export function schoolYearOf(day: Day): number {
	const year = Number(day.slice(0, 4));
	return day.slice(5) >= '08-01' ? year : year - 1;
}

/** The first and last day of the school year starting in `startYear`. */
export function schoolYearRange(startYear: number): DayRange {
	return { from: `${startYear}-08-01`, to: `${startYear + 1}-07-31` };
}

/** "2025-2026" for the school year starting in 2025. */
export function schoolYearLabel(startYear: number): string {
	return `${startYear}-${startYear + 1}`;
}

/** The school year of today on this device. */
export function currentSchoolYear(now: Date = new Date()): number {
	return schoolYearOf(today(now));
}

/** True when `day` lies in the range, both ends included. */
export function inRange(day: Day, range: DayRange): boolean {
	return day >= range.from && day <= range.to;
}

/** True for a range of two real days where `from` is not after `to`. */
export function isValidRange(range: DayRange): boolean {
	return isDay(range.from) && isDay(range.to) && range.from <= range.to;
}

/**
 * The school years to offer: every year that has a day in `days`, plus the current one,
 * newest first.
 */
export function schoolYearsToOffer(days: Iterable<Day>, current: number): number[] {
	const years = new Set<number>([current]);
	for (const day of days) if (isDay(day)) years.add(schoolYearOf(day));
	return [...years].sort((a, b) => b - a);
}
