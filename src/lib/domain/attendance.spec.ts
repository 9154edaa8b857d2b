import { describe, expect, it } from 'vitest';
import { childRate, groupRate, sessionRate, type RateMark, type RateSession } from './attendance';

const sessions: RateSession[] = [
	{ id: 's1', date: '2026-02-03', status: 'held' },
	{ id: 's2', date: '2026-02-10', status: 'cancelled' },
	{ id: 's3', date: '2026-02-17', status: 'held' },
	{ id: 's4', date: '2026-02-24', status: 'held' },
	{ id: 's5', date: '2026-03-03', status: 'planned' }
];
const anna = { id: 'anna', stoppedOn: null };
const bram = { id: 'bram', stoppedOn: '2026-02-20' };
const marks: RateMark[] = [
	{ sessionId: 's1', participantId: 'anna', mark: 'present' },
	{ sessionId: 's3', participantId: 'anna', mark: 'late' },
	{ sessionId: 's4', participantId: 'anna', mark: 'absent-notice' },
	{ sessionId: 's1', participantId: 'bram', mark: 'absent' },
	{ sessionId: 's3', participantId: 'bram', mark: 'present' }
];

describe('attendance rates', () => {
	it('counts held sessions only and late as attended', () => {
		expect(childRate(anna, sessions, marks)).toEqual({
			attended: 2,
			counted: 3,
			unmarked: 0,
			rate: 2 / 3
		});
	});

	it('counts a stopped child only for sessions before the stop date', () => {
		expect(childRate(bram, sessions, marks)).toEqual({
			attended: 1,
			counted: 2,
			unmarked: 0,
			rate: 0.5
		});
	});

	it('leaves a cancelled session without a rate', () => {
		expect(sessionRate(sessions[1], [anna, bram], marks).rate).toBeNull();
		expect(sessionRate(sessions[3], [anna, bram], marks)).toEqual({
			attended: 0,
			counted: 1,
			unmarked: 0,
			rate: 0
		});
	});

	it('adds up a group over its children', () => {
		expect(groupRate([anna, bram], sessions, marks)).toEqual({
			attended: 3,
			counted: 5,
			unmarked: 0,
			rate: 0.6
		});
	});

	it('does not count a child for sessions held before its start day', () => {
		const late = { id: 'late', startedOn: '2026-02-15', stoppedOn: null };
		const lateMarks: RateMark[] = [
			{ sessionId: 's3', participantId: 'late', mark: 'present' },
			{ sessionId: 's4', participantId: 'late', mark: 'present' }
		];
		expect(childRate(late, sessions, lateMarks)).toEqual({
			attended: 2,
			counted: 2,
			unmarked: 0,
			rate: 1
		});
		expect(sessionRate(sessions[0], [anna, late], [...marks, ...lateMarks]).counted).toBe(1);
	});

	it('counts a session on the start day itself for the child', () => {
		const joins = { id: 'joins', startedOn: '2026-02-17', stoppedOn: null };
		expect(childRate(joins, sessions, []).unmarked).toBe(2);
	});

	it('treats an unmarked child in a held session as a gap, not as an absence', () => {
		const cas = { id: 'cas', stoppedOn: null };
		const casMarks: RateMark[] = [{ sessionId: 's1', participantId: 'cas', mark: 'present' }];
		expect(childRate(cas, sessions, casMarks)).toEqual({
			attended: 1,
			counted: 1,
			unmarked: 2,
			rate: 1
		});
		expect(groupRate([anna, cas], sessions, [...marks, ...casMarks])).toMatchObject({
			attended: 3,
			counted: 4,
			unmarked: 2
		});
	});
});
