/** How a thrown value is told to the user; the app's i18n layer installs one (see $lib/error-text). */
type ErrorDescriber = (err: unknown) => string | null;

let describe: ErrorDescriber = () => null;

/** Installs the user's-language texts for errors the browser raises (once, at start-up). */
export function setErrorDescriber(describer: ErrorDescriber): void {
	describe = describer;
}

/** The technical text of anything that was thrown. */
export function errorDetail(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

/**
 * The text of anything that was thrown, for showing to the user next to what failed: for errors
 * of the browser's storage, a sentence in the user's language that says what to do, with the
 * technical detail after it; otherwise the error's own message (the app's errors are translated).
 */
export function errorMessage(err: unknown): string {
	return describe(err) ?? errorDetail(err);
}
