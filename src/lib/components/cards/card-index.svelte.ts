/**
 * All cards from the database with their search index, kept in memory and updated
 * incrementally when cards change (liveQuery), so searching never waits for IndexedDB.
 * Create it while a component initialises.
 */
import { allCards } from '$lib/db/reads';
import type { Card } from '$lib/model';
import { live } from '$lib/state/live-query.svelte';
import { createCardIndex, updateCardIndex, type CardIndex } from '$lib/domain/cards/search';
import { cardLabelText } from '$lib/i18n/card-labels';

export interface IndexedCards {
	cards: Card[];
	index: CardIndex;
}

export class LiveCardIndex {
	#query = live(() => allCards());
	#index: CardIndex | null = null;

	/** The cards and their up-to-date index, or null while the first read is running. */
	readonly current: IndexedCards | null = $derived.by(() => {
		const cards = this.#query.current;
		if (!cards) return null;
		if (this.#index) updateCardIndex(this.#index, cards);
		else this.#index = createCardIndex(cards, cardLabelText);
		return { cards, index: this.#index };
	});

	get error(): Error | null {
		return this.#query.error;
	}
}
