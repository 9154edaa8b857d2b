/**
 * The one rule for every passphrase the coach sets (backups, exchange files, the signal log,
 * the app lock): at least 12 characters, counted as the coach sees them (emoji count once).
 * Opening an older file asks for its passphrase as it was: the rule applies only when setting one.
 */
export const PASSPHRASE_MIN_LENGTH = 12;

export type PassphraseProblem = 'too-short' | 'mismatch';

/** Characters as a person counts them. */
export function passphraseLength(passphrase: string): number {
	return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(passphrase)].length;
}

/** What is wrong with a new passphrase and its repetition, or null when it may be used. */
export function passphraseProblem(passphrase: string, repeat: string): PassphraseProblem | null {
	if (passphraseLength(passphrase) < PASSPHRASE_MIN_LENGTH) return 'too-short';
	if (passphrase !== repeat) return 'mismatch';
	return null;
}

/** Raised by a write that was handed a passphrase the rule refuses. */
export class PassphraseTooShortError extends Error {
	readonly code = 'passphrase-too-short';
	constructor() {
		super(`a passphrase has at least ${PASSPHRASE_MIN_LENGTH} characters`);
	}
}

/** Throws unless the passphrase follows the rule (for the db and file writers). */
export function assertPassphrase(passphrase: string): void {
	if (passphraseLength(passphrase) < PASSPHRASE_MIN_LENGTH) throw new PassphraseTooShortError();
}
