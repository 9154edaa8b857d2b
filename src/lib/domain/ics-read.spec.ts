import { describe, expect, it } from 'vitest';
import { buildIcs } from './ics';
import { readIcsHolidays } from './ics-read';

const calendar = (...events: string[][]) =>
	['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flat(), 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

describe('reading a holiday calendar', () => {
	it('reads all-day events as holiday ranges with an exclusive end', () => {
		const text = calendar(
			event('DTSTART;VALUE=DATE:20261017', 'DTEND;VALUE=DATE:20261026', 'SUMMARY:Herfstvakantie'),
			event('DTSTART;VALUE=DATE:20261205', 'SUMMARY:Studiedag')
		);
		expect(readIcsHolidays(text)).toEqual({
			ok: true,
			ranges: [
				{ name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' },
				{ name: 'Studiedag', start: '2026-12-05', end: '2026-12-05' }
			],
			skipped: 0
		});
	});

	it('reads a file written by the writer, with folded and escaped text', () => {
		const summary = 'Kerstvakantie, met Şeyma; ' + 'lang '.repeat(30);
		const text = buildIcs(
			[{ uid: 'a', date: '2026-12-21', startTime: '09:00', minutes: 60, summary }],
			'x'
		);
		expect(readIcsHolidays(text)).toMatchObject({
			ok: true,
			ranges: [{ name: summary.trim(), start: '2026-12-21', end: '2026-12-21' }]
		});
	});

	it('moves a UTC time to the school day: 22:00Z on 16 October is 17 October in Amsterdam', () => {
		const text = calendar(
			event(
				'DTSTART:20261016T220000Z',
				'DTEND:20261025T230000Z', // midnight 26 October, after the clocks went back
				'SUMMARY:Herfstvakantie'
			)
		);
		expect(readIcsHolidays(text)).toMatchObject({
			ok: true,
			ranges: [{ name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' }]
		});
	});

	it('converts TZID times, IANA and Outlook names, to the school day', () => {
		const text = calendar(
			event(
				'DTSTART;TZID=America/New_York:20261218T200000', // 02:00 on the 19th in Amsterdam
				'DTEND;TZID=America/New_York:20270103T180000',
				'SUMMARY:Kerst'
			),
			event(
				'DTSTART;TZID="W. Europe Standard Time":20270220T000000',
				'DTEND;TZID="W. Europe Standard Time":20270301T000000',
				'SUMMARY:Voorjaar'
			)
		);
		expect(readIcsHolidays(text)).toMatchObject({
			ok: true,
			ranges: [
				{ name: 'Kerst', start: '2026-12-19', end: '2027-01-03' },
				{ name: 'Voorjaar', start: '2027-02-20', end: '2027-02-28' }
			]
		});
	});

	it('imports the readable events and counts the others as skipped', () => {
		const text = calendar(
			event('DTSTART:gisteren', 'SUMMARY:x'),
			event('DTSTART;VALUE=DATE:20261205', 'SUMMARY:Studiedag')
		);
		expect(readIcsHolidays(text)).toMatchObject({ ok: true, skipped: 1 });
	});

	it('refuses a calendar in which no date can be read', () => {
		const text = calendar(event('DTSTART:gisteren'), event('DTSTART:20261399'));
		expect(readIcsHolidays(text)).toEqual({
			ok: false,
			problem: { code: 'no-dates', skipped: 2 }
		});
	});

	it('refuses a calendar that was cut off, at the end or inside an event', () => {
		const whole = calendar(event('DTSTART;VALUE=DATE:20261205', 'SUMMARY:Studiedag'));
		expect(readIcsHolidays(whole.slice(0, whole.indexOf('END:VCALENDAR')))).toEqual({
			ok: false,
			problem: { code: 'truncated' }
		});
		expect(readIcsHolidays(whole.slice(0, whole.indexOf('END:VEVENT')))).toEqual({
			ok: false,
			problem: { code: 'truncated' }
		});
	});

	it('refuses a file that is not a calendar, and one without events', () => {
		expect(readIcsHolidays('naam;datum\nx;y')).toEqual({
			ok: false,
			problem: { code: 'not-calendar' }
		});
		expect(readIcsHolidays(calendar())).toEqual({ ok: false, problem: { code: 'empty' } });
	});

	it('refuses an absurd holiday from the year 0001 to 9999, naming it', () => {
		const text = calendar(
			event('DTSTART;VALUE=DATE:20261205', 'SUMMARY:Studiedag'),
			event('DTSTART;VALUE=DATE:00010101', 'DTEND;VALUE=DATE:99991231', 'SUMMARY:Altijd vrij')
		);
		expect(readIcsHolidays(text)).toMatchObject({
			ok: false,
			problem: { code: 'absurd', range: { name: 'Altijd vrij', start: '0001-01-01' } }
		});
	});
});
