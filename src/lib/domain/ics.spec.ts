import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs, foldLine, readIcsHolidays, type IcsEvent } from './ics';

function makeEvent(overrides: Partial<IcsEvent> = {}): IcsEvent {
	return {
		uid: 'session-1@kies-toolkit',
		date: '2026-09-29',
		startTime: '13:30',
		minutes: 60,
		summary: 'KIES bijeenkomst 1',
		...overrides
	};
}

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar writer', () => {
	it('writes events that a real parser reads back with times and text', () => {
		const text = buildIcs(
			[
				makeEvent({
					location: 'OBS De Regenboog, lokaal 3',
					description: 'Neem mee:\nkleurpotloden; lijm'
				}),
				makeEvent({
					uid: 'meeting-1',
					date: '2026-10-06',
					startTime: '19:30',
					minutes: 90,
					summary: 'Ouderavond'
				})
			],
			'KIES De Regenboog'
		);
		const events = parse(text);
		expect(events).toHaveLength(2);
		expect(events[0].summary).toBe('KIES bijeenkomst 1');
		expect(events[0].location).toBe('OBS De Regenboog, lokaal 3');
		expect(events[0].description).toBe('Neem mee:\nkleurpotloden; lijm');
		expect(events[0].startDate.toString()).toBe('2026-09-29T13:30:00');
		expect(events[0].endDate.toString()).toBe('2026-09-29T14:30:00');
		expect(events[1].endDate.toString()).toBe('2026-10-06T21:00:00');
	});

	it('ends every line with CRLF', () => {
		const text = buildIcs([makeEvent()], 'x');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('folds long lines at 75 octets without breaking "Şeyma"', () => {
		const summary = 'Gesprek met de ouders van Şeyma en Öznur over de groep, ' + 'ş'.repeat(80);
		const text = buildIcs([makeEvent({ summary })], 'Groep met Şeyma');
		for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(parse(text)[0].summary).toBe(summary);
	});

	it('counts the continuation space within the 75 octets', () => {
		const folded = foldLine('X'.repeat(200));
		const lines = folded.split('\r\n');
		expect(lines[0]).toHaveLength(75);
		expect(lines.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75)).toBe(true);
		expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('X'.repeat(200));
	});
});

describe('iCalendar holiday reader', () => {
	it('reads all-day events as holiday ranges with an exclusive end', () => {
		const text = [
			'BEGIN:VCALENDAR',
			'BEGIN:VEVENT',
			'DTSTART;VALUE=DATE:20261017',
			'DTEND;VALUE=DATE:20261026',
			'SUMMARY:Herfstvakantie',
			'END:VEVENT',
			'BEGIN:VEVENT',
			'DTSTART;VALUE=DATE:20261205',
			'SUMMARY:Studiedag',
			'END:VEVENT',
			'END:VCALENDAR'
		].join('\r\n');
		expect(readIcsHolidays(text)).toEqual({
			ranges: [
				{ name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' },
				{ name: 'Studiedag', start: '2026-12-05', end: '2026-12-05' }
			],
			skipped: 0
		});
	});

	it('reads a file written by the writer, with folded and escaped text', () => {
		const summary = 'Kerstvakantie, met Şeyma; ' + 'lang '.repeat(30);
		const text = buildIcs([makeEvent({ summary, date: '2026-12-21' })], 'x');
		const { ranges } = readIcsHolidays(text);
		expect(ranges).toEqual([{ name: summary.trim(), start: '2026-12-21', end: '2026-12-21' }]);
	});

	it('counts events without a readable start as skipped', () => {
		const text = 'BEGIN:VEVENT\nDTSTART:gisteren\nSUMMARY:x\nEND:VEVENT\n';
		expect(readIcsHolidays(text)).toEqual({ ranges: [], skipped: 1 });
	});
});
