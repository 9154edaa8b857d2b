/**
 * A small iCalendar (RFC 5545) writer. Own code because the `ics` package folds by characters,
 * which breaks names like "Şeyma"; here lines fold at 75 octets of UTF-8. The reader for
 * holiday calendars is in `ics-read.ts`.
 */
import { addDays, addMinutesToTime, type Day } from './dates';

/** The time zone of every school the program runs in; sessions are written in it. */
export const SCHOOL_TIME_ZONE = 'Europe/Amsterdam';

export interface IcsEvent {
	uid: string;
	date: Day;
	startTime: string;
	minutes: number;
	summary: string;
	description?: string;
	location?: string;
	/** A cancelled event is still sent, so calendars that imported it take it out. */
	cancelled?: boolean;
	/** ISO instant of the last change: becomes LAST-MODIFIED and the SEQUENCE number. */
	updatedAt?: string;
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
 * Europe/Amsterdam with the EU rules since 1996 (last Sunday of March and of October), so a
 * calendar app in another zone, or one that ignores TZID names, still places 13:30 right.
 */
const AMSTERDAM_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${SCHOOL_TIME_ZONE}`,
	`X-LIC-LOCATION:${SCHOOL_TIME_ZONE}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

/** SEQUENCE must grow with every change; seconds since 2024 do, and fit a 32-bit integer. */
function sequenceOf(updatedAt: string | undefined): number {
	const time = updatedAt ? Date.parse(updatedAt) : NaN;
	return Number.isFinite(time) ? Math.max(0, Math.floor((time - Date.UTC(2024, 0, 1)) / 1000)) : 0;
}

/**
 * A calendar file for the events, with CRLF line ends. Times are Europe/Amsterdam wall-clock
 * times (TZID plus its VTIMEZONE): the sessions happen at the school, wherever the reader is.
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
		`X-WR-CALNAME:${escapeText(calendarName)}`,
		`X-WR-TIMEZONE:${SCHOOL_TIME_ZONE}`,
		...AMSTERDAM_VTIMEZONE
	];
	const tz = `;TZID=${SCHOOL_TIME_ZONE}`;
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
			`SEQUENCE:${sequenceOf(event.updatedAt)}`,
			`DTSTART${tz}:${localDateTime(event.date, event.startTime)}`,
			`DTEND${tz}:${localDateTime(endDay, addMinutesToTime(event.startTime, minutes))}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`
		);
		if (event.updatedAt && Number.isFinite(Date.parse(event.updatedAt))) {
			lines.push(`LAST-MODIFIED:${utcStamp(new Date(event.updatedAt))}`);
		}
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
