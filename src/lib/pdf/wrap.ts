/** Word wrapping with the document's fonts: hard breaks for words wider than the line. */
import { graphemes, type FontSet } from './fonts';

/**
 * The lines a text takes at `width` points. Newlines in the text are kept as line breaks
 * (an empty line stays empty); a word that does not fit on a line of its own is broken.
 */
export function wrapText(
	fonts: FontSet,
	text: string,
	width: number,
	size: number,
	bold = false
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
		for (const word of words) {
			const wordWidth = fonts.width(word, size, bold);
			if (current && currentWidth + space + wordWidth <= width) {
				current += ' ' + word;
				currentWidth += space + wordWidth;
				continue;
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
