// @ts-check
// The JSON HTTP API of the sync server (docs/sync-protocol.md). Every answer carries CORS
// headers: the app runs on its own origin and sends a bearer token, never cookies.
import { ApiError } from './registry.js';

const MAX_BODY = 16 * 1024;
const CORS = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
	'Access-Control-Allow-Headers': 'Authorization, Content-Type',
	'Access-Control-Max-Age': '600'
};

/** Sign-in attempts per address: `burst` at once (default 20), then one every 3 seconds. */
const attempts = new Map();
function limitSignins(/** @type {string} */ ip, burst = 20) {
	const now = Date.now();
	const bucket = attempts.get(ip) ?? { tokens: burst, at: now };
	bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 3000);
	bucket.at = now;
	attempts.set(ip, bucket);
	if (attempts.size > 10_000) attempts.clear();
	if (bucket.tokens < 1)
		throw new ApiError(429, 'rate-limited', 'Too many sign-in attempts; wait a minute');
	bucket.tokens -= 1;
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {unknown} body */
function send(response, status, body) {
	response.writeHead(status, {
		...CORS,
		'Content-Type': 'application/json; charset=utf-8',
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff'
	});
	response.end(JSON.stringify(body));
}

/** @param {import('node:http').IncomingMessage} request @returns {Promise<any>} */
async function readJson(request) {
	const chunks = [];
	let size = 0;
	for await (const chunk of request) {
		size += chunk.length;
		if (size > MAX_BODY) throw new ApiError(413, 'too-large', 'Request body too large');
		chunks.push(chunk);
	}
	if (!size) return {};
	try {
		const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
		return body;
	} catch {
		throw new ApiError(400, 'bad-request', 'The body must be a JSON object');
	}
}

/** Read `kies-signin-1.<base64url(JSON {server, accountId, secret})>`. */
export function parseSignin(/** @type {unknown} */ code) {
	if (typeof code !== 'string' || !code.startsWith('kies-signin-1.') || code.length > 2000)
		return null;
	try {
		const json = JSON.parse(
			Buffer.from(code.slice('kies-signin-1.'.length), 'base64url').toString('utf8')
		);
		if (typeof json?.accountId === 'string' && typeof json?.secret === 'string') return json;
	} catch {
		// fall through
	}
	return null;
}

/** Make a sign-in code for an account. */
export function makeSignin(
	/** @type {string} */ server,
	/** @type {string} */ accountId,
	/** @type {string} */ secret
) {
	return `kies-signin-1.${Buffer.from(JSON.stringify({ server, accountId, secret })).toString('base64url')}`;
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ registry: import('./registry.js').Registry, hocuspocus: import('@hocuspocus/server').Hocuspocus, store: import('./store.js').DocumentStore, afterChange: () => void, signinBurst?: number }} ctx
 */
export async function handleApi(
	request,
	response,
	{ registry, hocuspocus, afterChange, signinBurst }
) {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const method = request.method ?? 'GET';
	const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
	const ip = request.socket.remoteAddress;

	if (method === 'OPTIONS') {
		response.writeHead(204, CORS);
		response.end();
		return;
	}
	if (url.pathname === '/health' && method === 'GET') {
		return send(response, 200, {
			ok: true,
			documents: hocuspocus.getDocumentsCount(),
			connections: hocuspocus.getConnectionsCount()
		});
	}
	if (parts[0] !== 'api') throw new ApiError(404, 'not-found', 'Not found');

	if (parts[1] === 'devices' && parts.length === 2 && method === 'POST') {
		limitSignins(ip ?? '', signinBurst);
		const body = await readJson(request);
		const signin = parseSignin(body.signin);
		if (!signin) throw new ApiError(401, 'unauthorized', 'The sign-in code is not valid');
		const result = registry.signInDevice({
			accountId: signin.accountId,
			secret: signin.secret,
			deviceName: body.deviceName,
			ip
		});
		return send(response, 201, result);
	}

	const header = request.headers.authorization ?? '';
	const who = registry.authenticate(header.startsWith('Bearer ') ? header.slice(7) : '');
	if (!who)
		throw new ApiError(
			401,
			'unauthorized',
			'Sign in again: this device is not (or no longer) allowed'
		);
	const { account } = who;

	if (parts[1] === 'me' && parts.length === 2 && method === 'GET') {
		return send(response, 200, {
			account: { id: account.id, name: account.name, role: account.role },
			deviceId: who.device.id
		});
	}
	if (parts[1] !== 'groups') throw new ApiError(404, 'not-found', 'Not found');
	const groupId = parts[2];

	if (parts.length === 2 && method === 'GET')
		return send(response, 200, registry.groupsFor(account));
	if (parts.length === 2 && method === 'POST') {
		const body = await readJson(request);
		return send(response, 201, registry.createGroup(account, body.groupId));
	}
	if (parts.length === 4 && parts[3] === 'invites' && method === 'POST') {
		return send(response, 201, registry.createInvite(account, groupId));
	}
	if (parts.length === 4 && parts[3] === 'join' && method === 'POST') {
		const body = await readJson(request);
		return send(response, 200, registry.join(account, groupId, body.inviteId, body.inviteSecret));
	}
	if (parts.length === 4 && parts[3] === 'members' && method === 'GET') {
		return send(response, 200, registry.members(account, groupId));
	}
	if (parts.length === 5 && parts[3] === 'members' && method === 'DELETE') {
		const group = registry.removeMember(account, groupId, parts[4]);
		afterChange();
		return send(response, 200, group);
	}
	throw new ApiError(404, 'not-found', 'Not found');
}
