import { describe, expect, it } from 'vitest';
import { coverageRanges } from '../../../scripts/print-coverage.js';
import { PRINTABLE_RANGES } from './print-coverage';
import { unprintableCharacters } from './printable';

describe('printable characters', () => {
	it('finds nothing missing in Turkish, Chinese, Arabic, Hebrew, Greek and Cyrillic names', () => {
		for (const name of ['Şeyma', '李明', 'فاطمة الزهراء', 'שרה', 'Ελένη', 'Юлия', 'Noe\u0301mi']) {
			expect(unprintableCharacters(name), name).toEqual([]);
		}
	});

	it('names the characters of scripts no PDF font has', () => {
		expect(unprintableCharacters('민준')).toEqual(['민', '준']);
		expect(unprintableCharacters('สมชาย')).not.toEqual([]);
		expect(unprintableCharacters('Zoë 🦄')).toEqual(['🦄']);
	});

	it('is generated from the fonts as they are now', () => {
		const ranges = (coverageRanges() as number[][]).flat().map((n) => n.toString(36));
		expect(PRINTABLE_RANGES).toBe(ranges.join(','));
	});
});
