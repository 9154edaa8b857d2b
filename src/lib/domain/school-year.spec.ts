import { describe, expect, it } from 'vitest';
import {
	inRange,
	isValidRange,
	schoolYearLabel,
	schoolYearOf,
	schoolYearRange,
	schoolYearsToOffer
} from './school-year';

describe('school year', () => {
	it('starts on 1 August and ends on 31 July', () => {
		expect(schoolYearOf('2025-07-31')).toBe(2024);
		expect(schoolYearOf('2025-08-01')).toBe(2025);
		expect(schoolYearOf('2026-01-15')).toBe(2025);
		expect(schoolYearRange(2025)).toEqual({ from: '2025-08-01', to: '2026-07-31' });
		expect(schoolYearLabel(2025)).toBe('2025-2026');
	});

	it('includes both ends of a range', () => {
		const range = schoolYearRange(2025);
		expect(inRange('2025-08-01', range)).toBe(true);
		expect(inRange('2026-07-31', range)).toBe(true);
		expect(inRange('2026-08-01', range)).toBe(false);
	});

	it('refuses a range that ends before it starts or has no real days', () => {
		expect(isValidRange({ from: '2026-03-01', to: '2026-02-01' })).toBe(false);
		expect(isValidRange({ from: '2026-02-30', to: '2026-03-01' })).toBe(false);
		expect(isValidRange({ from: '2026-02-01', to: '2026-02-01' })).toBe(true);
	});

	it('offers the years that have data and the current one, newest first', () => {
		expect(schoolYearsToOffer(['2023-09-01', '2024-02-01', 'nonsense'], 2026)).toEqual([
			2026, 2023
		]);
	});
});
