import { describe, expect, it } from 'vitest';
import {
	assertPassphrase,
	PASSPHRASE_MIN_LENGTH,
	passphraseLength,
	passphraseProblem
} from './passphrase';

describe('passphraseProblem', () => {
	it('asks for at least 12 characters', () => {
		expect(PASSPHRASE_MIN_LENGTH).toBe(12);
		expect(passphraseProblem('elf tekens!', 'elf tekens!')).toBe('too-short');
		expect(passphraseProblem('twaalf teken', 'twaalf teken')).toBeNull();
	});

	it('counts characters as a person does, not UTF-16 units', () => {
		expect(passphraseLength('👩‍👧‍👦👩‍👧‍👦👩‍👧‍👦')).toBe(3);
		expect(passphraseProblem('🙂🙂🙂🙂🙂🙂', '🙂🙂🙂🙂🙂🙂')).toBe('too-short');
	});

	it('asks for the same passphrase twice', () => {
		expect(passphraseProblem('boom roos vis kat', 'boom roos vis')).toBe('mismatch');
	});

	it('lets writers refuse a short passphrase', () => {
		expect(() => assertPassphrase('kort')).toThrow(/at least 12/);
		expect(() => assertPassphrase('lang genoeg nu')).not.toThrow();
	});
});
