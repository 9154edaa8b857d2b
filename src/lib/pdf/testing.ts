/** Test helpers (Node only): read a PDF back like a reader would, and render it with poppler. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

export interface ReadPdf {
	pageCount: number;
	/** Text of each page, whitespace collapsed. */
	pages: string[];
	/** All text, whitespace collapsed. */
	text: string;
	/** [width, height] of each page in points, rounded. */
	sizes: [number, number][];
	title: string;
	language: string;
	creator: string;
	/** Bookmark titles, depth-first, indented with "  " per level. */
	outline: string[];
}

interface OutlineNode {
	title: string;
	items: OutlineNode[];
}

/** Parses a PDF with pdf.js (through unpdf), as a PDF reader would. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const { text } = await extractText(pdf, { mergePages: false });
	const pages = (text as string[]).map((t) => t.replace(/\s+/g, ' ').trim());
	const sizes: [number, number][] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		const [x0, y0, x1, y1] = page.view;
		sizes.push([Math.round(x1 - x0), Math.round(y1 - y0)]);
	}
	const meta = await pdf.getMetadata();
	const info = meta.info as Record<string, string>;
	const outline: string[] = [];
	const walk = (nodes: OutlineNode[] | null, depth: number): void => {
		for (const node of nodes ?? []) {
			outline.push('  '.repeat(depth) + node.title);
			walk(node.items, depth + 1);
		}
	};
	walk((await pdf.getOutline()) as OutlineNode[] | null, 0);
	return {
		pageCount: pdf.numPages,
		pages,
		text: pages.join(' '),
		sizes,
		title: info.Title ?? '',
		language: info.Language ?? '',
		creator: info.Creator ?? '',
		outline
	};
}

/** Fails with what to do when pdftoppm is missing: a render check never skips. */
function requirePdftoppm(): void {
	if (!existsSync('/usr/bin/pdftoppm')) {
		throw new Error(
			'pdftoppm is missing: run `node scripts/ensure-tools.js` (as root it installs poppler-utils)'
		);
	}
}

/**
 * Renders every page with pdftoppm (grey, 40 dpi) and counts the dark pixels per page:
 * blank glyphs (the subset-font trap) show up as pages without ink.
 */
export function darkPixelsPerPage(bytes: Uint8Array, dpi = 40): number[] {
	requirePdftoppm();
	const dir = mkdtempSync(join(tmpdir(), 'kies-pdf-'));
	try {
		const file = join(dir, 'doc.pdf');
		writeFileSync(file, bytes);
		execFileSync('/usr/bin/pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
		return readdirSync(dir)
			.filter((name) => name.endsWith('.pgm'))
			.sort()
			.map((name) => countDark(readFileSync(join(dir, name))));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Dark pixels (< 128) in a binary PGM image. */
function countDark(pgm: Buffer): number {
	// Header: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
	let offset = 0;
	let fields = 0;
	while (fields < 4) {
		while (pgm[offset] === 0x20 || pgm[offset] === 0x0a || pgm[offset] === 0x0d) offset++;
		while (pgm[offset] !== 0x20 && pgm[offset] !== 0x0a && pgm[offset] !== 0x0d) offset++;
		fields++;
	}
	offset++;
	let dark = 0;
	for (let i = offset; i < pgm.length; i++) if (pgm[i] < 128) dark++;
	return dark;
}

export interface PageLayout {
	/** Distinct text lines (baselines) on the page. */
	lines: number;
	/** The smallest text size on the page in points (Infinity when it has no text). */
	smallest: number;
}

/** Lines and text sizes per page, as pdf.js reads them. */
export async function pageLayouts(bytes: Uint8Array): Promise<PageLayout[]> {
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const result: PageLayout[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		const baselines = new Set<number>();
		let smallest = Infinity;
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const [a, b, , , , y] = item.transform as number[];
			smallest = Math.min(smallest, Math.hypot(a, b));
			baselines.add(Math.round(y));
		}
		result.push({ lines: baselines.size, smallest });
	}
	return result;
}

/**
 * Share of the page's pixel rows (above the bottom `footerMm`, where page numbers go) that hold
 * any ink: a page with only a footer or two lines has very little; a table or a writing frame
 * down the page has much.
 */
export function inkedRowShare(bytes: Uint8Array, footerMm = 20, dpi = 30): number[] {
	requirePdftoppm();
	const dir = mkdtempSync(join(tmpdir(), 'kies-rows-'));
	try {
		const file = join(dir, 'doc.pdf');
		writeFileSync(file, bytes);
		execFileSync('/usr/bin/pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
		return readdirSync(dir)
			.filter((name) => name.endsWith('.pgm'))
			.sort()
			.map((name) => {
				const { width, height, pixels } = readPgm(readFileSync(join(dir, name)));
				const usable = height - Math.round((footerMm / 25.4) * dpi);
				let inked = 0;
				for (let row = 0; row < usable; row++) {
					const start = row * width;
					for (let x = 0; x < width; x++) {
						if (pixels[start + x] < 160) {
							inked++;
							break;
						}
					}
				}
				return inked / usable;
			});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function readPgm(pgm: Buffer): { width: number; height: number; pixels: Buffer } {
	const fields: number[] = [];
	let offset = 0;
	while (fields.length < 4) {
		while (pgm[offset] === 0x20 || pgm[offset] === 0x0a || pgm[offset] === 0x0d) offset++;
		const start = offset;
		while (pgm[offset] !== 0x20 && pgm[offset] !== 0x0a && pgm[offset] !== 0x0d) offset++;
		const token = pgm.subarray(start, offset).toString('latin1');
		fields.push(fields.length === 0 ? 0 : Number(token));
	}
	offset++;
	return { width: fields[1], height: fields[2], pixels: pgm.subarray(offset) };
}

/** A box on the first page, in PDF points (origin bottom left). */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Dark pixels inside each box of the first page, rendered by pdftoppm at 72 dpi (1 px = 1 pt). */
export function inkInBoxes(bytes: Uint8Array, boxes: readonly Box[]): number[] {
	requirePdftoppm();
	const dir = mkdtempSync(join(tmpdir(), 'kies-boxes-'));
	try {
		const file = join(dir, 'doc.pdf');
		writeFileSync(file, bytes);
		execFileSync('/usr/bin/pdftoppm', [
			'-gray',
			'-r',
			'72',
			'-f',
			'1',
			'-l',
			'1',
			file,
			join(dir, 'p')
		]);
		const name = readdirSync(dir).find((n) => n.endsWith('.pgm'))!;
		const { width, height, pixels } = readPgm(readFileSync(join(dir, name)));
		return boxes.map((box) => {
			let dark = 0;
			const top = Math.max(0, Math.floor(height - box.y - box.height));
			const bottom = Math.min(height, Math.ceil(height - box.y));
			for (let row = top; row < bottom; row++) {
				for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(width, box.x + box.width); x++) {
					if (pixels[row * width + x] < 128) dark++;
				}
			}
			return dark;
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * The text lines of each page as poppler's pdftotext reads them (layout mode), without the
 * page number ("Pagina 2 van 5", "Page 2 of 5") and empty lines.
 */
export function textLinesPerPage(bytes: Uint8Array): string[][] {
	if (!existsSync('/usr/bin/pdftotext')) {
		throw new Error(
			'pdftotext is missing: run `node scripts/ensure-tools.js` (as root it installs poppler-utils)'
		);
	}
	const dir = mkdtempSync(join(tmpdir(), 'kies-text-'));
	try {
		const file = join(dir, 'doc.pdf');
		writeFileSync(file, bytes);
		const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		const pages = text.split('\f');
		if (pages.at(-1)?.trim() === '') pages.pop();
		return pages.map((page) =>
			page
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line && !/^(Pagina \d+ van \d+|Page \d+ of \d+)$/.test(line))
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Fewest text lines a page may hold unless it is the last, or drawn full (a frame, ruled lines). */
export const MIN_PAGE_LINES = 5;

/**
 * The pages (1-based) that are near-empty: not the last, fewer than MIN_PAGE_LINES text lines
 * (pdftotext) and little ink down the page (a worksheet's frame or a card grid is not empty).
 */
export function nearEmptyPages(bytes: Uint8Array): { page: number; lines: string[] }[] {
	const pages = textLinesPerPage(bytes);
	const inked = inkedRowShare(bytes);
	return pages.flatMap((lines, index) =>
		index < pages.length - 1 && lines.length < MIN_PAGE_LINES && (inked[index] ?? 0) < 0.5
			? [{ page: index + 1, lines }]
			: []
	);
}
