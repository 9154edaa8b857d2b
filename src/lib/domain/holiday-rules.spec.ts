import { describe, expect, it } from 'vitest';
import { holidayProblem } from './holiday-rules';

const range = (start: string, end: string) => ({ name: 'x', start, end });

describe('holiday rules', () => {
	it('accepts a summer holiday of six weeks', () => {
		expect(holidayProblem(range('2027-07-10', '2027-08-22'))).toBeNull();
	});

	it('refuses years outside 2000..2100, an end before the start and more than 92 days', () => {
		expect(holidayProblem(range('0001-01-01', '9999-12-31'))).toBe('years');
		expect(holidayProblem(range('2027-01-10', '2027-01-09'))).toBe('order');
		expect(holidayProblem(range('2027-01-01', '2027-04-03'))).toBe('too-long');
		expect(holidayProblem(range('2027-02-30', '2027-03-01'))).toBe('invalid');
	});
});
