/**
 * Which characters of a text the PDFs cannot draw (they would print as "□"), so the screen can
 * say so where the text is typed. Checked against the fonts' own character maps (generated in
 * print-coverage.ts), not a guess by script.
 */
import { PRINTABLE_RANGES } from './print-coverage';

let ranges: number[] | null = null;

function covered(code: number): boolean {
	ranges ??= PRINTABLE_RANGES.split(',').map((n) => parseInt(n, 36));
	let low = 0;
	let high = ranges.length / 2 - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (code < ranges[2 * mid]) high = mid - 1;
		else if (code > ranges[2 * mid + 1]) low = mid + 1;
		else return true;
	}
	return false;
}

// Joiners, direction marks, variation selectors, soft hyphen: no ink, never missed.
// eslint-disable-next-line no-misleading-character-class -- single code points, never combined
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]/u;

/** The distinct characters of `text` that no PDF font has, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
	const missing: string[] = [];
	for (const char of text.normalize('NFC')) {
		const code = char.codePointAt(0)!;
		if (code < 0x20 || /\s/u.test(char) || INVISIBLE.test(char)) continue;
		if (!covered(code) && !missing.includes(char)) missing.push(char);
	}
	return missing;
}
