/**
 * A small iCalendar (RFC 5545) writer and VEVENT reader. Own code because the `ics` package
 * folds by characters, which breaks names like "Şeyma"; here lines fold at 75 octets of UTF-8.
 */
import type { HolidayRange } from '$lib/model';
import { addDays, addMinutesToTime, isDay, type Day } from './dates';

export interface IcsEvent {
	uid: string;
	date: Day;
	startTime: string;
	minutes: number;
	summary: string;
	description?: string;
	location?: string;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line so no physical line exceeds 75 octets, never splitting a character. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	let limit = 75;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
			limit = 74; // continuation lines start with a space, which counts
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function compact(day: Day): string {
	return day.replace(/-/g, '');
}

function localDateTime(day: Day, time: string): string {
	return `${compact(day)}T${time.replace(':', '')}00`;
}

function utcStamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * A calendar file for the events, with CRLF line ends. Times are floating local times:
 * the sessions happen where the coach is, whatever the phone's time zone.
 */
export function buildIcs(
	events: readonly IcsEvent[],
	calendarName: string,
	now = new Date()
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//KIES Toolkit//NL',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendarName)}`
	];
	for (const event of events) {
		const minutes = Math.max(0, event.minutes);
		const endDay = addDays(
			event.date,
			Math.floor(toMinutes(event.startTime) + minutes) >= 1440 ? 1 : 0
		);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${utcStamp(now)}`,
			`DTSTART:${localDateTime(event.date, event.startTime)}`,
			`DTEND:${localDateTime(endDay, addMinutesToTime(event.startTime, minutes))}`,
			`SUMMARY:${escapeText(event.summary)}`
		);
		if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

function toMinutes(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return h * 60 + m;
}

export interface IcsReadResult {
	ranges: HolidayRange[];
	/** Events that were left out because their dates could not be read. */
	skipped: number;
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Reads `20261019` or `20261019T000000(Z)` as a day and whether it had a time. */
function readDate(value: string): { day: Day; time: string | null } | null {
	const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}Z?)?$/.exec(value.trim());
	if (!match) return null;
	const day = `${match[1]}-${match[2]}-${match[3]}`;
	if (!isDay(day)) return null;
	return { day, time: match[4] ? `${match[4]}:${match[5]}` : null };
}

/**
 * The holiday ranges in a school's calendar file: one per VEVENT, named by its SUMMARY.
 * An all-day DTEND is exclusive, so the range ends the day before.
 */
export function readIcsHolidays(text: string): IcsReadResult {
	const unfolded = text.replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/g, '');
	const ranges: HolidayRange[] = [];
	let skipped = 0;
	let current: Record<string, string> | null = null;
	for (const raw of unfolded.split(/\r\n|\n|\r/)) {
		const line = raw.trimEnd();
		if (line === 'BEGIN:VEVENT') current = {};
		else if (line === 'END:VEVENT' && current) {
			const range = toRange(current);
			if (range) ranges.push(range);
			else skipped++;
			current = null;
		} else if (current) {
			const colon = line.indexOf(':');
			if (colon < 0) continue;
			const name = line.slice(0, colon).split(';')[0].toUpperCase();
			if (!(name in current)) current[name] = line.slice(colon + 1);
		}
	}
	ranges.sort((a, b) => a.start.localeCompare(b.start));
	return { ranges, skipped };
}

function toRange(props: Record<string, string>): HolidayRange | null {
	const start = props.DTSTART ? readDate(props.DTSTART) : null;
	if (!start) return null;
	let end = start.day;
	const rawEnd = props.DTEND ? readDate(props.DTEND) : null;
	if (rawEnd) {
		const exclusive = rawEnd.time === null || rawEnd.time === '00:00';
		end = exclusive && rawEnd.day > start.day ? addDays(rawEnd.day, -1) : rawEnd.day;
	}
	if (end < start.day) end = start.day;
	const name = unescapeText(props.SUMMARY ?? '').trim() || 'Vakantie';
	return { name, start: start.day, end };
}
