/** Session plan rules: computed start times, totals and the materials list. */
import type { Card, Material, PlanBlock } from '$lib/model';
import { addMinutesToTime } from './dates';

/** The start time of every block, computed from the session's start (never stored). */
export function blockStartTimes(sessionStart: string, blocks: readonly PlanBlock[]): string[] {
	let offset = 0;
	return blocks.map((block) => {
		const start = addMinutesToTime(sessionStart, offset);
		offset += Math.max(0, block.minutes);
		return start;
	});
}

/** Minutes all blocks take together. */
export function totalMinutes(blocks: readonly PlanBlock[]): number {
	return blocks.reduce((sum, block) => sum + Math.max(0, block.minutes), 0);
}

/** Minutes the plan runs over the session length (0 when it fits). */
export function overrunMinutes(blocks: readonly PlanBlock[], sessionMinutes: number): number {
	return Math.max(0, totalMinutes(blocks) - sessionMinutes);
}

export interface GatheredMaterial {
	name: string;
	/** Total needed: per-child amounts multiplied by the number of children. */
	amount: number;
	/** Titles of the cards that need it. */
	cards: string[];
}

/**
 * The materials a session needs, gathered from its cards. Same names (ignoring case and
 * spaces) are added up; an amount per child counts once for every child.
 */
export function gatherMaterials(
	blocks: readonly PlanBlock[],
	cardsById: ReadonlyMap<string, Pick<Card, 'title' | 'materials'>>,
	childCount: number
): GatheredMaterial[] {
	const byKey = new Map<string, GatheredMaterial>();
	for (const block of blocks) {
		const card = block.cardId ? cardsById.get(block.cardId) : undefined;
		if (!card) continue;
		for (const material of card.materials) {
			const key = material.name.trim().toLocaleLowerCase('nl');
			if (!key) continue;
			const entry = byKey.get(key) ?? { name: material.name.trim(), amount: 0, cards: [] };
			entry.amount += materialAmount(material, childCount);
			if (!entry.cards.includes(card.title)) entry.cards.push(card.title);
			byKey.set(key, entry);
		}
	}
	return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

function materialAmount(material: Material, childCount: number): number {
	const amount = Math.max(0, material.amount || 0);
	return material.per === 'child' ? amount * Math.max(0, childCount) : amount;
}

/** The shortest and longest a block may last, in whole minutes. */
export const BLOCK_MINUTES = { min: 1, max: 240 } as const;

/**
 * The minutes a coach typed for a block, or null when it is not a whole number from 1 to 240
 * (empty, negative, a fraction, 600): such a value is refused with a message, never clamped.
 */
export function parseBlockMinutes(text: string): number | null {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed)) return null;
	const minutes = Number(trimmed);
	return minutes >= BLOCK_MINUTES.min && minutes <= BLOCK_MINUTES.max ? minutes : null;
}

/** The names of the coaches who lead a block (one, both, or none when no lead is set). */
export function blockLeadNames(
	block: Pick<PlanBlock, 'lead'>,
	coaches: readonly string[]
): string[] {
	const [first = '', second = ''] = coaches.map((name) => name.trim());
	const names =
		block.lead === 'first'
			? [first]
			: block.lead === 'second'
				? [second]
				: block.lead === 'both'
					? [first, second]
					: [];
	return names.filter(Boolean);
}
