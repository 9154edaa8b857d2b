import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs, foldLine, type IcsEvent } from './ics';

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

	it('writes Europe/Amsterdam times that a parser places at the right instant, summer and winter', () => {
		const text = buildIcs(
			[makeEvent(), makeEvent({ uid: 'winter', date: '2026-12-01', startTime: '13:30' })],
			'x'
		);
		const calendar = new ICAL.Component(ICAL.parse(text));
		const zone = calendar.getFirstSubcomponent('vtimezone');
		expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
		// Register the file's own zone, as a calendar app does, then ask for the instants.
		ICAL.TimezoneService.register(new ICAL.Timezone(zone!));
		const [summer, winter] = parse(text);
		expect(summer.startDate.zone?.tzid).toBe('Europe/Amsterdam');
		expect(summer.startDate.toJSDate().toISOString()).toBe('2026-09-29T11:30:00.000Z');
		expect(winter.startDate.toJSDate().toISOString()).toBe('2026-12-01T12:30:00.000Z');
		ICAL.TimezoneService.reset();
	});

	it('sends a cancelled event as STATUS:CANCELLED and counts its changes in SEQUENCE', () => {
		const text = buildIcs(
			[
				makeEvent({ updatedAt: '2026-09-01T10:00:00.000Z' }),
				makeEvent({ uid: 'gone', cancelled: true, updatedAt: '2026-09-02T10:00:00.000Z' })
			],
			'x'
		);
		const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
		expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual([
			'CONFIRMED',
			'CANCELLED'
		]);
		const sequences = events.map((e) => Number(e.getFirstPropertyValue('sequence')));
		expect(sequences[1]).toBeGreaterThan(sequences[0]);
		expect(sequences[1]).toBe(sequences[0] + 86400);
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
