/**
 * Which example cards to install or refresh, decided from what the device already has. The
 * ledger remembers every example ever installed, so a card the coach deleted never comes back
 * and a card the coach edited is never overwritten.
 */
import type { Card, ExampleLedgerEntry } from '$lib/model';
import { EXAMPLE_LICENCE, EXAMPLE_SOURCE, type ExampleCard } from './types';

export interface SeedPlan {
	/** Never installed before: add as a new card. */
	add: ExampleCard[];
	/** A newer text for a card the coach never touched: replace its content. */
	refresh: { card: Card; example: ExampleCard }[];
	/** Already on the device (e.g. from a backup) without a ledger entry: only note it. */
	noteOnly: ExampleCard[];
}

type InstalledCard = Pick<Card, 'exampleId' | 'updatedAt'> & Card;

/** Decides what seeding does; pure, so the rules are tested without a database. */
export function planExampleSeeding(
	examples: readonly ExampleCard[],
	ledger: readonly ExampleLedgerEntry[],
	installed: readonly InstalledCard[]
): SeedPlan {
	const entries = new Map(ledger.map((entry) => [entry.exampleId, entry]));
	const cards = new Map(installed.map((card) => [card.exampleId, card]));
	const plan: SeedPlan = { add: [], refresh: [], noteOnly: [] };
	for (const example of examples) {
		const entry = entries.get(example.exampleId);
		const card = cards.get(example.exampleId);
		if (!entry) {
			if (card) plan.noteOnly.push(example);
			else plan.add.push(example);
		} else if (card && example.version > entry.version && card.updatedAt === entry.installedAt) {
			plan.refresh.push({ card, example });
		}
	}
	return plan;
}

/** The card record for an example, stamped `now` (an untouched card keeps updatedAt = installedAt). */
export function exampleToCard(example: ExampleCard, id: string, now: string): Card {
	const { version: _version, ...content } = example;
	void _version;
	return {
		...content,
		id,
		createdAt: now,
		updatedAt: now,
		source: EXAMPLE_SOURCE,
		licence: EXAMPLE_LICENCE,
		favourite: false,
		archived: false
	};
}
