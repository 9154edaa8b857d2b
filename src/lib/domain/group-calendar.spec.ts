import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs } from './ics';
import { groupCalendarEvents, programTitle } from './group-calendar';
import { makeGroup, makeMeeting, makeSchool, makeSession } from '../../../tests/unit/factories';

const labels = {
	session: (title: string, n: number) => `${title}: bijeenkomst ${n}`,
	meeting: (kind: string, title: string) => `${kind}: ${title}`
};

function exportedCalendar() {
	const group = makeGroup({
		name: 'KIES 7-12 Regenboog',
		location: 'lokaal 3',
		startTime: '13:30'
	});
	const sessions = [
		makeSession({ id: 's1', number: 1, date: '2026-10-07', notes: 'Şeyma was verdrietig' }),
		makeSession({
			id: 's2',
			number: 2,
			date: '2026-10-14',
			status: 'cancelled',
			cancelReason: 'Şeyma en Daan ziek',
			updatedAt: '2026-10-10T08:00:00.000Z'
		}),
		makeSession({ id: 's3', number: 3, date: '2026-11-04' })
	];
	const meetings = [
		makeMeeting({
			id: 'm1',
			kind: 'evaluation',
			date: '2026-12-02',
			startTime: '19:30',
			minutes: 60,
			location: 'Teamkamer',
			notes: 'Moeder van Daan belt terug'
		})
	];
	const events = groupCalendarEvents(group, sessions, meetings, makeSchool(), labels);
	return buildIcs(events, programTitle(group.name));
}

describe('a group calendar file', () => {
	const text = exportedCalendar();
	const calendar = new ICAL.Component(ICAL.parse(text));
	ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
	const events = calendar.getAllSubcomponents('vevent');
	const byUid = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid)!;

	it('holds Europe/Amsterdam times a real parser places on the right instant', () => {
		const first = new ICAL.Event(byUid('s1@kies-toolkit'));
		expect(first.startDate.zone?.tzid).toBe('Europe/Amsterdam');
		expect(first.startDate.toJSDate().toISOString()).toBe('2026-10-07T11:30:00.000Z'); // CEST
		const third = new ICAL.Event(byUid('s3@kies-toolkit'));
		expect(third.startDate.toJSDate().toISOString()).toBe('2026-11-04T12:30:00.000Z'); // CET
	});

	it('sends the cancelled session as CANCELLED under its stable UID', () => {
		const cancelled = byUid('s2@kies-toolkit');
		expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(new ICAL.Event(cancelled).startDate.toString()).toBe('2026-10-14T13:30:00');
		const uids = events.map((e) => e.getFirstPropertyValue('uid'));
		expect(uids).toEqual([
			's1@kies-toolkit',
			's2@kies-toolkit',
			's3@kies-toolkit',
			'm1@kies-toolkit'
		]);
	});

	it('names the program once and gives a meeting its own length and place', () => {
		const session = new ICAL.Event(byUid('s1@kies-toolkit'));
		expect(session.summary).toBe('KIES 7-12 Regenboog: bijeenkomst 1');
		expect(session.location).toBe('OBS De Regenboog, lokaal 3');
		const meeting = new ICAL.Event(byUid('m1@kies-toolkit'));
		expect(meeting.summary).toBe('evaluation: KIES 7-12 Regenboog');
		expect(meeting.location).toBe('Teamkamer');
		expect(meeting.duration.toSeconds()).toBe(60 * 60);
	});

	it('holds no child names, session notes, meeting notes or cancel reasons', () => {
		for (const word of ['Şeyma', 'Daan', 'verdrietig', 'ziek', 'belt terug']) {
			expect(text).not.toContain(word);
		}
		expect(text).not.toMatch(/^DESCRIPTION/m);
	});

	it('puts "KIES" in front of a name that lacks it', () => {
		expect(programTitle('De Regenboog')).toBe('KIES De Regenboog');
		expect(programTitle('kies Noord')).toBe('kies Noord');
	});
});
