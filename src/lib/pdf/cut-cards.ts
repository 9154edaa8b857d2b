/**
 * Cut-out cards: four A6 cards on an A4 sheet with crop marks, two straight cuts apart.
 * The optional back side is mirrored for long-edge duplex, so each back lands behind its front.
 * Type is as large as fits, from 16 down to 14 pt for the body and never under 10 pt for
 * anything. What does not fit even then is not squeezed: the card names the sections that
 * continue on the activity sheet, which always holds the whole card.
 */
import { rgb, type RGB } from 'pdf-lib';
import type { Card, Phase } from '$lib/model';
import { cardMeta, materialLine, texts, type PdfOptions } from './common';
import { PdfWriter, GREY, INK, MM } from './writer';

export interface CutCardOptions {
	/** Print a back side (steps, materials, tips) on the next sheet, for duplex. */
	backSide: boolean;
	/** Black on white: no coloured bars or headings. */
	inkSaving: boolean;
}

const PHASE_COLOURS: Record<Phase, RGB> = {
	opening: rgb(0.13, 0.35, 0.65),
	before: rgb(0.66, 0.38, 0.04),
	now: rgb(0.05, 0.45, 0.45),
	future: rgb(0.18, 0.45, 0.16),
	closing: rgb(0.42, 0.22, 0.58)
};

const PAD = 8 * MM;
/** Body sizes tried, largest first (points). */
export const CARD_MAX_SIZE = 16;
export const CARD_MIN_SIZE = 14;
/** Nothing on a card is smaller than this (points). */
export const CARD_SMALLEST_TEXT = 10;

interface Piece {
	text: string;
	scale: number;
	bold?: boolean;
	color?: RGB;
	/** List marker ("•", "3.") drawn in a hanging indent. */
	marker?: string;
	/** Space before, as a factor of the size. */
	gap?: number;
	/** The section it belongs to (named when the card continues on the activity sheet). */
	section?: string;
	/** A section heading: never the last thing on a card. */
	heading?: boolean;
	/** Never left off (the title and what stands before it). */
	keep?: boolean;
}

interface Line {
	text: string;
	size: number;
	bold?: boolean;
	color?: RGB;
	marker?: string;
	indent: number;
	/** Top of the line, from the top of the content box. */
	top: number;
	/** Index of the piece it belongs to. */
	piece: number;
}

/** Where a card sits on its sheet: slot 0 top left … 3 bottom right; `mirror` for backs. */
export function slotOrigin(slot: number, pageWidth: number, pageHeight: number, mirror = false) {
	const column = slot % 2;
	const row = Math.floor(slot / 2);
	const x = (mirror ? 1 - column : column) * (pageWidth / 2);
	const y = pageHeight - (row + 1) * (pageHeight / 2);
	return { x, y, width: pageWidth / 2, height: pageHeight / 2 };
}

function layout(w: PdfWriter, pieces: Piece[], width: number, size: number): Line[] {
	const lines: Line[] = [];
	let top = 0;
	pieces.forEach((piece, index) => {
		const s = Math.max(CARD_SMALLEST_TEXT, size * piece.scale);
		top += (piece.gap ?? 0) * size;
		const indent = piece.marker ? w.textWidth(piece.marker, s, true) + s * 0.5 : 0;
		w.wrap(piece.text, width - indent, s, piece.bold).forEach((text, line) => {
			lines.push({
				text,
				size: s,
				bold: piece.bold,
				color: piece.color,
				marker: line === 0 ? piece.marker : undefined,
				indent,
				top,
				piece: index
			});
			top += s * 1.28;
		});
	});
	return lines;
}

function bottomOf(lines: Line[]): number {
	const last = lines[lines.length - 1];
	return last ? last.top + last.size * 1.28 : 0;
}

/**
 * Lays the pieces out at the largest size that fits. When even the smallest body size does not
 * fit, whole pieces are kept from the start (a heading never last) and a note names the
 * sections that continue on the activity sheet.
 */
function fit(
	w: PdfWriter,
	pieces: Piece[],
	width: number,
	height: number,
	lang: PdfOptions['lang']
): Line[] {
	for (let size = CARD_MAX_SIZE; size >= CARD_MIN_SIZE; size -= 0.5) {
		const lines = layout(w, pieces, width, size);
		if (bottomOf(lines) <= height) return lines;
	}
	const lines = layout(w, pieces, width, CARD_MIN_SIZE);
	const mustKeep = pieces.filter((p) => p.keep).length;
	for (let kept = pieces.length - 1; kept >= Math.max(1, mustKeep); kept--) {
		if (pieces[kept - 1].heading) continue;
		const rest = pieces.slice(kept);
		const sections = [...new Set(rest.map((p) => p.section).filter(Boolean))].join(', ');
		const more = texts(lang).print_card_continued({ sections });
		const note = layout(
			w,
			[{ text: more, scale: 0.85, bold: true, gap: 0.4 }],
			width,
			CARD_MIN_SIZE
		);
		const shown = lines.filter((line) => line.piece < kept);
		const offset = bottomOf(shown);
		if (offset + bottomOf(note) <= height) {
			return [...shown, ...note.map((line) => ({ ...line, top: line.top + offset }))];
		}
	}
	return lines.filter((line) => line.top + line.size * 1.28 <= height);
}

function goalPieces(card: Card, accent: RGB, lang: PdfOptions['lang']): Piece[] {
	const t = texts(lang);
	const goals = card.goals.filter((g) => g.trim());
	if (!goals.length) return [];
	const section = t.print_card_goals();
	return [
		{ text: section, scale: 1.05, bold: true, color: accent, gap: 0.5, section, heading: true },
		...goals.map((goal) => ({ text: goal, scale: 1, marker: '•', section }))
	];
}

function frontPieces(card: Card, options: CutCardOptions, lang: PdfOptions['lang']): Piece[] {
	const accent = options.inkSaving ? INK : PHASE_COLOURS[card.phase];
	const pieces: Piece[] = [
		{ text: cardMeta(card, lang), scale: 0.72, color: options.inkSaving ? INK : GREY, keep: true },
		{ text: card.title || '—', scale: 1.45, bold: true, gap: 0.3, keep: true }
	];
	if (card.summary.trim()) pieces.push({ text: card.summary, scale: 1, gap: 0.4 });
	// The goals are on every card: on the front when there is a back, else before the steps.
	pieces.push(...goalPieces(card, accent, lang));
	if (options.backSide) return pieces;
	return [...pieces, ...detailPieces(card, accent, lang)];
}

function detailPieces(card: Card, accent: RGB, lang: PdfOptions['lang']): Piece[] {
	const t = texts(lang);
	const pieces: Piece[] = [];
	let section = '';
	const heading = (text: string) => {
		section = text;
		pieces.push({ text, scale: 1.05, bold: true, color: accent, gap: 0.5, section, heading: true });
	};
	const steps = card.steps.filter((s) => s.trim());
	if (steps.length) {
		heading(t.print_card_steps());
		steps.forEach((step, i) => pieces.push({ text: step, scale: 1, marker: `${i + 1}.`, section }));
	}
	const materials = card.materials.filter((item) => item.name.trim());
	if (materials.length) {
		heading(t.print_card_materials());
		for (const item of materials)
			pieces.push({ text: materialLine(item, lang), scale: 1, marker: '•', section });
	}
	if (card.tips.trim()) {
		heading(t.print_card_tips());
		pieces.push({ text: card.tips, scale: 1, section });
	}
	if (card.attention.trim()) {
		heading(t.print_card_attention());
		pieces.push({ text: card.attention, scale: 1, bold: true, section });
	}
	return pieces;
}

function drawCard(
	w: PdfWriter,
	box: { x: number; y: number; width: number; height: number },
	pieces: Piece[],
	accent: RGB | null,
	lang: PdfOptions['lang']
): void {
	const left = box.x + PAD;
	let top = box.y + box.height - PAD;
	const width = box.width - 2 * PAD;
	if (accent) {
		w.page.drawRectangle({ x: left, y: top - 2.5 * MM, width, height: 2.5 * MM, color: accent });
		top -= 5 * MM;
	}
	const lines = fit(w, pieces, width, top - (box.y + PAD), lang);
	for (const line of lines) {
		const baseline = top - line.top - line.size;
		if (line.marker) w.drawText(line.marker, left, baseline, { size: line.size, bold: true });
		w.drawText(line.text, left + line.indent, baseline, {
			size: line.size,
			bold: line.bold,
			color: line.color
		});
	}
}

/** Short marks at the paper edge where the two cuts go, and a small cross where they meet. */
function cropMarks(w: PdfWriter): void {
	const width = w.page.getWidth();
	const height = w.page.getHeight();
	const mark = (x1: number, y1: number, x2: number, y2: number) =>
		w.page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.6, color: INK });
	const [near, far] = [5 * MM, 12 * MM];
	mark(width / 2, height - near, width / 2, height - far);
	mark(width / 2, near, width / 2, far);
	mark(near, height / 2, far, height / 2);
	mark(width - near, height / 2, width - far, height / 2);
	const c = 4 * MM;
	mark(width / 2 - c, height / 2, width / 2 + c, height / 2);
	mark(width / 2, height / 2 - c, width / 2, height / 2 + c);
}

/** Cut-out cards for any selection of cards: four per A4 sheet (plus backs). */
export async function buildCutCards(
	cards: readonly Card[],
	cardOptions: CutCardOptions,
	options: PdfOptions
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const w = await PdfWriter.create({
		...options,
		title: t.print_cards_title(),
		pageNumbers: false
	});
	for (let start = 0; start < Math.max(cards.length, 1); start += 4) {
		const sheet = cards.slice(start, start + 4);
		w.newPage('A4');
		cropMarks(w);
		sheet.forEach((card, slot) => {
			const accent = cardOptions.inkSaving ? null : PHASE_COLOURS[card.phase];
			const box = slotOrigin(slot, w.page.getWidth(), w.page.getHeight());
			drawCard(w, box, frontPieces(card, cardOptions, options.lang), accent, options.lang);
		});
		if (!cardOptions.backSide) continue;
		w.newPage('A4');
		cropMarks(w);
		sheet.forEach((card, slot) => {
			const accent = cardOptions.inkSaving ? null : PHASE_COLOURS[card.phase];
			const box = slotOrigin(slot, w.page.getWidth(), w.page.getHeight(), true);
			const pieces: Piece[] = [
				{ text: card.title || '—', scale: 1.15, bold: true, keep: true },
				...detailPieces(card, accent ?? INK, options.lang)
			];
			drawCard(w, box, pieces, accent, options.lang);
		});
	}
	return w.finish();
}
