/**
 * Word wrapping with the document's fonts: long words are hyphenated at the places the
 * language's patterns allow (with a visible "-"), and broken hard only where that is not enough.
 */
import { graphemes, type FontSet } from './fonts';
import type { Hyphenator } from './hyphenate';

/** A line this full (of its width) is not filled up further by hyphenating the next word. */
const FULL_ENOUGH = 0.7;
/** Letters that must stay together at either side of a hyphen (no "procedu-re"). */
const MIN_PART = 3;

/**
 * The lines a text takes at `width` points. Newlines in the text are kept as line breaks
 * (an empty line stays empty); a word that does not fit on a line of its own is broken.
 */
export function wrapText(
	fonts: FontSet,
	text: string,
	width: number,
	size: number,
	bold = false,
	hyphenate?: Hyphenator
): string[] {
	const lines: string[] = [];
	const space = fonts.width(' ', size, bold);
	for (const paragraph of text.split('\n')) {
		const words = paragraph.split(/ +/).filter((word) => word.length > 0);
		if (words.length === 0) {
			lines.push('');
			continue;
		}
		let current = '';
		let currentWidth = 0;
		for (let word of words) {
			let wordWidth = fonts.width(word, size, bold);
			if (current && currentWidth + space + wordWidth <= width) {
				current += ' ' + word;
				currentWidth += space + wordWidth;
				continue;
			}
			// Fill the line with the first part of a hyphenated word, as a typesetter would.
			const room = current ? width - currentWidth - space : width;
			if (
				hyphenate &&
				wordWidth > room &&
				(wordWidth > width || currentWidth < width * FULL_ENOUGH)
			) {
				const split = splitToFit(fonts, hyphenate(word), room, size, bold);
				if (split) {
					lines.push(current ? `${current} ${split.head}` : split.head);
					current = '';
					word = split.tail;
					wordWidth = fonts.width(word, size, bold);
					// The rest may need hyphenating again (a very long compound).
					while (wordWidth > width) {
						const next = splitToFit(fonts, hyphenate(word), width, size, bold);
						if (!next) break;
						lines.push(next.head);
						word = next.tail;
						wordWidth = fonts.width(word, size, bold);
					}
				}
			}
			if (current) lines.push(current);
			if (wordWidth <= width) {
				current = word;
				currentWidth = wordWidth;
				continue;
			}
			const pieces = breakWord(fonts, word, width, size, bold);
			lines.push(...pieces.slice(0, -1));
			current = pieces[pieces.length - 1];
			currentWidth = fonts.width(current, size, bold);
		}
		lines.push(current);
	}
	return lines;
}

/**
 * The longest run of leading syllables that fits `room` with a hyphen after it, and the rest;
 * null when not even the first syllable fits. A word that already has a hyphen there keeps it.
 */
function splitToFit(
	fonts: FontSet,
	syllables: string[],
	room: number,
	size: number,
	bold: boolean
): { head: string; tail: string } | null {
	let best: { head: string; tail: string } | null = null;
	const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;
	for (let k = 1; k < syllables.length; k++) {
		const start = syllables.slice(0, k).join('');
		if (letters(start) < MIN_PART) continue;
		if (letters(syllables.slice(k).join('')) < MIN_PART) break;
		const head = start.endsWith('-') ? start : `${start}-`;
		if (fonts.width(head, size, bold) > room) break;
		best = { head, tail: syllables.slice(k).join('') };
	}
	return best;
}

/** Breaks one long word into pieces that each fit `width` (at least one character each). */
function breakWord(
	fonts: FontSet,
	word: string,
	width: number,
	size: number,
	bold: boolean
): string[] {
	const pieces: string[] = [];
	let current = '';
	let currentWidth = 0;
	for (const cluster of graphemes(word)) {
		const clusterWidth = fonts.width(cluster, size, bold);
		if (current && currentWidth + clusterWidth > width) {
			pieces.push(current);
			current = '';
			currentWidth = 0;
		}
		current += cluster;
		currentWidth += clusterWidth;
	}
	pieces.push(current);
	return pieces;
}
