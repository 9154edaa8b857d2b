import { describe, expect, it } from 'vitest';
import type { PlanBlock } from '$lib/model';
import { namePattern, REDACTED, redactBlocks, redactText } from './redact';

const block = (notes: string, title = 'Kring'): PlanBlock => ({
	id: 'b1',
	kind: 'card',
	cardId: null,
	title,
	minutes: 10,
	notes
});

describe('redactText', () => {
	it('takes out whole-word names in any case, and leaves longer words alone', () => {
		const pattern = namePattern(['Sam', 'Şeyma']);
		expect(redactText('Sam mag kiezen; samen met ŞEYMA. Samen spelen.', pattern)).toBe(
			`${REDACTED} mag kiezen; samen met ${REDACTED}. Samen spelen.`
		);
	});

	it('treats names with special characters as plain text', () => {
		const pattern = namePattern(['A.J. (Jr)']);
		expect(redactText('Vraag A.J. (Jr) eerst', pattern)).toBe(`Vraag ${REDACTED} eerst`);
		expect(redactText('AXJX (Jr)', pattern)).toBe('AXJX (Jr)');
	});

	it('matches nothing without names worth matching', () => {
		expect(namePattern(['', ' ', 'A'])).toBeNull();
		expect(redactText('A mag', null)).toBe('A mag');
	});
});

describe('redactBlocks', () => {
	it('redacts titles and notes, and keeps the array when nothing changed', () => {
		const pattern = namePattern(['Noor']);
		const blocks = [block('Noor zit naast de coach', 'Gesprek met Noor'), block('Niets')];
		const result = redactBlocks(blocks, pattern);
		expect(result[0]).toMatchObject({
			title: `Gesprek met ${REDACTED}`,
			notes: `${REDACTED} zit naast de coach`
		});
		expect(result[1]).toBe(blocks[1]);
		const clean = [block('Niets')];
		expect(redactBlocks(clean, pattern)).toBe(clean);
	});
});
