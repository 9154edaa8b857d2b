/**
 * Search over cards with MiniSearch: as you type (prefix), forgiving of small typos in longer
 * words, and blind to accents and case ("ruine" finds "ruïne"). The index is kept in memory and
 * updated incrementally when cards change, so a keystroke never rebuilds it.
 */
import MiniSearch from 'minisearch';
import type { Card } from '$lib/model';
import { emptyFilters, matchesFilters, type CardFilters } from './filters';
import { foldText } from './fold';

/** Extra searchable text for a card, e.g. its phase, theme and kind names in the user's language. */
export type LabelText = (card: Card) => string;

interface CardDoc {
	id: string;
	title: string;
	summary: string;
	labels: string;
	body: string;
}

export interface CardIndex {
	mini: MiniSearch<CardDoc>;
	/** id → updatedAt of the version in the index. */
	versions: Map<string, string>;
	labelText: LabelText;
	/** Folded titles, cached for sorting. */
	sortTitles: Map<string, string>;
}

/** Without a label function the enum keys themselves are searchable ("two homes"). */
const keyText: LabelText = (card) =>
	[card.phase, card.kind, ...card.themes, ...card.ageBands].join(' ').replaceAll('-', ' ');

function toDoc(card: Card, labelText: LabelText): CardDoc {
	return {
		id: card.id,
		title: card.title,
		summary: card.summary,
		labels: `${labelText(card)} ${card.themes.join(' ')}`,
		body: [
			card.preparation,
			...card.goals,
			...card.steps,
			...card.materials.map((material) => material.name),
			card.variationYounger,
			card.variationOlder,
			card.tips,
			card.attention,
			card.worksheet?.title ?? '',
			card.worksheet?.instruction ?? '',
			card.source
		].join('\n')
	};
}

/** Builds the in-memory index for these cards. `labelText` adds translated enum names. */
export function createCardIndex(cards: readonly Card[], labelText: LabelText = keyText): CardIndex {
	const mini = new MiniSearch<CardDoc>({
		fields: ['title', 'summary', 'labels', 'body'],
		storeFields: [],
		processTerm: (term) => foldText(term) || null,
		searchOptions: {
			boost: { title: 4, summary: 2, labels: 2 },
			prefix: true,
			fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
			combineWith: 'AND'
		}
	});
	const index: CardIndex = { mini, versions: new Map(), labelText, sortTitles: new Map() };
	mini.addAll(cards.map((card) => toDoc(card, labelText)));
	for (const card of cards) {
		index.versions.set(card.id, card.updatedAt);
		index.sortTitles.set(card.id, foldText(card.title));
	}
	return index;
}

/**
 * Brings the index up to date with `cards`: adds new cards, re-indexes changed ones (by
 * `updatedAt`) and drops removed ones. Returns how many cards it touched.
 */
export function updateCardIndex(index: CardIndex, cards: readonly Card[]): number {
	let touched = 0;
	const seen = new Set<string>();
	for (const card of cards) {
		seen.add(card.id);
		const known = index.versions.get(card.id);
		if (known === card.updatedAt) continue;
		if (known !== undefined) index.mini.discard(card.id);
		index.mini.add(toDoc(card, index.labelText));
		index.versions.set(card.id, card.updatedAt);
		index.sortTitles.set(card.id, foldText(card.title));
		touched += 1;
	}
	for (const id of [...index.versions.keys()]) {
		if (seen.has(id)) continue;
		index.mini.discard(id);
		index.versions.delete(id);
		index.sortTitles.delete(id);
		touched += 1;
	}
	return touched;
}

/**
 * The cards that match the search text and every filter, in the chosen order. With no text
 * "relevance" sorts by title.
 */
export function searchCards(
	index: CardIndex,
	cards: readonly Card[],
	query: string,
	filters: Partial<CardFilters> = {}
): Card[] {
	const f: CardFilters = { ...emptyFilters(), ...filters, q: query };
	const text = query.trim();
	let found: Card[];
	let score: Map<string, number> | null = null;
	if (text) {
		const results = index.mini.search(text);
		score = new Map(results.map((result) => [result.id as string, result.score]));
		found = cards.filter((card) => score!.has(card.id) && matchesFilters(card, f));
	} else {
		found = cards.filter((card) => matchesFilters(card, f));
	}
	return sortCards(found, f.sort, index, score);
}

function byTitle(index: CardIndex): (a: Card, b: Card) => number {
	return (a, b) => {
		const ta = index.sortTitles.get(a.id) ?? foldText(a.title);
		const tb = index.sortTitles.get(b.id) ?? foldText(b.title);
		return ta < tb ? -1 : ta > tb ? 1 : a.id < b.id ? -1 : 1;
	};
}

function sortCards(
	cards: Card[],
	sort: CardFilters['sort'],
	index: CardIndex,
	score: Map<string, number> | null
): Card[] {
	const title = byTitle(index);
	switch (sort) {
		case 'minutes':
			return cards.sort((a, b) => a.minutes - b.minutes || title(a, b));
		case 'updated':
			return cards.sort((a, b) =>
				a.updatedAt === b.updatedAt ? title(a, b) : a.updatedAt < b.updatedAt ? 1 : -1
			);
		case 'relevance':
			if (score) return cards.sort((a, b) => score.get(b.id)! - score.get(a.id)! || title(a, b));
			return cards.sort(title);
		default:
			return cards.sort(title);
	}
}
