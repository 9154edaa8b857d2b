/**
 * Takes children's names out of free text a coach wrote (plan block notes, templates), for
 * erasure: a name may have been written anywhere. Whole words only, any case, so "Sam" goes
 * from "Sam mag kiezen" but "Samen" stays.
 */
import type { PlanBlock } from '$lib/model';

export const REDACTED = '[…]';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for the given names, or null when there is none worth matching. */
export function namePattern(names: readonly string[]): RegExp | null {
	const words = [...new Set(names.map((name) => name.normalize('NFC').trim()))]
		.filter((name) => name.length >= 2)
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp);
	if (words.length === 0) return null;
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The text with every whole-word occurrence of a name replaced. */
export function redactText(text: string, pattern: RegExp | null): string {
	if (!pattern || !text) return text;
	return text.normalize('NFC').replace(pattern, REDACTED);
}

/** Plan blocks with names taken out of their titles and notes; the same array when unchanged. */
export function redactBlocks(blocks: PlanBlock[], pattern: RegExp | null): PlanBlock[] {
	let changed = false;
	const result = blocks.map((block) => {
		const title = redactText(block.title, pattern);
		const notes = redactText(block.notes, pattern);
		if (title === block.title && notes === block.notes) return block;
		changed = true;
		return { ...block, title, notes };
	});
	return changed ? result : blocks;
}
