import { describe, expect, it } from 'vitest';
import { makeCard } from '../../../../tests/unit/factories';
import { createCardIndex, searchCards, updateCardIndex } from './search';

const titles = (cards: { title: string }[]) => cards.map((card) => card.title);

describe('searchCards', () => {
	it('finds "ruïne" when typed as "ruine" and ignores case', () => {
		const cards = [
			makeCard({ title: 'De Ruïne van het oude huis' }),
			makeCard({ title: 'Ballonnen' })
		];
		const index = createCardIndex(cards);
		expect(titles(searchCards(index, cards, 'ruine'))).toEqual(['De Ruïne van het oude huis']);
		expect(titles(searchCards(index, cards, 'RUÏNE'))).toEqual(['De Ruïne van het oude huis']);
	});

	it('finds a name with a cedilla typed without it', () => {
		const cards = [makeCard({ title: 'Şeyma vertelt' }), makeCard({ title: 'Anders' })];
		expect(titles(searchCards(createCardIndex(cards), cards, 'seyma'))).toEqual(['Şeyma vertelt']);
	});

	it('matches while typing the start of a word', () => {
		const cards = [
			makeCard({ title: 'Gevoelensthermometer' }),
			makeCard({ title: 'Stoelendans', goals: ['Bewegen'] })
		];
		expect(titles(searchCards(createCardIndex(cards), cards, 'gevoel'))).toEqual([
			'Gevoelensthermometer'
		]);
	});

	it('finds words in any field: steps, materials, attention points', () => {
		const cards = [
			makeCard({ title: 'A', steps: ['Gooi de pittenzak naar een ander.'] }),
			makeCard({ title: 'B', materials: [{ name: 'knuffelbeer', amount: 1, per: 'group' }] }),
			makeCard({ title: 'C', attention: 'Let op kinderen die stilvallen.' })
		];
		const index = createCardIndex(cards);
		expect(titles(searchCards(index, cards, 'pittenzak'))).toEqual(['A']);
		expect(titles(searchCards(index, cards, 'knuffelbeer'))).toEqual(['B']);
		expect(titles(searchCards(index, cards, 'stilvallen'))).toEqual(['C']);
	});

	it('needs every typed word to match', () => {
		const cards = [makeCard({ title: 'Twee huizen tekenen' }), makeCard({ title: 'Twee stoelen' })];
		expect(titles(searchCards(createCardIndex(cards), cards, 'twee huizen'))).toEqual([
			'Twee huizen tekenen'
		]);
	});

	it('finds a theme by its label when a label function is given', () => {
		const cards = [
			makeCard({ title: 'X', themes: ['two-homes'] }),
			makeCard({ title: 'Y', themes: [] })
		];
		const index = createCardIndex(cards, (card) =>
			card.themes.includes('two-homes') ? 'Twee huizen' : ''
		);
		expect(titles(searchCards(index, cards, 'huizen'))).toEqual(['X']);
	});

	it('applies filters together with the search text', () => {
		const cards = [
			makeCard({ title: 'Gevoelens raden', ageBands: ['4-6'] }),
			makeCard({ title: 'Gevoelens tekenen', ageBands: ['13-17'] })
		];
		const found = searchCards(createCardIndex(cards), cards, 'gevoelens', { ageBands: ['4-6'] });
		expect(titles(found)).toEqual(['Gevoelens raden']);
	});

	it('lists every unarchived card by title when nothing is typed', () => {
		const cards = [
			makeCard({ title: 'Zon' }),
			makeCard({ title: 'Appel' }),
			makeCard({ title: 'Oud', archived: true })
		];
		expect(titles(searchCards(createCardIndex(cards), cards, ''))).toEqual(['Appel', 'Zon']);
	});

	it('sorts by duration and by last change', () => {
		const cards = [
			makeCard({ title: 'Lang', minutes: 30, updatedAt: '2026-01-01T00:00:00.000Z' }),
			makeCard({ title: 'Kort', minutes: 5, updatedAt: '2026-03-01T00:00:00.000Z' }),
			makeCard({ title: 'Midden', minutes: 15, updatedAt: '2026-02-01T00:00:00.000Z' })
		];
		const index = createCardIndex(cards);
		expect(titles(searchCards(index, cards, '', { sort: 'minutes' }))).toEqual([
			'Kort',
			'Midden',
			'Lang'
		]);
		expect(titles(searchCards(index, cards, '', { sort: 'updated' }))).toEqual([
			'Kort',
			'Midden',
			'Lang'
		]);
		expect(titles(searchCards(index, cards, '', { sort: 'title' }))).toEqual([
			'Kort',
			'Lang',
			'Midden'
		]);
	});
});

describe('updateCardIndex', () => {
	it('finds a changed title, drops a removed card and adds a new one', () => {
		const first = makeCard({ title: 'Ballonnen' });
		const second = makeCard({ title: 'Stoelendans' });
		const index = createCardIndex([first, second]);
		const edited = { ...first, title: 'Luchtballon', updatedAt: '2026-05-01T00:00:00.000Z' };
		const added = makeCard({ title: 'Ballonnenwedstrijd' });
		const next = [edited, added];
		expect(updateCardIndex(index, next)).toBe(3);
		expect(titles(searchCards(index, next, 'ballon'))).toEqual(['Ballonnenwedstrijd']);
		expect(titles(searchCards(index, next, 'luchtballon'))).toEqual(['Luchtballon']);
		expect(searchCards(index, next, 'stoelendans')).toEqual([]);
	});

	it('leaves unchanged cards alone', () => {
		const cards = [makeCard(), makeCard()];
		const index = createCardIndex(cards);
		expect(updateCardIndex(index, cards)).toBe(0);
	});
});
