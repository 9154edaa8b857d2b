/**
 * Reads a school's holiday calendar (.ics from Google, Outlook, Apple or a school website) as
 * holiday ranges on the school's own days. Times in UTC or in a named zone are converted to
 * Europe/Amsterdam first: "DTSTART:20261016T220000Z" is midnight on 17 October at the school.
 * A file that is cut off, has no readable date or holds an absurd range is refused whole.
 */
import type { HolidayRange } from '$lib/model';
import { addDays, isDay, type Day } from './dates';
import { SCHOOL_TIME_ZONE } from './ics';
import { holidayProblem } from './holiday-rules';

/** Larger files are refused before they are read: a school's holidays fit in a few kB. */
export const MAX_ICS_BYTES = 2 * 1024 * 1024;

export type IcsReadProblem =
	| { code: 'not-calendar' }
	| { code: 'truncated' }
	| { code: 'empty' }
	| { code: 'no-dates'; skipped: number }
	| { code: 'absurd'; range: HolidayRange };

export type IcsReadResult =
	{ ok: true; ranges: HolidayRange[]; skipped: number } | { ok: false; problem: IcsReadProblem };

interface Property {
	params: Record<string, string>;
	value: string;
}

/** Outlook writes Windows zone names; these are the ones Dutch schools' calendars use. */
const WINDOWS_ZONES: Record<string, string> = {
	'W. Europe Standard Time': 'Europe/Amsterdam',
	'Romance Standard Time': 'Europe/Brussels',
	'Central Europe Standard Time': 'Europe/Budapest',
	'Central European Standard Time': 'Europe/Warsaw',
	'GMT Standard Time': 'Europe/London',
	UTC: 'UTC',
	'Coordinated Universal Time': 'UTC'
};

function knownZone(tzid: string): string | null {
	const name = WINDOWS_ZONES[tzid] ?? tzid.replace(/^\/+/, '');
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return name;
	} catch {
		return null; // an unknown zone name: the time is read as the school's own
	}
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock day and time of an instant in a zone. */
function wallClock(instant: number, zone: string): { day: Day; time: string } {
	let format = formatters.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
		formatters.set(zone, format);
	}
	const part = (type: string) =>
		format.formatToParts(instant).find((p) => p.type === type)?.value ?? '00';
	return {
		day: `${part('year')}-${part('month')}-${part('day')}`,
		time: `${part('hour')}:${part('minute')}`
	};
}

function asUtc(day: Day, time: string): number {
	const [y, mo, d] = day.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const date = new Date(Date.UTC(2000, mo - 1, d, h, mi));
	date.setUTCFullYear(y); // years below 100 stay themselves
	return date.getTime();
}

/** The instant at which a zone's clock shows day and time (two passes cover a DST change). */
function zonedInstant(day: Day, time: string, zone: string): number {
	const guess = asUtc(day, time);
	const offset = (at: number) => asUtc(wallClock(at, zone).day, wallClock(at, zone).time) - at;
	const first = guess - offset(guess);
	return guess - offset(first);
}

/** A DTSTART/DTEND value as a day and time at the school, or null if it cannot be read. */
function readDate(prop: Property): { day: Day; time: string | null } | null {
	const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(prop.value.trim());
	if (!match) return null;
	const day = `${match[1]}-${match[2]}-${match[3]}`;
	if (!isDay(day)) return null;
	if (!match[4]) return { day, time: null };
	const time = `${match[4]}:${match[5]}`;
	if (Number(match[4]) > 23 || Number(match[5]) > 59) return null;
	const zone = match[7] ? 'UTC' : prop.params.TZID ? knownZone(prop.params.TZID) : null;
	if (!zone || zone === SCHOOL_TIME_ZONE) return { day, time };
	return wallClock(zonedInstant(day, time, zone), SCHOOL_TIME_ZONE);
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parseLine(line: string): [string, Property] | null {
	// The value starts at the first colon outside a quoted parameter value.
	let quoted = false;
	let colon = -1;
	for (let i = 0; i < line.length; i++) {
		if (line[i] === '"') quoted = !quoted;
		else if (line[i] === ':' && !quoted) {
			colon = i;
			break;
		}
	}
	if (colon < 0) return null;
	const [name, ...rawParams] = line.slice(0, colon).split(';');
	const params: Record<string, string> = {};
	for (const raw of rawParams) {
		const eq = raw.indexOf('=');
		if (eq > 0) params[raw.slice(0, eq).toUpperCase()] = raw.slice(eq + 1).replace(/^"|"$/g, '');
	}
	return [name.toUpperCase(), { params, value: line.slice(colon + 1) }];
}

function toRange(props: Record<string, Property>): HolidayRange | null {
	const start = props.DTSTART ? readDate(props.DTSTART) : null;
	if (!start) return null;
	let end = start.day;
	const rawEnd = props.DTEND ? readDate(props.DTEND) : null;
	if (props.DTEND && !rawEnd) return null;
	if (rawEnd) {
		// An all-day end, or one at midnight, is exclusive: the holiday ends the day before.
		const exclusive = rawEnd.time === null || rawEnd.time === '00:00';
		end = exclusive && rawEnd.day > start.day ? addDays(rawEnd.day, -1) : rawEnd.day;
	}
	if (end < start.day) end = start.day;
	const name = unescapeText(props.SUMMARY?.value ?? '').trim() || 'Vakantie';
	return { name, start: start.day, end };
}

/** The holiday ranges in a calendar file, one per VEVENT, or the reason it is refused. */
export function readIcsHolidays(text: string): IcsReadResult {
	if (!/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''))) {
		return { ok: false, problem: { code: 'not-calendar' } };
	}
	const unfolded = text.replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/g, '');
	const ranges: HolidayRange[] = [];
	let skipped = 0;
	let ended = false;
	let current: Record<string, Property> | null = null;
	for (const raw of unfolded.split(/\r\n|\n|\r/)) {
		const line = raw.trimEnd();
		const upper = line.toUpperCase();
		if (upper === 'BEGIN:VEVENT') {
			if (current) return { ok: false, problem: { code: 'truncated' } };
			current = {};
		} else if (upper === 'END:VEVENT' && current) {
			const range = toRange(current);
			if (range) ranges.push(range);
			else skipped++;
			current = null;
		} else if (upper === 'END:VCALENDAR') {
			ended = true;
		} else if (current) {
			const parsed = parseLine(line);
			if (parsed && !(parsed[0] in current)) current[parsed[0]] = parsed[1];
		}
	}
	if (current || !ended) return { ok: false, problem: { code: 'truncated' } };
	if (ranges.length === 0) {
		return {
			ok: false,
			problem: skipped > 0 ? { code: 'no-dates', skipped } : { code: 'empty' }
		};
	}
	const absurd = ranges.find((range) => holidayProblem(range) !== null);
	if (absurd) return { ok: false, problem: { code: 'absurd', range: absurd } };
	ranges.sort((a, b) => a.start.localeCompare(b.start));
	return { ok: true, ranges, skipped };
}
