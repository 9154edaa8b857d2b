/**
 * Every date-fns call of the app lives here. Days are `yyyy-MM-dd` strings;
 * Date objects are built at noon local time so no time zone shifts a day.
 */
import {
	addDays as fnsAddDays,
	addMonths as fnsAddMonths,
	addWeeks as fnsAddWeeks,
	differenceInCalendarDays,
	format,
	getISODay
} from 'date-fns';
import { enGB, nl } from 'date-fns/locale';

import { isDay, type Day } from '$lib/model';

export { isDay, type Day };
export type Lang = 'nl' | 'en';

const DAY_FORMAT = 'yyyy-MM-dd';

/** The day as a Date at noon local time. */
export function dayToDate(day: Day): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y, m - 1, d, 12, 0, 0, 0);
}

/** A Date's local calendar day. */
export function dateToDay(date: Date): Day {
	return format(date, DAY_FORMAT);
}

/** Today on this device. */
export function today(now: Date = new Date()): Day {
	return dateToDay(now);
}

export function addDays(day: Day, days: number): Day {
	return dateToDay(fnsAddDays(dayToDate(day), days));
}

/** Calendar months later (negative: earlier); the 31st becomes the month's last day. */
export function addMonths(day: Day, months: number): Day {
	return dateToDay(fnsAddMonths(dayToDate(day), months));
}

export function addWeeks(day: Day, weeks: number): Day {
	return dateToDay(fnsAddWeeks(dayToDate(day), weeks));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
	return differenceInCalendarDays(dayToDate(b), dayToDate(a));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
	return getISODay(dayToDate(day));
}

const locales = { nl, en: enGB } as const;

/** A day for people: "ma 2 mrt. 2026" / "Mon 2 Mar 2026". */
export function formatDay(day: Day, lang: Lang, style: 'short' | 'long' = 'short'): string {
	// Dutch short weekdays are two letters ("ma"), English three ("Mon").
	const weekday = style === 'long' ? 'EEEE' : lang === 'nl' ? 'EEEEEE' : 'EEE';
	const pattern = `${weekday} d ${style === 'long' ? 'MMMM' : 'MMM'} yyyy`;
	return format(dayToDate(day), pattern, { locale: locales[lang] });
}

export { formatNumber, formatPercent } from './numbers';

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a clock time written as `HH:mm`. */
export function isTime(value: unknown): value is string {
	return typeof value === 'string' && TIME_PATTERN.test(value);
}

/** A clock time `minutes` later ("13:30" + 75 = "14:45"); wraps past midnight. */
export function addMinutesToTime(time: string, minutes: number): string {
	const [h, m] = time.split(':').map(Number);
	const total = (((h * 60 + m + Math.round(minutes)) % 1440) + 1440) % 1440;
	return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The first day on or after `day` that falls on ISO `weekday` (1 = Monday … 7 = Sunday). */
export function onOrAfterWeekday(day: Day, weekday: number): Day {
	const shift = (((weekday - isoWeekday(day)) % 7) + 7) % 7;
	return addDays(day, shift);
}

/** True when `day` lies within `start`..`end`, both included. */
export function isDayWithin(day: Day, start: Day, end: Day): boolean {
	return day >= start && day <= end;
}
