import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './numbers';

describe('numbers', () => {
	it('writes numbers and percentages exactly as Intl does, with or without the short cut', () => {
		for (const lang of ['nl', 'en'] as const) {
			const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
			const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
			const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
			const fractions = [
				[1, 1],
				[1, 0],
				[2, 2],
				[2, 0]
			].map(([max, min]) => ({
				max,
				min,
				intl: new Intl.NumberFormat(locale, {
					minimumFractionDigits: min,
					maximumFractionDigits: max
				})
			}));
			const values = [0, 1, -5, 999, 1000, -1000, 12345, 0.5, 2.5, -2.5, 1e9, -0, -0.04, 999.96];
			for (let i = -3000; i <= 3000; i += 1) values.push(i / 8, i / 3, i * 0.1, i * 0.35);
			for (const value of values) {
				expect(formatNumber(value, lang)).toBe(whole.format(value));
				for (const { max, min, intl } of fractions) {
					expect(formatNumber(value, lang, max, min)).toBe(intl.format(value));
				}
			}
			// Every share a group of up to 40 can give, plus a fine sweep and the odd ones.
			const shares = [-0.01, 0.005, 0.015, 0.145, 0.285, 1.005, 10, 0.1 + 0.2];
			for (let total = 1; total <= 40; total += 1) {
				for (let part = 0; part <= total; part += 1) shares.push(part / total);
			}
			for (let i = 0; i <= 2000; i += 1) shares.push(i / 1000);
			for (const share of shares) expect(formatPercent(share, lang)).toBe(percent.format(share));
		}
		expect(formatNumber(1234, 'nl')).toBe('1.234');
		expect(formatNumber(1234, 'en')).toBe('1,234');
		expect(formatNumber(2.5, 'nl', 1)).toBe('2,5');
	});
});
