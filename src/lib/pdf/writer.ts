/**
 * A small flowing document writer on pdf-lib: headings, paragraphs, lists, checklists and
 * tables that wrap and continue on the next page, so nothing is clipped or overlaps.
 * Page numbers, bookmarks and metadata are written by `finish()`.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { print_page_of } from '$lib/paraglide/messages.js';
import { cleanText, FontSet, type FontBytes } from './fonts';
import { writeOutline, type OutlineEntry } from './outline';
import { wrapText } from './wrap';
import { loadHyphenator, type Hyphenator } from './hyphenate';

export type PageFormat = 'A4' | 'A4-landscape' | 'A6';
export type Lang = 'nl' | 'en';

/** Page sizes in points (1 mm = 2.835 pt). */
export const PAGE_SIZES: Record<PageFormat, [number, number]> = {
	A4: [595.28, 841.89],
	'A4-landscape': [841.89, 595.28],
	A6: [297.64, 419.53]
};

export const MM = 72 / 25.4;
export const INK = rgb(0.08, 0.08, 0.1);
export const GREY = rgb(0.4, 0.4, 0.42);
export const LIGHT = rgb(0.9, 0.91, 0.93);

export interface WriterOptions {
	fonts: FontBytes;
	title: string;
	lang: Lang;
	format?: PageFormat;
	/** Page margin in points (default 18 mm on A4, 8 mm on A6). */
	margin?: number;
	/** Body text size in points (default 12). */
	baseSize?: number;
	/** "Pagina x van y" at the foot of each page (default true). */
	pageNumbers?: boolean;
	subject?: string;
}

export interface TextStyle {
	size?: number;
	bold?: boolean;
	color?: RGB;
	/** Extra left indent in points. */
	indent?: number;
	/** Line height as a factor of the size (default 1.35). */
	leading?: number;
}

/** A table cell: text, or text with style and an optional grey note below it. */
export type Cell =
	| string
	| { text: string; bold?: boolean; color?: RGB; fill?: RGB; note?: string; noteColor?: RGB };

interface CellLine {
	text: string;
	bold?: boolean;
	color?: RGB;
}

export interface Column {
	header: string;
	/** Relative width; all columns share the content width. */
	width: number;
	/** 'right' for numbers (header and cells); left by default. */
	align?: 'left' | 'right';
}

export interface TableOptions {
	size?: number;
	/** Smallest row height in points (room to tick or sign). */
	minRowHeight?: number;
	headerFill?: RGB;
}

/**
 * No document the app makes comes near this (a series pack is about 40 pages, 200 cut-out
 * cards with backs 100); a text that would run past it is refused with a message instead of
 * a file of thousands of pages.
 */
export const MAX_PAGES = 500;

/** Fewest lines on the last page of a part (a card, a plan) that runs over a page. */
export const MIN_TAIL_LINES = 5;

/** A document that would pass MAX_PAGES (the app's error texts say so in the user's language). */
export class PdfTooLongError extends Error {
	override name = 'PdfTooLongError';
	constructor(readonly maxPages = MAX_PAGES) {
		super(`The document would have more than ${maxPages} pages.`);
	}
}

export class PdfWriter {
	page!: PDFPage;
	/** The cursor: the top of the next thing to draw, in PDF points from the bottom. */
	y = 0;
	readonly baseSize: number;
	private format: PageFormat;
	private readonly outline: OutlineEntry[] = [];
	private readonly margins = new Map<PDFPage, number>();
	private readonly fontKeys = new Map<PDFPage, Map<PDFFont, unknown>>();
	/** Baselines drawn per page (page numbers excluded): how full a page is. */
	private readonly baselines = new Map<PDFPage, Set<number>>();
	/** Points by which a page (by index) ends higher, so a short tail takes lines along. */
	private readonly raised = new Map<number, number>();

	private constructor(
		readonly doc: PDFDocument,
		readonly fonts: FontSet,
		private readonly options: WriterOptions,
		private readonly hyphenate?: Hyphenator
	) {
		this.format = options.format ?? 'A4';
		this.baseSize = options.baseSize ?? 12;
	}

	/** A new document with its fonts embedded and no page yet (the first write adds one). */
	static async create(options: WriterOptions): Promise<PdfWriter> {
		const doc = await PDFDocument.create();
		const [fonts, hyphenate] = await Promise.all([
			FontSet.embed(doc, options.fonts),
			loadHyphenator(options.lang)
		]);
		const title = cleanText(options.title);
		doc.setTitle(title, { showInWindowTitleBar: true });
		doc.setLanguage(options.lang === 'nl' ? 'nl-NL' : 'en-GB');
		doc.setCreator('KIES Toolkit');
		doc.setProducer('KIES Toolkit (pdf-lib)');
		if (options.subject) doc.setSubject(cleanText(options.subject));
		return new PdfWriter(doc, fonts, { ...options, title }, hyphenate);
	}

	get margin(): number {
		return this.page ? (this.margins.get(this.page) ?? this.defaultMargin()) : this.defaultMargin();
	}
	get left(): number {
		return this.margin;
	}
	get width(): number {
		const pageWidth = this.page ? this.page.getWidth() : PAGE_SIZES[this.format][0];
		return pageWidth - 2 * this.margin;
	}
	/** The lowest y content may reach (room for the page number below). */
	get bottom(): number {
		const raised = this.page ? (this.raised.get(this.doc.getPageCount() - 1) ?? 0) : 0;
		return this.margin + (this.options.pageNumbers === false ? 0 : this.baseSize * 1.2) + raised;
	}
	get top(): number {
		const pageHeight = this.page ? this.page.getHeight() : PAGE_SIZES[this.format][1];
		return pageHeight - this.margin;
	}

	/** Starts a new page, optionally in another format from now on. */
	newPage(format: PageFormat = this.format): PDFPage {
		if (this.doc.getPageCount() >= MAX_PAGES) throw new PdfTooLongError();
		this.format = format;
		this.page = this.doc.addPage(PAGE_SIZES[format]);
		this.margins.set(this.page, this.defaultMargin());
		this.y = this.top;
		return this.page;
	}

	/** Makes sure `height` points fit below the cursor, else starts a new page. */
	ensure(height: number): void {
		if (!this.page) this.newPage();
		else if (this.y - height < this.bottom && this.y < this.top) this.newPage();
	}

	space(points: number): void {
		if (!this.page) this.newPage();
		this.y = Math.max(this.bottom, this.y - points);
	}

	/** Adds a bookmark at the cursor (call after `ensure`, before drawing). */
	bookmark(title: string, level = 0): void {
		if (!this.page) this.newPage();
		this.outline.push({ title: cleanText(title), level, pageRef: this.page.ref, y: this.y });
	}

	/** Adds a bookmark to the top of an earlier page (by index), after the ones made so far. */
	bookmarkPage(title: string, level: number, pageIndex: number): void {
		const page = this.doc.getPage(pageIndex);
		this.outline.push({ title: cleanText(title), level, pageRef: page.ref, y: page.getHeight() });
	}

	/**
	 * Writes a part that starts on a new page (a card, a plan) so that its last page is never
	 * near-empty: when it would hold fewer than `minLines` lines (a footer alone, two material
	 * lines), the part is written again with the page before ending higher, so lines go along.
	 */
	keepTail(write: () => void, minLines = MIN_TAIL_LINES): void {
		const firstPage = this.doc.getPageCount();
		const outlineLength = this.outline.length;
		for (let attempt = 0; ; attempt++) {
			write();
			const last = this.doc.getPageCount() - 1;
			const lines = this.baselines.get(this.doc.getPage(last))?.size ?? 0;
			if (last <= firstPage || lines >= minLines || attempt >= 6) return;
			const before = last - 1;
			const raise = (this.raised.get(before) ?? 0) + (minLines - lines) * this.baseSize * 1.4;
			if (raise > (this.top - this.margin) / 2) return;
			for (let index = last; index >= firstPage; index--) this.doc.removePage(index);
			this.outline.length = outlineLength;
			this.raised.set(before, raise);
			this.page = firstPage > 0 ? this.doc.getPage(firstPage - 1) : (undefined as never);
		}
	}

	/** Draws one line of text at a position (no wrapping): for custom layouts. */
	drawText(text: string, x: number, y: number, style: TextStyle = {}): number {
		const size = style.size ?? this.baseSize;
		let lines = this.baselines.get(this.page);
		if (!lines) this.baselines.set(this.page, (lines = new Set()));
		lines.add(Math.round(y));
		let cursor = x;
		for (const run of this.fonts.runs(cleanText(text), style.bold)) {
			this.useFont(run.font);
			this.page.drawText(run.text, { x: cursor, y, size, color: style.color ?? INK });
			cursor += run.font.widthOfTextAtSize(run.text, size);
		}
		return cursor - x;
	}

	/**
	 * Makes `font` the page's current font. pdf-lib's `drawText({ font })` adds a new entry to
	 * the page's font dictionary on every call (slow, and a bloated file); this keeps one key
	 * per font and page.
	 */
	private useFont(font: PDFFont): void {
		const page = this.page as unknown as { font?: PDFFont; fontKey?: unknown };
		if (page.font === font) return;
		let keys = this.fontKeys.get(this.page);
		if (!keys) this.fontKeys.set(this.page, (keys = new Map()));
		const key = keys.get(font);
		if (key !== undefined) {
			page.font = font;
			page.fontKey = key;
		} else {
			this.page.setFont(font);
			keys.set(font, page.fontKey);
		}
	}

	textWidth(text: string, size = this.baseSize, bold = false): number {
		return this.fonts.width(cleanText(text), size, bold);
	}

	wrap(text: string, width: number, size = this.baseSize, bold = false): string[] {
		return wrapText(this.fonts, cleanText(text), width, size, bold, this.hyphenate);
	}

	/** Wrapped text that continues on the next page when the page is full. */
	paragraph(text: string, style: TextStyle = {}): void {
		if (!this.page) this.newPage();
		const size = style.size ?? this.baseSize;
		const lineHeight = size * (style.leading ?? 1.35);
		const indent = style.indent ?? 0;
		for (const line of this.wrap(text, this.width - indent, size, style.bold)) {
			this.ensure(lineHeight);
			this.drawText(line, this.left + indent, this.y - size, style);
			this.y -= lineHeight;
		}
	}

	/** A heading that never ends up alone at the foot of a page; optionally bookmarked. */
	heading(text: string, level: 1 | 2 | 3 = 1, options: { bookmark?: number } = {}): void {
		const size = [0, this.baseSize * 2, this.baseSize * 1.45, this.baseSize * 1.15][level];
		const lines = this.wrap(text, this.width, size, true);
		const firstHeight = size * 1.25 + this.baseSize * 1.35 * 2;
		if (this.page && this.y < this.top) this.y -= size * 0.5;
		this.ensure(Math.min(firstHeight + (lines.length - 1) * size * 1.25, this.top - this.bottom));
		if (options.bookmark !== undefined) this.bookmark(text, options.bookmark);
		this.paragraph(text, { size, bold: true, leading: 1.25 });
		this.y -= size * 0.25;
	}

	/** A bulleted or numbered list with hanging indents. */
	list(items: readonly string[], options: TextStyle & { numbered?: boolean } = {}): void {
		const size = options.size ?? this.baseSize;
		const lineHeight = size * 1.35;
		const base = options.indent ?? 0;
		const markerWidth = options.numbered
			? this.textWidth(`${items.length}.`, size) + size * 0.6
			: size * 1.1;
		items.forEach((item, index) => {
			const lines = this.wrap(item, this.width - base - markerWidth, size, options.bold);
			this.ensure(lineHeight);
			const marker = options.numbered ? `${index + 1}.` : '•';
			this.drawText(marker, this.left + base, this.y - size, {
				...options,
				size,
				bold: options.numbered
			});
			lines.forEach((line) => {
				this.ensure(lineHeight);
				this.drawText(line, this.left + base + markerWidth, this.y - size, { ...options, size });
				this.y -= lineHeight;
			});
			this.y -= size * 0.2;
		});
	}

	/** Items with an empty box in front, to tick on paper. */
	checklist(items: readonly string[], style: TextStyle = {}): void {
		const size = style.size ?? this.baseSize;
		const lineHeight = size * 1.35;
		const box = size * 0.95;
		const gap = box + size * 0.6;
		for (const item of items) {
			const lines = this.wrap(item, this.width - gap, size, style.bold);
			this.ensure(lineHeight + size * 0.3);
			this.page.drawRectangle({
				x: this.left,
				y: this.y - size * 1.05,
				width: box,
				height: box,
				borderColor: INK,
				borderWidth: 1
			});
			for (const line of lines) {
				this.ensure(lineHeight);
				this.drawText(line, this.left + gap, this.y - size, style);
				this.y -= lineHeight;
			}
			this.y -= size * 0.3;
		}
	}

	/** A table with a header row that repeats on every page; tall rows are split. */
	table(
		columns: readonly Column[],
		rows: readonly (readonly Cell[])[],
		options: TableOptions = {}
	): void {
		if (!this.page) this.newPage();
		const size = options.size ?? this.baseSize;
		const lineHeight = size * 1.3;
		const pad = size * 0.4;
		const total = columns.reduce((sum, c) => sum + c.width, 0);
		const widths = columns.map((c) => (c.width / total) * this.width);
		const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
		const header: Cell[] = columns.map((c) => ({
			text: c.header,
			bold: true,
			fill: options.headerFill ?? LIGHT
		}));

		const drawRow = (cells: readonly Cell[], isHeader: boolean): void => {
			const normal = cells.map((cell) => (typeof cell === 'string' ? { text: cell } : cell));
			let pending: CellLine[][] = normal.map((cell, i) => {
				const inner = widths[i] - 2 * pad;
				const main = cell.text
					? this.wrap(cell.text, inner, size, cell.bold).map((text) => ({ ...cell, text }))
					: [];
				const note = cell.note
					? this.wrap(cell.note, inner, size).map((text) => ({
							text,
							color: cell.noteColor ?? GREY
						}))
					: [];
				return [...main, ...note];
			});
			let first = true;
			while (first || pending.some((lines) => lines.length > 0)) {
				const oneLine = lineHeight + 2 * pad;
				const required = first ? Math.max(options.minRowHeight ?? 0, oneLine) : oneLine;
				if (this.y - required < this.bottom) {
					this.newPage();
					if (!isHeader) drawRow(header, true);
				}
				const room = Math.floor((this.y - this.bottom - 2 * pad) / lineHeight);
				const take = pending.map((lines) => lines.slice(0, Math.max(1, room)));
				const height = Math.max(
					first ? (options.minRowHeight ?? 0) : 0,
					Math.max(1, ...take.map((l) => l.length)) * lineHeight + 2 * pad
				);
				normal.forEach((cell, i) => {
					this.page.drawRectangle({
						x: xs[i],
						y: this.y - height,
						width: widths[i],
						height,
						borderColor: GREY,
						borderWidth: 0.75,
						color: cell.fill
					});
					take[i].forEach((line, n) => {
						const x =
							columns[i].align === 'right'
								? xs[i] + widths[i] - pad - this.textWidth(line.text, size, line.bold)
								: xs[i] + pad;
						this.drawText(line.text, x, this.y - pad - size - n * lineHeight, {
							size,
							bold: line.bold,
							color: line.color
						});
					});
				});
				this.y -= height;
				pending = pending.map((lines, i) => lines.slice(take[i].length));
				first = false;
			}
		};
		this.ensure(3 * (lineHeight + 2 * pad));
		drawRow(header, true);
		for (const row of rows) drawRow(row, false);
		this.y -= size * 0.5;
	}

	/** Ruled lines to write on, down to the foot of the page (or `count` lines). */
	writingLines(spacing = 12 * MM, count?: number): void {
		this.ensure(spacing * 2);
		let drawn = 0;
		while (this.y - spacing >= this.bottom && (count === undefined || drawn < count)) {
			this.y -= spacing;
			this.page.drawLine({
				start: { x: this.left, y: this.y },
				end: { x: this.left + this.width, y: this.y },
				thickness: 0.75,
				color: GREY
			});
			drawn += 1;
		}
	}

	/** An empty framed area down to the foot of the page (at least `minHeight` points). */
	frame(minHeight = 60 * MM): void {
		this.ensure(minHeight);
		const height = this.y - this.bottom;
		this.page.drawRectangle({
			x: this.left,
			y: this.bottom,
			width: this.width,
			height,
			borderColor: GREY,
			borderWidth: 1.25
		});
		this.y = this.bottom;
	}

	/** A thin line across the content width. */
	rule(color: RGB = LIGHT, thickness = 1): void {
		this.ensure(thickness + 4);
		this.y -= 2;
		this.page.drawLine({
			start: { x: this.left, y: this.y },
			end: { x: this.left + this.width, y: this.y },
			thickness,
			color
		});
		this.y -= 2 + thickness;
	}

	/** Page numbers, bookmarks; returns the PDF file. */
	async finish(): Promise<Uint8Array> {
		if (this.doc.getPageCount() === 0) this.newPage();
		const pages = this.doc.getPages();
		if (this.options.pageNumbers !== false) {
			pages.forEach((page, index) => {
				const label = print_page_of(
					{ n: String(index + 1), total: String(pages.length) },
					{ locale: this.options.lang }
				);
				const size = page.getWidth() < 400 ? 8 : 10;
				const width = this.fonts.width(label, size);
				const margin = this.margins.get(page) ?? this.defaultMargin();
				this.page = page;
				this.drawText(label, (page.getWidth() - width) / 2, margin - size * 0.2, {
					size,
					color: GREY
				});
			});
		}
		writeOutline(this.doc, this.outline);
		return this.doc.save();
	}

	private defaultMargin(): number {
		return this.options.margin ?? (this.format === 'A6' ? 8 * MM : 18 * MM);
	}
}
