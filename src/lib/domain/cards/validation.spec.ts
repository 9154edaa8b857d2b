import { describe, expect, it } from 'vitest';
import { makeCard } from '../../../../tests/unit/factories';
import { validateCard, type CardDraft } from './validation';

function draft(overrides: Partial<CardDraft> = {}): CardDraft {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, createdAt, updatedAt, ...rest } = makeCard();
	return { ...rest, ...overrides };
}

function issuesOf(input: unknown) {
	const check = validateCard(input);
	return check.ok ? [] : check.issues;
}

describe('validateCard', () => {
	it('accepts a complete card and trims its title', () => {
		const check = validateCard(draft({ title: '  Weerbericht  ' }));
		expect(check.ok && check.draft.title).toBe('Weerbericht');
	});

	it('requires a title of at most 200 characters', () => {
		expect(issuesOf(draft({ title: '   ' }))).toEqual([{ field: 'title', code: 'required' }]);
		expect(issuesOf(draft({ title: 'x'.repeat(201) }))).toEqual([
			{ field: 'title', code: 'too-long' }
		]);
	});

	it('requires at least one age band', () => {
		expect(issuesOf(draft({ ageBands: [] }))).toEqual([
			{ field: 'ageBands', code: 'age-band-required' }
		]);
	});

	it('keeps minutes between 1 and 240 whole minutes', () => {
		expect(issuesOf(draft({ minutes: 0 }))).toEqual([{ field: 'minutes', code: 'minutes-range' }]);
		expect(issuesOf(draft({ minutes: 241 }))).toEqual([
			{ field: 'minutes', code: 'minutes-range' }
		]);
		expect(issuesOf(draft({ minutes: 7.5 }))).toEqual([{ field: 'minutes', code: 'whole-number' }]);
		expect(issuesOf(draft({ minutes: Number.NaN }))).toEqual([
			{ field: 'minutes', code: 'whole-number' }
		]);
	});

	it('refuses a smallest group larger than the largest', () => {
		expect(issuesOf(draft({ groupSizeMin: 8, groupSizeMax: 4 }))).toEqual([
			{ field: 'groupSizeMax', code: 'group-size-order' }
		]);
	});

	it('names the material row that is wrong', () => {
		const materials = [
			{ name: 'stiften', amount: 1, per: 'child' as const },
			{ name: '', amount: 0, per: 'group' as const }
		];
		expect(issuesOf(draft({ materials }))).toEqual([
			{ field: 'materials.1.name', code: 'required' },
			{ field: 'materials.1.amount', code: 'amount-range' }
		]);
	});

	it('drops blank steps, goals and duplicate themes', () => {
		const check = validateCard(
			draft({
				steps: ['Begin', ' ', 'Einde'],
				goals: [''],
				themes: ['feelings', 'feelings', 'Boos']
			})
		);
		expect(check.ok && [check.draft.steps, check.draft.goals, check.draft.themes]).toEqual([
			['Begin', 'Einde'],
			[],
			['feelings', 'Boos']
		]);
	});

	it('requires a worksheet title when there is a worksheet', () => {
		expect(
			issuesOf(draft({ worksheet: { title: '', instruction: 'Teken', area: 'drawing' } }))
		).toEqual([{ field: 'worksheet.title', code: 'required' }]);
	});

	it('refuses something that is not a card', () => {
		expect(issuesOf('hallo')).toEqual([{ field: '', code: 'invalid' }]);
	});
});
