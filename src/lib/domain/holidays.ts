/**
 * Dutch public holidays, computed (Easter-based) so the app needs no holiday package.
 *
 * Decisions (documented here because schools differ):
 * - Goede Vrijdag is NOT included: it is no official day off and most primary schools are open.
 * - Bevrijdingsdag (5 May) is included only in lustrum years (2025, 2030, …), when it is a
 *   national day off for most; in other years schools are usually in their May holiday anyway,
 *   and a school can add it to its own holidays.
 * - Koningsdag is 27 April, or 26 April when the 27th is a Sunday.
 */
import { addDays, isoWeekday, type Day } from './dates';

export type PublicHolidayKey =
	| 'new-year'
	| 'easter'
	| 'easter-monday'
	| 'kings-day'
	| 'liberation-day'
	| 'ascension'
	| 'whit-sunday'
	| 'whit-monday'
	| 'christmas'
	| 'boxing-day';

export interface PublicHoliday {
	date: Day;
	key: PublicHolidayKey;
	/** Dutch name, as used in calendars. */
	name: string;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Easter Sunday of a year (Gregorian, anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** The Dutch public holidays of a year, in date order. */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
	const easter = easterSunday(year);
	const kingsDay = isoWeekday(`${year}-04-27`) === 7 ? `${year}-04-26` : `${year}-04-27`;
	const list: PublicHoliday[] = [
		{ date: `${year}-01-01`, key: 'new-year', name: 'Nieuwjaarsdag' },
		{ date: easter, key: 'easter', name: 'Eerste paasdag' },
		{ date: addDays(easter, 1), key: 'easter-monday', name: 'Tweede paasdag' },
		{ date: kingsDay, key: 'kings-day', name: 'Koningsdag' },
		{ date: addDays(easter, 39), key: 'ascension', name: 'Hemelvaartsdag' },
		{ date: addDays(easter, 49), key: 'whit-sunday', name: 'Eerste pinksterdag' },
		{ date: addDays(easter, 50), key: 'whit-monday', name: 'Tweede pinksterdag' },
		{ date: `${year}-12-25`, key: 'christmas', name: 'Eerste kerstdag' },
		{ date: `${year}-12-26`, key: 'boxing-day', name: 'Tweede kerstdag' }
	];
	if (year % 5 === 0) {
		list.push({ date: `${year}-05-05`, key: 'liberation-day', name: 'Bevrijdingsdag' });
	}
	return list.sort((x, y) => x.date.localeCompare(y.date));
}

/** The public holiday on a day, if any. */
export function publicHolidayOn(day: Day): PublicHoliday | undefined {
	return dutchPublicHolidays(Number(day.slice(0, 4))).find((h) => h.date === day);
}
