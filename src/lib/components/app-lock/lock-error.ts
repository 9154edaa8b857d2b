/** What the passcode forms say when opening or turning off the lock fails. */
import { errorMessage } from '$lib/domain/errors';
import { WrongPassphraseError } from '$lib/domain/crypto';
import { m } from '$lib/i18n';

export function lockErrorText(err: unknown): string {
	return err instanceof WrongPassphraseError
		? m.lock_wrong()
		: m.lock_failed({ message: errorMessage(err) });
}
