import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS, PHASES, THEMES } from '$lib/model';
import { makeCard } from '../../../../tests/unit/factories';
import { CsvEncodingError, cardsToCsv, csvTemplate, csvToDrafts, decodeCsv } from './csv';
import { KIND_WORDS, PHASE_WORDS, THEME_WORDS } from './csv-words';
import { previewImport } from './import-preview';

const header = csvTemplate().slice(1).trim();
/** A row in the template's columns: id, titel, samenvatting, leeftijd, fase, themas, soort, … */
const row = (title: string, phase: string, themes: string, kind: string, summary = '') =>
	`;${title};${summary};7-12;${phase};${themes};${kind};15;4;10;;;;Stap een|Stap twee;;;;;;;;;`;

/** Bytes as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, CRLF. */
function windows1252(text: string): Uint8Array {
	const table: Record<string, number> = { ï: 0xef, é: 0xe9, ë: 0xeb, '€': 0x80, '’': 0x92 };
	const bytes = [...text].map((char) => {
		if (char.charCodeAt(0) < 0x80) return char.charCodeAt(0);
		if (char in table) return table[char];
		throw new Error(`no Windows-1252 byte for ${char}`);
	});
	return new Uint8Array(Buffer.from(bytes));
}

const catalogue = (lang: 'nl' | 'en') =>
	JSON.parse(readFileSync(`messages/cards/${lang}.json`, 'utf8')) as Record<string, string>;

describe('cards CSV from Dutch Excel', () => {
	it('reads a Windows-1252 file so "ruïne" and "Café" keep their accents', () => {
		const text = [header, row('Café de ruïne', 'Hoe het was', 'Gevoelens', 'Rollenspel')].join(
			'\r\n'
		);
		const bytes = windows1252(text);
		expect(bytes.includes(0xef)).toBe(true);
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		const [card] = csvToDrafts(decodeCsv(bytes));
		expect(card.draft.title).toBe('Café de ruïne');
		expect(card.issues).toEqual([]);
	});

	it('reads UTF-8 with and without a BOM the same way', () => {
		const text = [header, row('Café ‘één’ Şeyma', 'now', 'feelings', 'game')].join('\r\n');
		const plain = new TextEncoder().encode(text);
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
		expect(decodeCsv(plain)).toBe(text);
		expect(decodeCsv(withBom)).toBe(text);
		expect(csvToDrafts(decodeCsv(withBom))[0].draft.title).toBe('Café ‘één’ Şeyma');
	});

	it('refuses UTF-16 and binary bytes instead of guessing', () => {
		const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);
		expect(() => decodeCsv(utf16)).toThrow(CsvEncodingError);
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
		expect(() => decodeCsv(zip)).toThrow(CsvEncodingError);
		// 0x81 is a byte Windows-1252 leaves undefined.
		expect(() => decodeCsv(new Uint8Array([0x61, 0x81, 0x62]))).toThrow(CsvEncodingError);
	});

	it('reads Dutch words for phase, kind and theme, folding case and accents, and the old codes', () => {
		const text = [
			header,
			row('Een', 'hoe het was', 'GEVOELENS|Ruzie tussen ouders', 'rollen spel'),
			row('Twee', 'before', 'feelings|two-homes', 'role-play'),
			row('Drie', 'De Toekomst', 'Eigen thema|twee huizen', 'Creatief')
		].join('\r\n');
		const drafts = csvToDrafts(text).map((r) => r.draft);
		expect(drafts.map((d) => [d.phase, d.kind, d.themes])).toEqual([
			['before', 'role-play', ['feelings', 'conflict']],
			['before', 'role-play', ['feelings', 'two-homes']],
			['future', 'creative', ['Eigen thema', 'two-homes']]
		]);
	});

	it('writes Dutch words and reads them back to the same card', () => {
		const card = makeCard({
			phase: 'now',
			kind: 'relaxation',
			themes: ['asking-help', 'Mijn thema']
		});
		const csv = cardsToCsv([card]);
		const line = csv.split('\r\n')[1];
		expect(line).toContain(';Hoe het nu is;Hulp vragen|Mijn thema;Ontspanning;');
		expect(line).not.toMatch(/;now;|relaxation|asking-help/);
		const [back] = csvToDrafts(csv);
		expect(previewImport([back], [card]).unchanged).toEqual([{ row: 2, id: card.id }]);
	});

	it('refuses an unknown phase or kind with the value as typed, naming the row', () => {
		const text = [
			header,
			row('Een', 'Begin', 'Gevoelens', 'Spel'),
			row('Twee', '', '', 'Kwis')
		].join('\r\n');
		const preview = previewImport(csvToDrafts(text), []);
		expect(preview.added).toEqual([]);
		expect(preview.rejected).toEqual([
			{ row: 2, issues: [{ field: 'phase', code: 'invalid', value: 'Begin' }] },
			{
				row: 3,
				issues: [
					{ field: 'phase', code: 'required', value: '' },
					{ field: 'kind', code: 'invalid', value: 'Kwis' }
				]
			}
		]);
	});

	it('warns about a second import of the same file: every card is already in the library', () => {
		const text = [
			header,
			row('Café', 'Opening', 'Gevoelens', 'Spel'),
			row('Ruïne', 'Afsluiting', 'Kennismaken', 'Verhaal')
		].join('\r\n');
		const first = previewImport(csvToDrafts(decodeCsv(windows1252(text))), []);
		expect(first.added).toHaveLength(2);
		const library = first.added.map(({ draft }, i) =>
			makeCard({ ...draft, id: `card-${i}`, exampleId: null })
		);
		const second = previewImport(csvToDrafts(decodeCsv(windows1252(text))), library);
		expect(second.added).toEqual([]);
		expect(second.duplicates.map((d) => [d.row, d.of])).toEqual([
			[2, 'card-0'],
			[3, 'card-1']
		]);
	});

	it('uses the same Dutch and English names as the screens', () => {
		const nl = catalogue('nl');
		const en = catalogue('en');
		const key = (code: string) => code.replaceAll('-', '_');
		for (const phase of PHASES) {
			expect(PHASE_WORDS[phase]).toEqual({
				nl: nl[`cards_phase_${key(phase)}`],
				en: en[`cards_phase_${key(phase)}`]
			});
		}
		for (const kind of KINDS) {
			expect(KIND_WORDS[kind]).toEqual({
				nl: nl[`cards_kind_${key(kind)}`],
				en: en[`cards_kind_${key(kind)}`]
			});
		}
		for (const theme of THEMES) {
			expect(THEME_WORDS[theme]).toEqual({
				nl: nl[`cards_theme_${key(theme)}`],
				en: en[`cards_theme_${key(theme)}`]
			});
		}
	});
});
