import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { codeText, syncErrorText } from '$lib/components/sync/texts';
import { refusalOf } from './group-sync';
import { SyncError, type SyncErrorCode } from './api';

// What the server sends when it refuses a connection (server/server.js, onAuthenticate and
// enforce) and the error codes of its JSON API (docs/sync-protocol.md).
const SERVER_REFUSALS: SyncErrorCode[] = [
	'unauthorized',
	'forbidden',
	'not-found',
	'too-large',
	'rate-limited',
	'limit-reached'
];
const API_ERRORS: SyncErrorCode[] = [
	'unauthorized',
	'forbidden',
	'not-found',
	'exists',
	'invite-invalid',
	'invite-expired',
	'too-large',
	'rate-limited',
	'limit-reached'
];

describe('refusals in the coach’s language', () => {
	it('keeps every reason the server refuses a connection with', () => {
		for (const reason of SERVER_REFUSALS) expect(refusalOf(reason)).toBe(reason);
	});

	it('says each refusal and API error in Dutch and in English, never as a raw code', () => {
		for (const locale of ['nl', 'en'] as const) {
			overwriteGetLocale(() => locale);
			const fallback = syncErrorText(new Error('x')).replace('x', '');
			for (const code of [...SERVER_REFUSALS, ...API_ERRORS]) {
				const text = codeText(code);
				expect(text, `${locale} ${code}`).not.toContain(code);
				expect(text.startsWith(fallback), `${locale} ${code}`).toBe(false);
				expect(syncErrorText(new SyncError(code))).toBe(text);
			}
		}
	});

	it('tells a full account apart from a missing membership', () => {
		overwriteGetLocale(() => 'nl');
		expect(codeText('limit-reached')).toContain('grens');
		expect(codeText('limit-reached')).not.toBe(codeText('forbidden'));
	});
});
