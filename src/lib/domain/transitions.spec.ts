import { describe, expect, it } from 'vitest';
import { finishedAtFor, sameStatus, sessionStatusChange } from './transitions';

describe('session status changes', () => {
	it('keeps the marks of a held session and drops its cancel reason', () => {
		expect(sessionStatusChange('held', 'ziek')).toEqual({
			patch: { status: 'held', cancelReason: '' },
			clearMarks: false
		});
	});

	it('clears the marks of a cancelled session and keeps its reason trimmed', () => {
		expect(sessionStatusChange('cancelled', '  studiedag ')).toEqual({
			patch: { status: 'cancelled', cancelReason: 'studiedag' },
			clearMarks: true
		});
	});

	it('clears the marks of a session set back to planned', () => {
		expect(sessionStatusChange('planned').clearMarks).toBe(true);
	});

	it('sees that a held session marked held again needs no write', () => {
		const change = sessionStatusChange('held');
		expect(sameStatus({ status: 'held', cancelReason: '' }, change)).toBe(true);
		expect(sameStatus({ status: 'planned', cancelReason: '' }, change)).toBe(false);
	});
});

describe('when a group finished', () => {
	const now = '2026-06-30T10:00:00.000Z';
	it('stamps the first time a group is set finished', () => {
		expect(finishedAtFor('finished', null, now)).toBe(now);
	});
	it('keeps the first time when a finished group is saved again', () => {
		expect(finishedAtFor('finished', '2026-06-01T09:00:00.000Z', now)).toBe(
			'2026-06-01T09:00:00.000Z'
		);
	});
	it('forgets it when the group runs again', () => {
		expect(finishedAtFor('running', '2026-06-01T09:00:00.000Z', now)).toBeNull();
	});
});
