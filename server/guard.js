// @ts-check
// Limits that protect the server from one bad client without affecting the others. Each
// WebSocket gets a guard that sees every incoming message BEFORE Hocuspocus does:
// - a message must name a document `group:<id>`; anything that does not decode is refused;
// - at most `maxDocumentsPerSocket` documents per socket (a coordinator may read them all);
// - a document that was refused gets no more messages through (Hocuspocus would queue them
//   forever), and a document still authenticating may queue only a few;
// - at most `maxMessagesPerSecond` messages per socket (burst: twice that, plus a few for each
//   newly opened document);
// - no document authenticated within `authTimeoutMs`: closed;
// - a socket that does not read what it is sent (bufferedAmount > maxBufferedBytes): closed.
// The message size itself is capped by the WebSocket server (maxPayload: close code 1009).
import * as decoding from 'lib0/decoding';

export const LIMIT_DEFAULTS = {
	maxDocumentsPerSocket: 2000,
	maxMessagesPerSecond: 200,
	maxPendingMessages: 50,
	authTimeoutMs: 15_000,
	maxBufferedBytes: 16 * 1024 * 1024,
	maxConnectionsPerAccount: 50,
	maxGroupsPerAccount: 200,
	/** Sign-ins (POST /api/devices) one address may make at once; then one every 3 s. */
	signinBurst: 20
};

/** Close codes (4000-4999 are the application's). */
export const CLOSE = {
	unauthorized: 4401,
	forbidden: 4403,
	badRequest: 4400,
	rateLimited: 4429,
	timeout: 4408,
	slow: 4409
};

const DOCUMENT = /^group:[A-Za-z0-9_-]{1,64}$/;
const AUTH = 2; // Hocuspocus MessageType.Auth

/**
 * @param {import('ws').WebSocket} ws
 * @param {typeof LIMIT_DEFAULTS} limits
 * @param {(line: string) => void} log
 */
export function guardSocket(ws, limits, log) {
	/** @type {Map<string, 'pending' | 'open' | 'refused'>} */
	const documents = new Map();
	/** @type {Map<string, number>} */
	const pending = new Map();
	let tokens = limits.maxMessagesPerSecond * 2;
	let last = Date.now();
	let closed = false;

	const close = (/** @type {number} */ code, /** @type {string} */ reason) => {
		if (closed) return;
		closed = true;
		log(`closing a socket: ${reason}`);
		ws.close(code, reason);
		setTimeout(() => ws.terminate(), 1000).unref();
	};

	const authTimer = setTimeout(() => {
		if (![...documents.values()].includes('open')) close(CLOSE.timeout, 'auth-timeout');
	}, limits.authTimeoutMs);
	authTimer.unref();

	const slowTimer = setInterval(() => {
		if (ws.bufferedAmount > limits.maxBufferedBytes) {
			closed = true;
			log(`terminating a socket that does not read (${ws.bufferedAmount} bytes waiting)`);
			ws.terminate();
		}
	}, 250);
	slowTimer.unref();
	ws.once('close', () => {
		clearTimeout(authTimer);
		clearInterval(slowTimer);
	});

	/** @param {unknown} data @returns {boolean} whether Hocuspocus may see it */
	function allow(data) {
		if (closed) return false;
		const now = Date.now();
		const cap = limits.maxMessagesPerSecond * 2 + 10 * documents.size;
		tokens = Math.min(cap, tokens + ((now - last) / 1000) * limits.maxMessagesPerSecond);
		last = now;
		if (tokens < 1) {
			close(CLOSE.rateLimited, 'rate-limited');
			return false;
		}
		tokens -= 1;
		let name;
		let type;
		try {
			const bytes =
				data instanceof Uint8Array
					? data
					: Array.isArray(data)
						? Buffer.concat(data)
						: new Uint8Array(/** @type {ArrayBuffer} */ (data));
			const decoder = decoding.createDecoder(bytes);
			name = decoding.readVarString(decoder);
			type = decoding.readVarUint(decoder);
		} catch {
			close(CLOSE.badRequest, 'bad-request');
			return false;
		}
		if (!DOCUMENT.test(name)) {
			close(CLOSE.badRequest, 'bad-request');
			return false;
		}
		const state = documents.get(name);
		if (state === 'refused') return false;
		if (state === 'open') return true;
		if (!state) {
			if (documents.size >= limits.maxDocumentsPerSocket) {
				close(CLOSE.rateLimited, 'too-many-documents');
				return false;
			}
			documents.set(name, 'pending');
			// Opening a document costs a few messages (auth, sync, awareness): a coordinator who
			// opens a thousand groups on one socket is not a flood.
			tokens += 10;
		}
		const queued = (pending.get(name) ?? 0) + 1;
		pending.set(name, queued);
		if (queued > limits.maxPendingMessages && type !== AUTH) {
			close(CLOSE.rateLimited, 'rate-limited');
			return false;
		}
		return true;
	}

	// Hocuspocus listens with ws.on('message'); route every 'message' event through allow().
	// (Hocuspocus re-emits queued messages itself once a document is authenticated: those were
	// already counted, so they pass when the document is open.)
	const emit = ws.emit.bind(ws);
	ws.emit = /** @type {typeof ws.emit} */ (
		(/** @type {string | symbol} */ event, /** @type {any[]} */ ...args) => {
			if (event === 'message' && !allow(args[0])) return false;
			return emit(event, ...args);
		}
	);

	return {
		/** onAuthenticate accepted the document. @param {string} name */
		opened(name) {
			documents.set(name, 'open');
			pending.delete(name);
		},
		/** onAuthenticate refused the document. @param {string} name */
		refused(name) {
			documents.set(name, 'refused');
			pending.delete(name);
		}
	};
}
