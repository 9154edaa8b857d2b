import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { dutchPublicHolidays, easterSunday, publicHolidayOn } from './holidays';

/** The oracle: date-holidays' official Dutch public days off. */
function oracle(year: number): string[] {
	return new Holidays('NL')
		.getHolidays(year)
		.filter((h) => h.type === 'public')
		.map((h) => h.date.slice(0, 10))
		.sort();
}

describe('Dutch public holidays', () => {
	for (let year = 2025; year <= 2030; year++) {
		it(`match the date-holidays oracle in ${year} (plus Bevrijdingsdag in lustrum years)`, () => {
			const ours = dutchPublicHolidays(year)
				.filter((h) => h.key !== 'liberation-day')
				.map((h) => h.date);
			expect(ours).toEqual(oracle(year));
		});
	}

	it('computes Easter for known years', () => {
		expect(easterSunday(2026)).toBe('2026-04-05');
		expect(easterSunday(2027)).toBe('2027-03-28');
		expect(easterSunday(2030)).toBe('2030-04-21');
	});

	it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
		expect(publicHolidayOn('2025-04-26')?.key).toBe('kings-day');
		expect(publicHolidayOn('2025-04-27')).toBeUndefined();
	});

	it('counts Bevrijdingsdag only in lustrum years and never Goede Vrijdag', () => {
		expect(publicHolidayOn('2030-05-05')?.key).toBe('liberation-day');
		expect(publicHolidayOn('2026-05-05')).toBeUndefined();
		expect(publicHolidayOn('2026-04-03')).toBeUndefined();
	});
});
