import { describe, expect, it } from 'vitest';
import { showsCards } from './examples';

describe('showsCards', () => {
	it('is true on the pages that show or use cards, and false elsewhere', () => {
		for (const path of [
			'/werkvormen',
			'/werkvormen/kaart',
			'/print',
			'/groepen/sessie',
			'/groepen/nieuw'
		])
			expect(showsCards(path), path).toBe(true);
		for (const path of [
			'/',
			'/groepen',
			'/groepen/groep',
			'/overzicht',
			'/instellingen',
			'/zorg',
			'/werkvormenx'
		])
			expect(showsCards(path), path).toBe(false);
	});
});
