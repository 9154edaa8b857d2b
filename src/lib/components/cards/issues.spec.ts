import { describe, expect, it } from 'vitest';
import { issueText } from './issues';

describe('issueText', () => {
	it('lists the allowed phases with the refused value', () => {
		const text = issueText({ field: 'phase', code: 'invalid', value: 'Begin' });
		expect(text).toContain('„Begin”');
		for (const word of ['Opening', 'Hoe het was', 'Hoe het nu is', 'De toekomst', 'Afsluiting'])
			expect(text).toContain(word);
	});

	it('lists the allowed kinds and age bands when the value is missing', () => {
		expect(issueText({ field: 'kind', code: 'required' })).toContain('Gesprek, Spel, Rollenspel');
		expect(issueText({ field: 'ageBands.0', code: 'invalid' })).toContain('4-6, 7-12, 13-17');
	});
});
