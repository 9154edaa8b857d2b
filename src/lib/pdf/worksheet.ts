/** The children's worksheet: big title, the instruction, a name line and room to draw or write. */
import type { Card } from '$lib/model';
import { texts, type PdfOptions } from './common';
import { PdfWriter, MM, INK } from './writer';

/** Cards that have a worksheet. */
export function withWorksheet(cards: readonly Card[]): Card[] {
	return cards.filter((card) => card.worksheet !== null);
}

/** Writes the worksheet of a card from a new page on (nothing when it has none). */
export function writeWorksheet(
	w: PdfWriter,
	card: Card,
	lang: PdfOptions['lang'],
	bookmarkLevel?: number
): void {
	const sheet = card.worksheet;
	if (!sheet) return;
	const t = texts(lang);
	w.newPage('A4');
	if (bookmarkLevel !== undefined) w.bookmark(sheet.title || card.title, bookmarkLevel);
	w.paragraph(sheet.title || card.title, { size: 32, bold: true, leading: 1.2 });
	w.space(4);
	if (sheet.instruction.trim()) w.paragraph(sheet.instruction, { size: 18, leading: 1.4 });
	w.space(8 * MM);

	// Name line: "Naam:" followed by a line to write on.
	w.ensure(14 * MM);
	const label = t.print_worksheet_name();
	const labelWidth = w.drawText(label, w.left, w.y - 18, { size: 18, bold: true });
	w.page.drawLine({
		start: { x: w.left + labelWidth + 3 * MM, y: w.y - 20 },
		end: { x: w.left + w.width, y: w.y - 20 },
		thickness: 1,
		color: INK
	});
	w.y -= 14 * MM;

	if (sheet.area === 'lines') w.writingLines(13 * MM);
	else w.frame(80 * MM);
}

/** Worksheets for the chosen cards that have one, `copies` of each (one per child). */
export async function buildWorksheets(
	cards: readonly Card[],
	options: PdfOptions,
	copies = 1
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const sheets = withWorksheet(cards);
	const title =
		sheets.length === 1 ? (sheets[0].worksheet?.title ?? '') : t.print_worksheets_title();
	const w = await PdfWriter.create({ ...options, title: title || t.print_worksheets_title() });
	const count = Math.max(1, Math.min(40, Math.floor(copies)));
	for (const card of sheets) {
		for (let copy = 0; copy < count; copy++) writeWorksheet(w, card, options.lang);
	}
	return w.finish();
}
