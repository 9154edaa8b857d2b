/**
 * Names in other scripts: every glyph is drawn (checked by rendering with pdftoppm, since a
 * blank subset glyph still "extracts" as text), right-to-left names keep their order, and a
 * name no font has is refused on screen (see domain/printable.ts) instead of printed as □.
 */
import { describe, expect, it } from 'vitest';
import { makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { graphemes, MISSING_GLYPH, needsCjkFont } from './fonts';
import { loadFontBytes } from './fonts-node';
import { buildRegister } from './register';
import { darkPixelsPerPage, inkInBoxes, readPdf } from './testing';
import { PdfWriter } from './writer';

const NAMES = [
	'李明',
	'王芳',
	'Şeyma',
	'Çağrı Öztürk',
	'فاطمة الزهراء',
	'مريم',
	'שרה לוי',
	'Ελένη',
	'Юлия'
];

describe('names in other scripts', () => {
	it('draws every glyph of Chinese, Arabic, Hebrew and Turkish names, each on its own', async () => {
		const text = NAMES.join('');
		const w = await PdfWriter.create({
			fonts: await loadFontBytes(text),
			title: 'Glyphs',
			lang: 'nl'
		});
		w.newPage('A4');
		const cells: { char: string; x: number; y: number }[] = [];
		const chars = [...new Set(graphemes(text).filter((c) => c.trim()))];
		chars.forEach((char, i) => {
			const x = 40 + (i % 10) * 50;
			const y = 780 - Math.floor(i / 10) * 50;
			cells.push({ char, x, y });
			w.drawText(char, x, y, { size: 28 });
			w.drawText(char, x, y - 400, { size: 28, bold: true });
		});
		const bytes = await w.finish();
		const regular = inkInBoxes(
			bytes,
			cells.map((c) => ({ x: c.x - 4, y: c.y - 10, width: 48, height: 42 }))
		);
		const bold = inkInBoxes(
			bytes,
			cells.map((c) => ({ x: c.x - 4, y: c.y - 410, width: 48, height: 42 }))
		);
		const blank = cells.filter((_, i) => regular[i] < 15 || bold[i] < 15).map((c) => c.char);
		expect(blank, 'glyphs drawn blank').toEqual([]);
		expect((await readPdf(bytes)).text).not.toContain(MISSING_GLYPH);
	});

	it('prints 李明, Şeyma and an Arabic name in the register, in both languages', async () => {
		const group = makeGroup({ name: 'Groep 7-12' });
		const sessions = [makeSession({ groupId: group.id, number: 1, date: '2026-02-03' })];
		const participants = ['李明', 'Şeyma', 'فاطمة الزهراء'].map((name) =>
			makeParticipant({ groupId: group.id, name })
		);
		const data = { group, sessions, participants };
		for (const lang of ['nl', 'en'] as const) {
			const bytes = await buildRegister(data, { fonts: await loadFontBytes('李明'), lang });
			const pdf = await readPdf(bytes);
			expect(pdf.text).toContain('李明');
			expect(pdf.text).toContain('Şeyma');
			expect(pdf.text).not.toContain(MISSING_GLYPH);
			for (const ink of darkPixelsPerPage(bytes)) expect(ink).toBeGreaterThan(300);
		}
	});

	it('keeps the words of a right-to-left name in right-to-left order', async () => {
		const fonts = await loadFontBytes();
		const w = await PdfWriter.create({ fonts, title: 'RTL', lang: 'nl' });
		w.newPage('A4');
		const runs = w.fonts.runs('Naam: فاطمة الزهراء en Sara');
		// The two Arabic words are one run, so fontkit orders the phrase as a whole.
		expect(runs.map((r) => r.text)).toContain('فاطمة الزهراء');
		expect(runs.map((r) => r.text).join('')).toBe('Naam: فاطمة الزهراء en Sara');
	});

	it('loads the CJK font only for texts that need it', async () => {
		expect(needsCjkFont('Şeyma en Mehmet')).toBe(false);
		expect(needsCjkFont('李明')).toBe(true);
		expect((await loadFontBytes('Şeyma')).cjk).toBeUndefined();
		expect((await loadFontBytes('李明')).cjk?.byteLength).toBeGreaterThan(1_000_000);
	});
});
