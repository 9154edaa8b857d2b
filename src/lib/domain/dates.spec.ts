import { describe, expect, it } from 'vitest';
import {
	addMonths,
	addWeeks,
	dayToDate,
	formatDay,
	formatPercent,
	isDay,
	isDayWithin,
	isoWeekday,
	onOrAfterWeekday
} from './dates';

describe('dates', () => {
	it('accepts real days and rejects impossible ones', () => {
		expect(isDay('2026-03-02')).toBe(true);
		expect(isDay('2026-02-30')).toBe(false);
		expect(isDay('2026-3-2')).toBe(false);
		expect(isDay(20260302)).toBe(false);
	});

	it('builds dates at local noon so the day never shifts', () => {
		const date = dayToDate('2026-03-29');
		expect(date.getHours()).toBe(12);
		expect(date.getDate()).toBe(29);
	});

	it('goes back whole calendar months, ending on the last day of a shorter month', () => {
		expect(addMonths('2026-11-22', -12)).toBe('2025-11-22');
		expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
	});

	it('adds weeks across the change to summer time', () => {
		expect(addWeeks('2026-03-23', 1)).toBe('2026-03-30');
		expect(isoWeekday('2026-03-30')).toBe(1);
	});

	it('formats days and percentages in Dutch and English', () => {
		expect(formatDay('2026-03-02', 'nl')).toBe('ma 2 mrt. 2026');
		expect(formatDay('2026-03-02', 'en')).toBe('Mon 2 Mar 2026');
		expect(formatPercent(0.875, 'nl')).toBe('88%');
	});

	it('finds the first day on or after a date that falls on a weekday', () => {
		expect(onOrAfterWeekday('2026-03-02', 1)).toBe('2026-03-02');
		expect(onOrAfterWeekday('2026-03-03', 1)).toBe('2026-03-09');
		expect(onOrAfterWeekday('2026-03-02', 3)).toBe('2026-03-04');
	});

	it('tells whether a day lies within a range, ends included', () => {
		expect(isDayWithin('2026-10-19', '2026-10-19', '2026-10-23')).toBe(true);
		expect(isDayWithin('2026-10-24', '2026-10-19', '2026-10-23')).toBe(false);
	});
});
