// @ts-check
// The KIES sync server: Hocuspocus 3.4 for the Yjs documents plus a small JSON API, on one port.
// The contract with the app is docs/sync-protocol.md.
import { Hocuspocus } from '@hocuspocus/server';
import http from 'node:http';
import os from 'node:os';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { handleApi } from './api.js';
import { CLOSE, LIMIT_DEFAULTS, guardSocket } from './guard.js';
import { ApiError, GROUP_ID, Registry } from './registry.js';
import { COMPACT_BYTES, DocumentStore } from './store.js';

export const DEFAULTS = {
	port: 8787,
	host: '127.0.0.1',
	data: './sync-data',
	/** Largest WebSocket message (one Yjs update) accepted; bigger closes that socket (1009). */
	maxUpdateBytes: 2 * 1024 * 1024
};

const STORE_ORIGIN = Symbol('kies-store');

/**
 * @typedef {object} ServerOptions
 * @property {number} [port]
 * @property {string} [host]
 * @property {string} [data]
 * @property {string} [redis]      redis:// URL: share documents with other instances
 * @property {string} [instanceId] stable name of this instance (its files in the data folder)
 * @property {number} [maxUpdateBytes]
 * @property {Partial<typeof LIMIT_DEFAULTS>} [limits]
 * @property {number} [deviceDays]  how long a device token stays valid (default 365 days)
 * @property {boolean} [quiet]
 */

/** A refusal that Hocuspocus sends to the provider as the permission-denied reason. */
function refusal(/** @type {string} */ reason) {
	return Object.assign(new Error(reason), { reason });
}

/** @param {ServerOptions} [options] */
export async function startServer(options = {}) {
	/** @type {ServerOptions & typeof DEFAULTS} */
	const config = {
		...DEFAULTS,
		...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined))
	};
	const instanceId = config.instanceId ?? `${os.hostname()}-${config.port}`;
	const limits = {
		...LIMIT_DEFAULTS,
		...Object.fromEntries(Object.entries(config.limits ?? {}).filter(([, v]) => v !== undefined))
	};
	const registry = new Registry(config.data, {
		instanceId,
		deviceDays: config.deviceDays,
		maxGroupsPerAccount: limits.maxGroupsPerAccount
	});
	const store = new DocumentStore(config.data, instanceId);
	const log = config.quiet ? () => {} : (/** @type {string} */ line) => console.log(line);

	/** Durable persistence: every update is appended and fsynced inside Yjs's synchronous
	 * 'update' event. Hocuspocus 3.4 applies a client's update with readUpdate/readSyncStep2 and
	 * only after that returns sends the SyncStatus acknowledgement (MessageReceiver.readSyncMessage),
	 * so nothing is acknowledged before it is on disk. (onChange/onStoreDocument run later, on a
	 * promise chain or debounced, and would not give that guarantee.) */
	const persistence = {
		extensionName: 'KiesDiskStore',
		priority: 1000,
		/** @param {{ document: Y.Doc, documentName: string }} payload */
		async onLoadDocument({ document, documentName }) {
			const stored = store.load(documentName);
			if (stored) Y.applyUpdate(document, stored, STORE_ORIGIN);
			store.open(documentName);
			document.on('update', (/** @type {Uint8Array} */ update, /** @type {unknown} */ origin) => {
				if (origin !== STORE_ORIGIN) store.append(documentName, update);
			});
		},
		/** @param {{ document: Y.Doc & { getConnectionsCount(): number }, documentName: string }} payload */
		async onStoreDocument({ document, documentName }) {
			if (store.logBytes(documentName) > COMPACT_BYTES || document.getConnectionsCount() === 0) {
				store.compact(documentName, document);
			}
		},
		/** @param {{ documentName: string }} payload */
		async afterUnloadDocument({ documentName }) {
			store.close(documentName);
		}
	};

	/** @type {any[]} */
	const extensions = [persistence];
	if (config.redis) {
		const { Redis } = await import('@hocuspocus/extension-redis');
		const url = new URL(config.redis);
		extensions.push(
			new Redis({
				host: url.hostname,
				port: Number(url.port || 6379),
				identifier: instanceId,
				prefix: 'kies-sync',
				options: { password: url.password || undefined, db: Number(url.pathname.slice(1) || 0) }
			})
		);
	}

	const hocuspocus = new Hocuspocus({
		name: instanceId,
		quiet: true,
		extensions,
		/** @param {{ token: string, documentName: string, connectionConfig: { readOnly: boolean }, request: any }} payload */
		async onAuthenticate({ token, documentName, connectionConfig, request }) {
			/** @type {ReturnType<typeof guardSocket> | undefined} */
			const guard = request?.kiesGuard;
			try {
				const who = registry.authenticate(token);
				if (!who) throw refusal('unauthorized');
				const match = /^group:(.+)$/.exec(documentName);
				if (!match || !GROUP_ID.test(match[1])) throw refusal('not-found');
				const access = registry.access(who.account, match[1]);
				if (access === 'not-found' || access === 'forbidden') throw refusal(access);
				// A coordinator reads every group of the organisation: a higher ceiling.
				const ceiling =
					who.account.role === 'coordinator'
						? Math.max(limits.maxConnectionsPerAccount, 2000)
						: limits.maxConnectionsPerAccount;
				if (connectionsOf(who.account.id) >= ceiling) {
					throw refusal('limit-reached');
				}
				connectionConfig.readOnly = access === 'read-only';
				guard?.opened(documentName);
				return {
					accountId: who.account.id,
					deviceId: who.device.id,
					role: who.account.role,
					groupId: match[1]
				};
			} catch (error) {
				guard?.refused(documentName);
				throw error;
			}
		}
	});

	/** Open document connections of an account on this instance. @param {string} accountId */
	function connectionsOf(accountId) {
		let count = 0;
		for (const document of hocuspocus.documents.values()) {
			for (const connection of document.getConnections()) {
				if (connection.context?.accountId === accountId) count++;
			}
		}
		return count;
	}

	/** Close every open connection whose device, account or membership is no longer valid. */
	function enforce() {
		const state = registry.read();
		for (const document of hocuspocus.documents.values()) {
			for (const connection of document.getConnections()) {
				const context = connection.context ?? {};
				if (!context.deviceId) continue;
				const device = state.devices[context.deviceId];
				const account = state.accounts[context.accountId];
				let reason = '';
				if (!device || device.revokedAt || !account) reason = 'unauthorized';
				else {
					const access = registry.access(account, context.groupId);
					if (access === 'not-found' || access === 'forbidden') reason = access;
					else if ((access === 'read-only') !== connection.readOnly) reason = 'forbidden';
				}
				if (reason) {
					// Closing the socket makes the provider reconnect and authenticate again, and the
					// refusal then reaches the app the normal way (authenticationFailed with the reason).
					connection.webSocket.close(
						reason === 'unauthorized' ? CLOSE.unauthorized : CLOSE.forbidden,
						reason
					);
				}
			}
		}
	}
	let lastStamp = registry.stamp;
	const watcher = setInterval(() => {
		registry.read();
		if (registry.stamp !== lastStamp) {
			lastStamp = registry.stamp;
			enforce();
		}
	}, 500);
	watcher.unref();

	const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxUpdateBytes });
	const httpServer = http.createServer((request, response) => {
		handleApi(request, response, {
			registry,
			hocuspocus,
			store,
			afterChange: enforce,
			signinBurst: limits.signinBurst
		}).catch((/** @type {unknown} */ error) => {
			const api =
				error instanceof ApiError ? error : new ApiError(500, 'server-error', 'Internal error');
			if (!(error instanceof ApiError)) console.error(error);
			if (!response.headersSent) {
				response.writeHead(api.status, {
					'Content-Type': 'application/json',
					'Access-Control-Allow-Origin': '*'
				});
			}
			response.end(JSON.stringify({ error: api.code, message: api.message }));
		});
	});
	// Slow or stalled HTTP clients (headers or body trickling in) are cut off.
	httpServer.headersTimeout = 10_000;
	httpServer.requestTimeout = 15_000;
	httpServer.on('clientError', (_error, socket) => socket.destroy());
	httpServer.on('upgrade', (request, socket, head) => {
		socket.on('error', () => socket.destroy());
		wss.handleUpgrade(request, socket, head, (/** @type {import('ws').WebSocket} */ ws) => {
			ws.on('error', () => ws.terminate());
			/** @type {any} */ (request).kiesGuard = guardSocket(ws, limits, log);
			hocuspocus.handleConnection(ws, request);
		});
	});

	await new Promise((resolve, reject) => {
		httpServer.once('error', reject);
		httpServer.listen(config.port, config.host, () => resolve(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (httpServer.address());
	const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
	log(
		`KIES sync server listening on ${url} (data: ${config.data}, instance: ${instanceId}${config.redis ? ', redis' : ''})`
	);

	let stopping = false;
	return {
		url,
		port: address.port,
		registry,
		hocuspocus,
		store,
		/** Stop gracefully: close connections, store every document, close files. */
		async stop() {
			if (stopping) return;
			stopping = true;
			clearInterval(watcher);
			for (const ws of wss.clients) ws.terminate();
			await new Promise((resolve) => setTimeout(resolve, 50));
			for (const [name, document] of hocuspocus.documents) {
				try {
					store.compact(name, document);
				} catch (error) {
					console.error(error);
				}
			}
			await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
			store.closeAll();
			await new Promise((resolve) => httpServer.close(() => resolve(undefined)));
		}
	};
}
