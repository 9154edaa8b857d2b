import { describe, expect, it } from 'vitest';
import { AGE_BANDS, PHASES, THEMES } from '$lib/model';
import { validateCard } from '$lib/domain/cards/validation';
import { EXAMPLE_CARDS } from './cards';
import { exampleToCard } from './seed';

describe('the example cards', () => {
	it('ship at least 36 cards with unique ids and titles', () => {
		expect(EXAMPLE_CARDS.length).toBeGreaterThanOrEqual(36);
		expect(new Set(EXAMPLE_CARDS.map((card) => card.exampleId)).size).toBe(EXAMPLE_CARDS.length);
		expect(new Set(EXAMPLE_CARDS.map((card) => card.title)).size).toBe(EXAMPLE_CARDS.length);
	});

	it('offer at least 12 cards for every age band', () => {
		for (const band of AGE_BANDS) {
			const count = EXAMPLE_CARDS.filter((card) => card.ageBands.includes(band)).length;
			expect(count, band).toBeGreaterThanOrEqual(12);
		}
	});

	it('cover every phase and every theme', () => {
		const phases = new Set(EXAMPLE_CARDS.map((card) => card.phase));
		const themes = new Set(EXAMPLE_CARDS.flatMap((card) => card.themes));
		expect(PHASES.filter((phase) => !phases.has(phase))).toEqual([]);
		expect(THEMES.filter((theme) => !themes.has(theme))).toEqual([]);
	});

	it('are complete, valid cards marked as examples with a source and licence', () => {
		for (const example of EXAMPLE_CARDS) {
			const card = exampleToCard(example, 'id', '2026-01-01T00:00:00.000Z');
			expect(validateCard(card), example.exampleId).toMatchObject({ ok: true });
			expect(card.steps.length, example.exampleId).toBeGreaterThanOrEqual(3);
			expect(card.goals.length, example.exampleId).toBeGreaterThanOrEqual(1);
			expect(card.attention, example.exampleId).not.toBe('');
			expect(card).toMatchObject({
				exampleId: example.exampleId,
				source: 'Voorbeeldkaart KIES Toolkit',
				licence: 'CC BY 4.0'
			});
		}
	});

	it('include worksheets and cards without materials', () => {
		expect(EXAMPLE_CARDS.filter((card) => card.worksheet).length).toBeGreaterThanOrEqual(6);
		expect(
			EXAMPLE_CARDS.filter(
				(card) =>
					card.materials.length === 0 &&
					card.ageBands.includes('4-6') &&
					card.themes.includes('feelings')
			).length
		).toBeGreaterThanOrEqual(1);
	});
});
