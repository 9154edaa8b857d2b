import { describe, expect, it } from 'vitest';
import { makeCard } from '../../../../tests/unit/factories';
import {
	emptyFilters,
	filtersFromParams,
	filtersToParams,
	matchesFilters,
	type CardFilters
} from './filters';

const filters = (overrides: Partial<CardFilters>): CardFilters => ({
	...emptyFilters(),
	...overrides
});

describe('matchesFilters', () => {
	it('keeps a card with any of the chosen age bands', () => {
		const card = makeCard({ ageBands: ['4-6', '7-12'] });
		expect(matchesFilters(card, filters({ ageBands: ['7-12'] }))).toBe(true);
		expect(matchesFilters(card, filters({ ageBands: ['13-17'] }))).toBe(false);
	});

	it('filters by phase, kind and theme', () => {
		const card = makeCard({ phase: 'now', kind: 'game', themes: ['loyalty', 'Boos zijn'] });
		expect(matchesFilters(card, filters({ phases: ['now', 'future'] }))).toBe(true);
		expect(matchesFilters(card, filters({ phases: ['before'] }))).toBe(false);
		expect(matchesFilters(card, filters({ kinds: ['game'] }))).toBe(true);
		expect(matchesFilters(card, filters({ kinds: ['drama'] }))).toBe(false);
		expect(matchesFilters(card, filters({ themes: ['Boos zijn'] }))).toBe(true);
		expect(matchesFilters(card, filters({ themes: ['trust'] }))).toBe(false);
	});

	it('keeps cards up to the maximum duration', () => {
		expect(matchesFilters(makeCard({ minutes: 15 }), filters({ maxMinutes: 15 }))).toBe(true);
		expect(matchesFilters(makeCard({ minutes: 20 }), filters({ maxMinutes: 15 }))).toBe(false);
	});

	it('keeps only cards without materials when asked', () => {
		const withMaterial = makeCard({ materials: [{ name: 'stiften', amount: 1, per: 'child' }] });
		expect(matchesFilters(withMaterial, filters({ noMaterials: true }))).toBe(false);
		expect(matchesFilters(makeCard({ materials: [] }), filters({ noMaterials: true }))).toBe(true);
	});

	it('keeps only favourites when asked', () => {
		expect(matchesFilters(makeCard({ favourite: false }), filters({ favourites: true }))).toBe(
			false
		);
		expect(matchesFilters(makeCard({ favourite: true }), filters({ favourites: true }))).toBe(true);
	});

	it('hides archived cards unless the archive is shown, which shows only them', () => {
		const archived = makeCard({ archived: true });
		const current = makeCard({ archived: false });
		expect(matchesFilters(archived, emptyFilters())).toBe(false);
		expect(matchesFilters(current, emptyFilters())).toBe(true);
		expect(matchesFilters(archived, filters({ archived: true }))).toBe(true);
		expect(matchesFilters(current, filters({ archived: true }))).toBe(false);
	});
});

describe('filters in the URL', () => {
	it('round-trips every filter', () => {
		const all = filters({
			q: 'ruïne & co',
			ageBands: ['4-6', '13-17'],
			phases: ['future'],
			themes: ['feelings', 'Eigen thema'],
			kinds: ['drama', 'game'],
			maxMinutes: 20,
			noMaterials: true,
			favourites: true,
			archived: true,
			sort: 'minutes'
		});
		const url = new URL('https://x.test/werkvormen?' + filtersToParams(all).toString());
		expect(filtersFromParams(url.searchParams)).toEqual(all);
	});

	it('writes nothing for the default filters', () => {
		expect(filtersToParams(emptyFilters()).toString()).toBe('');
	});

	it('ignores unknown values from a hand-edited URL', () => {
		const parsed = filtersFromParams(
			new URLSearchParams('leeftijd=4-6,99&fase=later&soort=game,x&max=-3&sorteer=raar')
		);
		expect(parsed).toEqual(filters({ ageBands: ['4-6'], kinds: ['game'] }));
	});
});
