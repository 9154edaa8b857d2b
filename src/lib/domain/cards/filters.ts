/**
 * The library's filters and sort, and how they live in the URL so a filtered view can be
 * bookmarked and shared. Unknown values in a URL are ignored rather than failing.
 */
import {
	AGE_BANDS,
	KINDS,
	PHASES,
	type AgeBand,
	type Card,
	type CardKind,
	type Phase
} from '$lib/model';

export const SORTS = ['relevance', 'title', 'minutes', 'updated'] as const;
export type CardSort = (typeof SORTS)[number];

export interface CardFilters {
	/** Search text, matched in any field, accents and case ignored. */
	q: string;
	ageBands: AgeBand[];
	phases: Phase[];
	/** Built-in theme keys or own theme text. */
	themes: string[];
	kinds: CardKind[];
	maxMinutes: number | null;
	noMaterials: boolean;
	favourites: boolean;
	/** true: only archived cards; false: archived cards are hidden. */
	archived: boolean;
	sort: CardSort;
}

/** No filter at all: every card that is not archived, best match first. */
export function emptyFilters(): CardFilters {
	return {
		q: '',
		ageBands: [],
		phases: [],
		themes: [],
		kinds: [],
		maxMinutes: null,
		noMaterials: false,
		favourites: false,
		archived: false,
		sort: 'relevance'
	};
}

/** Whether a card passes every filter except the search text. Within one filter any value matches. */
export function matchesFilters(card: Card, f: CardFilters): boolean {
	if (card.archived !== f.archived) return false;
	if (f.favourites && !card.favourite) return false;
	if (f.noMaterials && card.materials.length > 0) return false;
	if (f.maxMinutes !== null && card.minutes > f.maxMinutes) return false;
	if (f.ageBands.length && !card.ageBands.some((band) => f.ageBands.includes(band))) return false;
	if (f.phases.length && !f.phases.includes(card.phase)) return false;
	if (f.kinds.length && !f.kinds.includes(card.kind)) return false;
	if (f.themes.length && !card.themes.some((theme) => f.themes.includes(theme))) return false;
	return true;
}

/** How many filters (not the search text or sort) are switched on. */
export function activeFilterCount(f: CardFilters): number {
	return (
		f.ageBands.length +
		f.phases.length +
		f.themes.length +
		f.kinds.length +
		(f.maxMinutes !== null ? 1 : 0) +
		(f.noMaterials ? 1 : 0) +
		(f.favourites ? 1 : 0) +
		(f.archived ? 1 : 0)
	);
}

function list(params: URLSearchParams, key: string): string[] {
	return (params.get(key) ?? '')
		.split(',')
		.map((value) => value.trim())
		.filter(Boolean);
}

function only<T extends string>(values: string[], allowed: readonly T[]): T[] {
	return [...new Set(values)].filter((value): value is T =>
		(allowed as readonly string[]).includes(value)
	);
}

/** Filters written as URL parameters; defaults are left out so URLs stay short. */
export function filtersToParams(f: CardFilters): URLSearchParams {
	const params = new URLSearchParams();
	if (f.q.trim()) params.set('q', f.q);
	if (f.ageBands.length) params.set('leeftijd', f.ageBands.join(','));
	if (f.phases.length) params.set('fase', f.phases.join(','));
	if (f.themes.length) params.set('thema', f.themes.map((t) => t.replaceAll(',', ' ')).join(','));
	if (f.kinds.length) params.set('soort', f.kinds.join(','));
	if (f.maxMinutes !== null) params.set('max', String(f.maxMinutes));
	if (f.noMaterials) params.set('zonder-materiaal', '1');
	if (f.favourites) params.set('favoriet', '1');
	if (f.archived) params.set('archief', '1');
	if (f.sort !== 'relevance') params.set('sorteer', f.sort);
	return params;
}

/** Filters read back from URL parameters; anything unknown falls back to the default. */
export function filtersFromParams(params: URLSearchParams): CardFilters {
	const max = Number(params.get('max'));
	const sort = params.get('sorteer') ?? '';
	return {
		q: params.get('q') ?? '',
		ageBands: only(list(params, 'leeftijd'), AGE_BANDS),
		phases: only(list(params, 'fase'), PHASES),
		themes: [...new Set(list(params, 'thema'))],
		kinds: only(list(params, 'soort'), KINDS),
		maxMinutes: Number.isInteger(max) && max > 0 ? max : null,
		noMaterials: params.get('zonder-materiaal') === '1',
		favourites: params.get('favoriet') === '1',
		archived: params.get('archief') === '1',
		sort: (SORTS as readonly string[]).includes(sort) ? (sort as CardSort) : 'relevance'
	};
}
