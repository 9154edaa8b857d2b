import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
	it('gives the message of an Error and the text of anything else thrown', () => {
		expect(errorMessage(new TypeError('kapot'))).toBe('kapot');
		expect(errorMessage('quota')).toBe('quota');
		expect(errorMessage(42)).toBe('42');
	});
});
