/**
 * The sync server's JSON API (docs/sync-protocol.md), the sign-in code and the invitation.
 * Every failure is a `SyncError` with a stable code; the UI shows its own text for each code.
 */
import { fromB64u, importGroupKey, toB64u } from './crypto';

export type SyncErrorCode =
	| 'bad-signin'
	| 'bad-invite'
	| 'bad-server'
	| 'origin-not-allowed'
	| 'network'
	| 'unauthorized'
	| 'forbidden'
	| 'not-found'
	| 'exists'
	| 'invite-invalid'
	| 'invite-expired'
	| 'too-large'
	| 'rate-limited'
	| 'limit-reached'
	| 'server-error'
	| 'not-signed-in';

const KNOWN: ReadonlySet<string> = new Set([
	'unauthorized',
	'forbidden',
	'not-found',
	'exists',
	'invite-invalid',
	'invite-expired',
	'too-large',
	'rate-limited',
	'limit-reached'
]);

export class SyncError extends Error {
	constructor(
		readonly code: SyncErrorCode,
		detail = ''
	) {
		super(detail || code);
	}
}

const SIGNIN_PREFIX = 'kies-signin-1.';
const INVITE_PREFIX = 'kies-invite-1.';

function decodeJson(text: string): Record<string, unknown> | null {
	try {
		const value = JSON.parse(new TextDecoder().decode(fromB64u(text))) as unknown;
		return value && typeof value === 'object' && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: null;
	} catch {
		return null;
	}
}

function encodeJson(value: unknown): string {
	return toB64u(new TextEncoder().encode(JSON.stringify(value)));
}

/** An http(s) origin without a path, or null. */
export function serverOrigin(text: string): string | null {
	try {
		const url = new URL(text.trim());
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		return url.origin;
	} catch {
		return null;
	}
}

/** The WebSocket address of a server origin (same host and port). */
export function socketUrl(origin: string): string {
	return origin.replace(/^http/, 'ws');
}

export interface Signin {
	server: string;
	accountId: string;
	secret: string;
	code: string;
}

/** Reads a sign-in code (also from a `…#signin=<code>` link). */
export function parseSignin(text: string): Signin {
	const trimmed = text.trim();
	const code = trimmed.includes('#signin=')
		? trimmed.slice(trimmed.indexOf('#signin=') + 8)
		: trimmed;
	const json = code.startsWith(SIGNIN_PREFIX) ? decodeJson(code.slice(SIGNIN_PREFIX.length)) : null;
	const server = typeof json?.server === 'string' ? serverOrigin(json.server) : null;
	if (!json || !server || typeof json.accountId !== 'string' || typeof json.secret !== 'string') {
		throw new SyncError('bad-signin');
	}
	return { server, accountId: json.accountId, secret: json.secret, code };
}

export interface Invitation {
	server: string;
	groupId: string;
	inviteId: string;
	inviteSecret: string;
	groupKey: string;
	keyId: string;
}

/** A short check of key and group, so a changed invitation is refused before it is used. */
async function inviteCheck(invite: Omit<Invitation, 'server'>): Promise<string> {
	const data = new TextEncoder().encode(
		[invite.groupId, invite.inviteId, invite.inviteSecret, invite.keyId, invite.groupKey].join('|')
	);
	return toB64u(new Uint8Array(await crypto.subtle.digest('SHA-256', data)).slice(0, 9));
}

/** The invitation as a code to type or scan. */
export async function encodeInvitation(invite: Invitation): Promise<string> {
	return `${INVITE_PREFIX}${encodeJson({ ...invite, check: await inviteCheck(invite) })}`;
}

/** Reads and checks an invitation; a changed or foreign code is refused with 'bad-invite'. */
export async function parseInvitation(text: string): Promise<Invitation> {
	const code = text.replace(/\s+/g, '');
	const json = code.startsWith(INVITE_PREFIX) ? decodeJson(code.slice(INVITE_PREFIX.length)) : null;
	const fields = ['server', 'groupId', 'inviteId', 'inviteSecret', 'groupKey', 'keyId'] as const;
	if (!json || fields.some((f) => typeof json[f] !== 'string' || !json[f])) {
		throw new SyncError('bad-invite');
	}
	const invite = Object.fromEntries(
		fields.map((f) => [f, json[f] as string])
	) as unknown as Invitation;
	const server = serverOrigin(invite.server);
	if (!server || json.check !== (await inviteCheck(invite))) throw new SyncError('bad-invite');
	try {
		await importGroupKey(invite.groupKey);
	} catch {
		throw new SyncError('bad-invite');
	}
	return { ...invite, server };
}

/** Origins the build allows the app to connect to (the CSP's connect-src), plus its own. */
export function allowedOrigins(): string[] {
	const built = typeof __SYNC_ORIGINS__ === 'undefined' ? [] : __SYNC_ORIGINS__;
	const own = typeof location === 'undefined' ? [] : [location.origin];
	return [...own, ...built];
}

/** Refuses a server the build's CSP would block anyway, with a clear message instead. */
export function assertAllowed(server: string, allowed = allowedOrigins()): void {
	const origins = allowed.map((o) => serverOrigin(o.replace(/^ws/, 'http'))).filter(Boolean);
	if (!origins.includes(server)) throw new SyncError('origin-not-allowed', server);
}

/** One call to the server's API; errors become SyncErrors with the server's code. */
export async function api<T>(
	server: string,
	method: 'GET' | 'POST' | 'DELETE',
	path: string,
	token: string | null,
	body?: unknown
): Promise<T> {
	let response: Response;
	try {
		response = await fetch(`${server}${path}`, {
			method,
			headers: {
				...(token ? { Authorization: `Bearer ${token}` } : {}),
				...(body === undefined ? {} : { 'Content-Type': 'application/json' })
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	} catch (err) {
		throw new SyncError('network', err instanceof Error ? err.message : String(err));
	}
	const text = await response.text();
	let json: unknown;
	try {
		json = text ? JSON.parse(text) : null;
	} catch {
		throw new SyncError('bad-server', `${response.status}`);
	}
	if (!response.ok) {
		const code = (json as { error?: unknown } | null)?.error;
		throw new SyncError(
			typeof code === 'string' && KNOWN.has(code) ? (code as SyncErrorCode) : 'server-error',
			`${response.status} ${String((json as { message?: unknown } | null)?.message ?? '')}`
		);
	}
	return json as T;
}
