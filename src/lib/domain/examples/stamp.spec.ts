import { describe, expect, it } from 'vitest';
import { EXAMPLE_CARDS } from './cards';
import { EXAMPLE_CARD_COUNT, EXAMPLES_STAMP, examplesStamp } from './stamp';

describe('examples stamp', () => {
	it('matches the shipped example set (update EXAMPLES_STAMP after changing an example)', () => {
		expect(EXAMPLE_CARDS.length).toBe(EXAMPLE_CARD_COUNT);
		expect(examplesStamp(EXAMPLE_CARDS)).toBe(EXAMPLES_STAMP);
	});

	it('changes when a version is raised or an example is added, not with the order', () => {
		const set = [
			{ exampleId: 'a', version: 1 },
			{ exampleId: 'b', version: 1 }
		];
		const stamp = examplesStamp(set);
		expect(examplesStamp([...set].reverse())).toBe(stamp);
		expect(examplesStamp([set[0], { exampleId: 'b', version: 2 }])).not.toBe(stamp);
		expect(examplesStamp([...set, { exampleId: 'c', version: 1 }])).not.toBe(stamp);
	});
});
