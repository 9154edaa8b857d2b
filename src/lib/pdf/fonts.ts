/**
 * Fonts for every PDF: Atkinson Hyperlegible Next (readable for children and at arm's length)
 * with DejaVu Sans as fallback for the glyphs Atkinson lacks (Greek, Cyrillic, Arabic, Hebrew…).
 * Whatever no font can draw (emoji, CJK) is replaced by a visible "□": printing never throws.
 *
 * Font bytes come from a loader: the browser fetches the bundled files (`fonts-browser.ts`),
 * unit tests read them from node_modules (`fonts-node.ts`).
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface FontBytes {
	regular: Uint8Array | ArrayBuffer;
	bold: Uint8Array | ArrayBuffer;
	fallbackRegular: Uint8Array | ArrayBuffer;
	fallbackBold: Uint8Array | ArrayBuffer;
	/**
	 * Noto Sans SC for Chinese characters and Japanese kana (10 MB, so loaded only when a text
	 * needs it: see {@link needsCjkFont}); one weight serves regular and bold.
	 */
	cjk?: Uint8Array | ArrayBuffer;
}

/** Han characters, kana, bopomofo and CJK punctuation: what needs the CJK font. */
const CJK =
	/[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31bf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** True when a text (or anything that will be printed) holds characters only the CJK font has. */
export function needsCjkFont(text: string): boolean {
	return CJK.test(text);
}

/** Every string in a value (records, arrays, maps), joined: to ask which fonts a document needs. */
export function textOf(value: unknown): string {
	const parts: string[] = [];
	const walk = (item: unknown, depth: number): void => {
		if (depth > 8 || item === null || item === undefined) return;
		if (typeof item === 'string') parts.push(item);
		else if (item instanceof Map) for (const v of item.values()) walk(v, depth + 1);
		else if (Array.isArray(item)) for (const v of item) walk(v, depth + 1);
		else if (typeof item === 'object') for (const v of Object.values(item)) walk(v, depth + 1);
	};
	walk(value, 0);
	return parts.join('\n');
}

export type FontLoader = () => Promise<FontBytes>;

/** Shown for a character that no embedded font has. */
export const MISSING_GLYPH = '□';

interface Face {
	font: PDFFont;
	chars: Set<number>;
}

/** One piece of a line drawn with a single font. */
export interface Run {
	text: string;
	font: PDFFont;
}

// Code points that carry no ink and may be dropped when no font has them
// (zero-width joiners, variation selectors, direction marks, soft hyphen).
const INVISIBLE_RANGES: [number, number][] = [
	[0xad, 0xad],
	[0x200b, 0x200f],
	[0x2028, 0x202e],
	[0x2060, 0x2064],
	[0xfe00, 0xfe0f],
	[0xfeff, 0xfeff],
	[0xe0000, 0xe007f]
];
function isInvisible(char: string): boolean {
	const code = char.codePointAt(0)!;
	return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

const segmenter =
	typeof Intl !== 'undefined' && 'Segmenter' in Intl
		? new Intl.Segmenter('und', { granularity: 'grapheme' })
		: null;

/** The user-perceived characters of a text (a base letter with its combining marks is one). */
export function graphemes(text: string): string[] {
	if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
	return Array.from(text);
}

/** Makes any text safe to lay out: composed, no control characters, tabs as spaces. */
export function cleanText(text: string): string {
	return (
		String(text ?? '')
			.normalize('NFC')
			.replace(/\r\n?/g, '\n')
			.replace(/\t/g, '    ')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
	);
}

/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/** The regular and bold families of one document, with per-character font choice. */
export class FontSet {
	/** Widths at size 1, by text: wrapping measures the same words again and again. */
	private readonly widths = new Map<string, number>();

	private constructor(
		private readonly regularFaces: Face[],
		private readonly boldFaces: Face[]
	) {}

	/**
	 * Embeds the fonts into `doc`. Subsetting keeps files small; it was checked by rendering
	 * (pdftoppm) for both Atkinson and DejaVu (see fonts.spec.ts), unlike Noto which draws blank.
	 */
	static async embed(doc: PDFDocument, bytes: FontBytes): Promise<FontSet> {
		doc.registerFontkit(fontkit);
		const face = async (data: Uint8Array | ArrayBuffer): Promise<Face> => {
			const font = await doc.embedFont(data, { subset: true });
			skipLayoutForSimpleText(font);
			padSubsetGlyphs(font);
			return { font, chars: new Set(font.getCharacterSet()) };
		};
		const [regular, bold, fallbackRegular, fallbackBold, cjk] = await Promise.all([
			face(bytes.regular),
			face(bytes.bold),
			face(bytes.fallbackRegular),
			face(bytes.fallbackBold),
			bytes.cjk ? face(bytes.cjk) : null
		]);
		const extra = cjk ? [cjk] : [];
		return new FontSet([regular, fallbackRegular, ...extra], [bold, fallbackBold, ...extra]);
	}

	/** The main font (for measuring spaces and the like). */
	main(bold = false): PDFFont {
		return (bold ? this.boldFaces : this.regularFaces)[0].font;
	}

	/**
	 * Splits text into runs, each drawn with the first font that has all of its characters.
	 * Unknown characters become {@link MISSING_GLYPH}; invisible ones are dropped.
	 */
	runs(text: string, bold = false): Run[] {
		const faces = bold ? this.boldFaces : this.regularFaces;
		const result: Run[] = [];
		const clusters = graphemes(text);
		for (const [index, cluster] of clusters.entries()) {
			const last = result[result.length - 1];
			// A space between two right-to-left words stays in their run, so fontkit orders the
			// whole phrase right to left ("فاطمة الزهراء"), not word by word.
			if (
				last &&
				/^\s$/.test(cluster) &&
				RTL.test(last.text) &&
				RTL.test(clusters[index + 1] ?? '') &&
				this.faceOf(last.font)?.chars.has(cluster.codePointAt(0)!)
			) {
				last.text += cluster;
				continue;
			}
			let chosen = this.faceFor(cluster, faces);
			let piece = cluster;
			if (!chosen) {
				// Try the cluster without the marks no font has (e.g. a stray variation selector).
				const stripped = Array.from(cluster)
					.filter((c) => !isInvisible(c))
					.join('');
				chosen = stripped ? this.faceFor(stripped, faces) : null;
				if (chosen) piece = stripped;
				else if (!stripped) continue;
				else {
					piece = MISSING_GLYPH;
					chosen = this.faceFor(MISSING_GLYPH, faces) ?? faces[0];
					if (!chosen.chars.has(MISSING_GLYPH.codePointAt(0)!)) piece = '?';
				}
			}
			if (last && last.font === chosen.font) last.text += piece;
			else result.push({ text: piece, font: chosen.font });
		}
		return result;
	}

	/** Width of a text in points, with the same font choice as drawing. */
	width(text: string, size: number, bold = false): number {
		const key = (bold ? 'b' : 'r') + text;
		let unit = this.widths.get(key);
		if (unit === undefined) {
			unit = 0;
			for (const run of this.runs(text, bold)) unit += advance(run.font, run.text);
			if (this.widths.size > 20000) this.widths.clear();
			this.widths.set(key, unit);
		}
		return unit * size;
	}

	private faceOf(font: PDFFont): Face | undefined {
		return [...this.regularFaces, ...this.boldFaces].find((face) => face.font === font);
	}

	private faceFor(cluster: string, faces: Face[]): Face | null {
		for (const face of faces) {
			let all = true;
			for (const char of cluster) {
				if (!face.chars.has(char.codePointAt(0)!)) {
					all = false;
					break;
				}
			}
			if (all) return face;
		}
		return null;
	}
}

interface FontkitGlyphs {
	unitsPerEm: number;
	createSubset?: () => object;
	glyphsForString(text: string): { advanceWidth: number }[];
	layout(text: string, features?: unknown): { glyphs: unknown[] };
}

function fontkitOf(font: PDFFont): FontkitGlyphs | undefined {
	return (font as unknown as { embedder?: { font?: FontkitGlyphs } }).embedder?.font;
}

/** Scripts that need shaping or right-to-left order, and combining marks that need placing. */
const NEEDS_LAYOUT = /[\u0300-\u036f\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * A full fontkit layout takes about 6 ms a line; pdf-lib runs one for every drawText. Text in
 * Latin, Greek and Cyrillic only needs the character map, so it skips the layout; Arabic,
 * Hebrew and combining marks still get shaped and ordered by fontkit.
 */
function skipLayoutForSimpleText(font: PDFFont): void {
	const fontkitFont = fontkitOf(font);
	if (!fontkitFont?.layout || !fontkitFont.glyphsForString) return;
	const layout = fontkitFont.layout.bind(fontkitFont);
	fontkitFont.layout = (text, features) =>
		NEEDS_LAYOUT.test(text)
			? layout(text, features)
			: { glyphs: fontkitFont.glyphsForString(text) };
}

/**
 * Width at size 1 from the glyphs' advance widths. pdf-lib's own measure runs a full fontkit
 * layout per call (about 0.5 ms a word) and does not apply kerning either; ligatures and
 * shaping only make the real text narrower, so wrapping stays on the safe side.
 */
function advance(font: PDFFont, text: string): number {
	const fontkitFont = fontkitOf(font);
	if (!fontkitFont?.glyphsForString) return font.widthOfTextAtSize(text, 1);
	let total = 0;
	for (const glyph of fontkitFont.glyphsForString(text)) total += glyph.advanceWidth;
	return total / fontkitFont.unitsPerEm;
}

interface SubsetInternals {
	glyf: Uint8Array[];
	offset: number;
	_addGlyph(gid: number): number;
}

const padded = new WeakSet<object>();

/**
 * Works around a fontkit subsetting bug that drew Noto Sans glyphs blank: a subset small enough
 * for the short `loca` format stores offsets halved, so every glyph must have an even length;
 * fontkit copies odd-length glyphs as they are, and every glyph after one lands a byte off.
 * Padding each glyph to an even length (as the TrueType spec recommends) fixes it. Checked by
 * rendering with pdftoppm in fonts.spec.ts.
 */
function padSubsetGlyphs(font: PDFFont): void {
	const subset = fontkitOf(font)?.createSubset?.();
	const proto = subset ? (Object.getPrototypeOf(subset) as SubsetInternals) : null;
	if (!proto || padded.has(proto) || typeof proto._addGlyph !== 'function') return;
	const addGlyph = proto._addGlyph;
	proto._addGlyph = function (this: SubsetInternals, gid: number): number {
		const index = addGlyph.call(this, gid);
		const last = this.glyf.length - 1;
		const buffer = this.glyf[last];
		if (buffer.length % 2 === 1) {
			// The same kind of buffer fontkit made (Node's Buffer, or its polyfill in the browser).
			const kind = buffer.constructor as { alloc?: (n: number) => Uint8Array };
			const even = kind.alloc ? kind.alloc(buffer.length + 1) : new Uint8Array(buffer.length + 1);
			even.set(buffer);
			this.glyf[last] = even;
			this.offset += 1;
		}
		return index;
	};
	padded.add(proto);
}
