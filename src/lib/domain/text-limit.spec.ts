import { describe, expect, it } from 'vitest';
import { pasteCut } from './text-limit';

describe('pasteCut', () => {
	it('says a paste is cut when it does not fit in what is left of the field', () => {
		expect(pasteCut(80, 0, 0, 1_000_000)).toBe(true);
		expect(pasteCut(80, 70, 0, 11)).toBe(true);
	});

	it('counts the selected text as room, since the paste replaces it', () => {
		expect(pasteCut(80, 80, 80, 80)).toBe(false);
		expect(pasteCut(80, 80, 10, 10)).toBe(false);
		expect(pasteCut(80, 80, 10, 11)).toBe(true);
	});

	it('never cuts in a field without a maximum (the browser reports -1)', () => {
		expect(pasteCut(-1, 0, 0, 1_000_000)).toBe(false);
		expect(pasteCut(0, 0, 0, 10)).toBe(false);
	});
});
