/** The user's text for sync errors and refusals (stable codes from $lib/sync/api). */
import { m } from '$lib/i18n';
import { errorMessage } from '$lib/domain/errors';

const BY_CODE: Record<string, (server: string) => string> = {
	'bad-signin': () => m.sync_err_bad_signin(),
	'bad-invite': () => m.sync_err_bad_invite(),
	'bad-server': () => m.sync_err_bad_server(),
	'origin-not-allowed': (server) => m.sync_err_origin_not_allowed({ server }),
	network: () => m.sync_err_network(),
	unauthorized: () => m.sync_err_unauthorized(),
	forbidden: () => m.sync_err_forbidden(),
	removed: () => m.sync_err_forbidden(),
	'not-found': () => m.sync_err_not_found(),
	exists: () => m.sync_err_exists(),
	'invite-invalid': () => m.sync_err_invite_invalid(),
	'invite-expired': () => m.sync_err_invite_expired(),
	'too-large': () => m.sync_err_too_large(),
	'rate-limited': () => m.sync_err_rate_limited(),
	'limit-reached': () => m.sync_err_limit_reached(),
	'server-error': () => m.sync_err_server_error(),
	'not-signed-in': () => m.sync_err_not_signed_in()
};

/** A refusal or error code as a sentence. */
export function codeText(code: string, server = ''): string {
	return BY_CODE[code]?.(server) ?? m.sync_err_other({ message: code });
}

/** Any error from the sync code as a sentence in the user's language. */
export function syncErrorText(err: unknown): string {
	const code = (err as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && BY_CODE[code]) {
		return codeText(code, (err as Error).message);
	}
	return m.sync_err_other({ message: errorMessage(err) });
}
