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
		expect(childRate(anna, sessions, marks)).toEqual({ attended: 2, counted: 3, rate: 2 / 3 });
	});

	it('counts a stopped child only for sessions before the stop date', () => {
		expect(childRate(bram, sessions, marks)).toEqual({ attended: 1, counted: 2, rate: 0.5 });
	});

	it('leaves a cancelled session without a rate', () => {
		expect(sessionRate(sessions[1], [anna, bram], marks).rate).toBeNull();
		expect(sessionRate(sessions[3], [anna, bram], marks)).toEqual({
			attended: 0,
			counted: 1,
			rate: 0
		});
	});

	it('adds up a group over its children', () => {
		expect(groupRate([anna, bram], sessions, marks)).toEqual({
			attended: 3,
			counted: 5,
			rate: 0.6
		});
	});
});
