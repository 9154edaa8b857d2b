import { describe, expect, it } from 'vitest';
import { loadFontBytes } from './fonts-node';
import { darkPixelsPerPage, readPdf } from './testing';
import { MAX_PAGES, PdfTooLongError, PdfWriter, type WriterOptions } from './writer';

async function writer(overrides: Partial<WriterOptions> = {}): Promise<PdfWriter> {
	return PdfWriter.create({
		fonts: await loadFontBytes(),
		title: 'Proef',
		lang: 'nl',
		...overrides
	});
}

describe('PdfWriter', () => {
	it('writes headings, paragraphs, lists, checklists and tables as real text', async () => {
		const w = await writer();
		w.heading('Sessieplan', 1, { bookmark: 0 });
		w.paragraph('Een gewone alinea met tekst.');
		w.list(['eerste punt', 'tweede punt'], { numbered: true });
		w.checklist(['schaar', 'lijm']);
		w.table(
			[
				{ header: 'Tijd', width: 1 },
				{ header: 'Onderdeel', width: 4 }
			],
			[['13:30', 'Welkom']]
		);
		const pdf = await readPdf(await w.finish());
		expect(pdf.pageCount).toBe(1);
		expect(pdf.sizes[0]).toEqual([595, 842]);
		for (const text of [
			'Sessieplan',
			'Een gewone alinea met tekst.',
			'1.',
			'tweede punt',
			'schaar',
			'Tijd',
			'Welkom',
			'Pagina 1 van 1'
		]) {
			expect(pdf.text).toContain(text);
		}
	});

	it('sets title, language and creator', async () => {
		const w = await writer({ title: 'Sessieplan Şeyma', lang: 'en' });
		w.paragraph('x');
		const pdf = await readPdf(await w.finish());
		expect(pdf.title).toBe('Sessieplan Şeyma');
		expect(pdf.creator).toBe('KIES Toolkit');
		expect(pdf.language).toBe('en-GB');
		expect(pdf.text).toContain('Page 1 of 1');
	});

	it('flows long text onto more pages and numbers them', async () => {
		const w = await writer();
		w.paragraph(Array.from({ length: 400 }, (_, i) => `woord${i}`).join(' '));
		w.paragraph('Z'.repeat(2000));
		const pdf = await readPdf(await w.finish());
		expect(pdf.pageCount).toBeGreaterThan(1);
		expect(pdf.text).toContain('woord0');
		expect(pdf.text).toContain('woord399');
		expect(pdf.pages[pdf.pageCount - 1]).toContain(`Pagina ${pdf.pageCount} van ${pdf.pageCount}`);
		// The very long word is broken across lines, not clipped: every Z is there.
		expect(pdf.text.replace(/[^Z]/g, '').length).toBe(2000);
	});

	it('stops at its page limit with an error instead of writing thousands of pages', async () => {
		const w = await writer();
		expect(() => w.paragraph('regel\n'.repeat(40_000))).toThrow(PdfTooLongError);
		const fine = await writer();
		fine.paragraph('regel\n'.repeat(2_000));
		expect((await readPdf(await fine.finish())).pageCount).toBeLessThanOrEqual(MAX_PAGES);
	});

	it('splits a table row taller than a page and repeats the header', async () => {
		const w = await writer();
		const tall = Array.from({ length: 120 }, (_, i) => `regel ${i}`).join('\n');
		w.table(
			[
				{ header: 'Kop', width: 1 },
				{ header: 'Inhoud', width: 3 }
			],
			[['a', tall]]
		);
		const pdf = await readPdf(await w.finish());
		expect(pdf.pageCount).toBeGreaterThan(1);
		expect(pdf.pages[1]).toContain('Inhoud');
		expect(pdf.text).toContain('regel 119');
	});

	it('writes nested bookmarks and mixed page formats', async () => {
		const w = await writer();
		w.heading('Deel 1', 1, { bookmark: 0 });
		w.heading('Onderdeel 1.1', 2, { bookmark: 1 });
		w.newPage('A4-landscape');
		w.heading('Register', 1, { bookmark: 0 });
		w.newPage('A6');
		w.paragraph('klein');
		const pdf = await readPdf(await w.finish());
		expect(pdf.outline).toEqual(['Deel 1', '  Onderdeel 1.1', 'Register']);
		expect(pdf.sizes).toEqual([
			[595, 842],
			[842, 595],
			[298, 420]
		]);
	});

	it('prints names in many scripts without throwing, replacing what no font has', async () => {
		const names = [
			'Şeyma',
			'Łucja',
			'Nguyễn Thị Ánh',
			'مريم',
			'李小龙',
			'Ελένη',
			'Юлия',
			'שרה',
			'Zoë 🦄',
			'Noe\u0301mi',
			'A\u0000B\u200dC'
		];
		const w = await writer();
		for (const name of names) w.paragraph(name);
		w.table(
			[{ header: 'Naam', width: 1 }],
			names.map((n) => [n])
		);
		const pdf = await readPdf(await w.finish());
		expect(pdf.text).toContain('Şeyma');
		expect(pdf.text).toContain('Łucja');
		expect(pdf.text).toContain('Nguyễn Thị Ánh');
		expect(pdf.text).toContain('Ελένη');
		expect(pdf.text).toContain('Юлия');
		expect(pdf.text).toContain('Noémi');
		expect(pdf.text).toContain('Zoë □');
		expect(pdf.text).toContain('□□□');
	});

	it('draws visible glyphs with both subset fonts (rendered with pdftoppm)', async () => {
		// Page 1 only Atkinson, page 2 only DejaVu fallback text (Greek, Cyrillic).
		const w = await writer({ pageNumbers: false });
		w.paragraph('Atkinson Hyperlegible '.repeat(20), { size: 20, bold: true });
		w.newPage();
		w.paragraph('Ελένη Юлия Ωмега '.repeat(20), { size: 20 });
		w.newPage();
		const dark = darkPixelsPerPage(await w.finish());
		expect(dark[0]).toBeGreaterThan(2000);
		expect(dark[1]).toBeGreaterThan(2000);
		expect(dark[2]).toBe(0);
	});
});
