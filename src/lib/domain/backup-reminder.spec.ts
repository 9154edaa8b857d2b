import { describe, expect, it } from 'vitest';
import { backupReminder, calendarDaysBetween } from './backup-reminder';
import { daysBetween, dateToDay } from './dates';

describe('backupReminder', () => {
	const now = new Date(2026, 10, 22, 12);

	it('is due when there never was a backup, or the date cannot be read', () => {
		expect(backupReminder(null, now, 14)).toEqual({ due: true, daysSince: null });
		expect(backupReminder('not a date', now, 14)).toEqual({ due: true, daysSince: null });
	});

	it('is due once the last backup is as old as the chosen number of days', () => {
		expect(backupReminder(new Date(2026, 10, 8, 9).toISOString(), now, 14)).toEqual({
			due: true,
			daysSince: 14
		});
		expect(backupReminder(new Date(2026, 10, 9, 9).toISOString(), now, 14)).toEqual({
			due: false,
			daysSince: 13
		});
	});

	it('counts calendar days: a backup late last night was yesterday', () => {
		expect(backupReminder(new Date(2026, 10, 21, 23, 59).toISOString(), now, 1)).toEqual({
			due: true,
			daysSince: 1
		});
		expect(backupReminder(new Date(2026, 10, 22, 0, 1).toISOString(), now, 1)).toEqual({
			due: false,
			daysSince: 0
		});
	});
});

describe('calendarDaysBetween', () => {
	it('agrees with the date-fns based daysBetween across a year, daylight-saving changes included', () => {
		const start = new Date(2026, 0, 1, 7);
		for (let offset = -400; offset <= 400; offset += 7) {
			const end = new Date(2026, 0, 1 + offset, 22, 30);
			expect(calendarDaysBetween(start, end)).toBe(daysBetween(dateToDay(start), dateToDay(end)));
		}
		// The spring-forward and fall-back nights in the Netherlands.
		expect(calendarDaysBetween(new Date(2026, 2, 28, 12), new Date(2026, 2, 30, 12))).toBe(2);
		expect(calendarDaysBetween(new Date(2026, 9, 24, 12), new Date(2026, 9, 26, 12))).toBe(2);
	});
});
