import { describe, expect, it } from 'vitest';
import { scheduleWarnings } from './schedule-warnings';

const weekly = (count: number, status: 'planned' | 'held' = 'planned') =>
	Array.from({ length: count }, (_, i) => ({
		number: i + 1,
		date: `2026-10-${String(7 + 7 * i).padStart(2, '0')}`,
		status
	}));
const today = '2026-10-01';

describe('schedule warnings', () => {
	it('has nothing to say about a weekly series after today', () => {
		expect(scheduleWarnings(weekly(4), [], '2026-10-07', today)).toEqual([]);
	});

	it('warns when two sessions share a date, as when session 5 moves onto session 6', () => {
		const sessions = weekly(4);
		sessions[1].date = sessions[2].date;
		expect(scheduleWarnings(sessions, [], '2026-10-07', today)).toEqual([
			{ code: 'same-date', numbers: [2, 3], date: '2026-10-21' }
		]);
	});

	it('warns when a session is moved past a later one', () => {
		const sessions = weekly(4);
		sessions[1].date = '2026-10-30';
		expect(scheduleWarnings(sessions, [], '2026-10-07', today)).toEqual([
			{ code: 'out-of-order', number: 2, before: 3 }
		]);
	});

	it('ignores cancelled sessions for clashes and order', () => {
		const sessions = [
			...weekly(3),
			{ number: 4, date: '2026-10-07', status: 'cancelled' as const }
		];
		expect(scheduleWarnings(sessions, [], '2026-10-07', today)).toEqual([]);
	});

	it('warns when a session falls on a parent meeting', () => {
		const meetings = [
			{ kind: 'information' as const, date: '2026-09-30' },
			{ kind: 'evaluation' as const, date: '2026-10-21' }
		];
		expect(scheduleWarnings(weekly(3), meetings, '2026-10-07', today)).toEqual([
			{ code: 'meeting-date', number: 3, meeting: 'evaluation', date: '2026-10-21' }
		]);
	});

	it('warns about a start date in the past until a session has been held', () => {
		expect(scheduleWarnings(weekly(2), [], '2026-10-07', '2026-10-08')).toEqual([
			{ code: 'start-in-past', date: '2026-10-07' }
		]);
		expect(scheduleWarnings(weekly(2, 'held'), [], '2026-10-07', '2026-10-08')).toEqual([]);
		expect(scheduleWarnings(weekly(2), [], '2026-10-07', '2026-10-07')).toEqual([]);
	});
});
