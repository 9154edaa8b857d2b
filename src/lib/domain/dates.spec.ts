import { describe, expect, it } from 'vitest';
import { addWeeks, dayToDate, formatDay, formatPercent, isDay, isoWeekday } from './dates';

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

	it('adds weeks across the change to summer time', () => {
		expect(addWeeks('2026-03-23', 1)).toBe('2026-03-30');
		expect(isoWeekday('2026-03-30')).toBe(1);
	});

	it('formats days and percentages in Dutch and English', () => {
		expect(formatDay('2026-03-02', 'nl')).toBe('ma 2 mrt. 2026');
		expect(formatDay('2026-03-02', 'en')).toBe('Mon 2 Mar 2026');
		expect(formatPercent(0.875, 'nl')).toBe('88%');
	});
});
