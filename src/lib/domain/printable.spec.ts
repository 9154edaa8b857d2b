import { describe, expect, it } from 'vitest';
import { coverageSource } from '../../../scripts/print-coverage.js';
import { readFileSync } from 'node:fs';
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
		expect(readFileSync('src/lib/domain/print-coverage.ts', 'utf8')).toBe(coverageSource());
	});
});
