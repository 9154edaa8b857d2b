import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_BOM, fileName, safeFileName, slug, toCsv } from './files';

describe('slug', () => {
	it('folds accents and joins words with single dashes', () => {
		expect(slug('Şeyma’s groep 7-12!')).toBe('seyma-s-groep-7-12');
		expect(slug('Straße Łódź Øresund')).toBe('strasse-lodz-oresund');
	});

	it('falls back when nothing readable is left, and stops at 60 characters', () => {
		expect(slug('李 😊')).toBe('kies');
		expect(slug('!!', '')).toBe('');
		expect(slug('a '.repeat(40)).length).toBeLessThanOrEqual(60);
		expect(slug('a '.repeat(40)).endsWith('-')).toBe(false);
	});
});

describe('fileName', () => {
	it('leaves out empty parts', () => {
		expect(fileName(['presentielijst', '', '2026-03-02'], 'csv')).toBe(
			'presentielijst-2026-03-02.csv'
		);
		expect(fileName([], 'ics')).toBe('kies.ics');
	});
});

describe('safeFileName', () => {
	it('replaces the characters file systems refuse and keeps the words', () => {
		expect(safeFileName('overdracht: a/b?.pdf')).toBe('overdracht- a-b-.pdf');
		expect(safeFileName('  ')).toBe('kies');
	});
});

describe('toCsv', () => {
	it('writes the Dutch Excel dialect: BOM, semicolons, CRLF, quoted cells', () => {
		const text = toCsv([
			['naam', 'opmerking'],
			['Ada', 'zegt "hoi"; lacht']
		]);
		expect(text.startsWith(CSV_BOM)).toBe(true);
		expect(text.slice(1)).toBe('naam;opmerking\r\nAda;"zegt ""hoi""; lacht"');
	});

	it('makes formulas harmless, and the text reads back to the same cells', () => {
		const rows = [['=SUM(A1)', '+31 6', '@x', 'gewoon']];
		const text = toCsv(rows);
		expect(text).not.toMatch(/(^|;)=SUM/);
		const back = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
		expect(back[0].map((cell) => cell.replace(/^'/, ''))).toEqual(rows[0]);
	});
});
