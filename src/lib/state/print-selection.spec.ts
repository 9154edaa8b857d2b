import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICE, parseChoice } from './print-selection.svelte';

describe('the stored print choice', () => {
	it('starts with cut-out cards with backs', () => {
		expect(parseChoice(null)).toEqual(DEFAULT_CHOICE);
		expect(DEFAULT_CHOICE.cutCards && DEFAULT_CHOICE.backSide).toBe(true);
	});

	it('keeps valid fields and replaces odd ones by the default', () => {
		expect(parseChoice({ worksheets: true, copies: 8, backSide: 'yes' })).toEqual({
			...DEFAULT_CHOICE,
			worksheets: true,
			copies: 8
		});
		expect(parseChoice({ copies: 0 }).copies).toBe(1);
		expect(parseChoice({ copies: 2.5 }).copies).toBe(1);
		expect(parseChoice({ copies: 400 }).copies).toBe(1);
	});
});
