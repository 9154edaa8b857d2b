// @ts-check
// Test helper: start the REAL sync server as a child process on a free port with a temporary
// data folder, make accounts, sign devices in, kill -9 and restart it. Used by the server's
// own tests (server/*.spec.ts), by e2e specs and by the benches.
//
//   const server = await startSyncServer();
//   const anna = await server.addAccount('Anna', 'coach');      // { accountId, signin }
//   const device = await server.signIn(anna.signin);             // { deviceId, deviceToken, account }
//   await server.kill();  await server.restart();  await server.stop();
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAdmin } from './admin.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'kies-sync-') {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * @typedef {object} StartOptions
 * @property {string} [data]        data folder (default: a new temporary folder)
 * @property {number} [port]        default: a free port (kept across restarts)
 * @property {string} [redis]       redis:// URL to share documents with other instances
 * @property {string} [instanceId]
 * @property {Record<string, string>} [env] extra environment (e.g. SYNC_MAX_UPDATE_BYTES)
 * @property {boolean} [log]        pass the server's output through (default: only on failure)
 */

/** @param {StartOptions} [options] */
export async function startSyncServer(options = {}) {
	const data = options.data ?? tempDir();
	const port = options.port ?? /** @type {number} */ (await freePort());
	const instanceId = options.instanceId ?? `test-${port}`;
	const url = `http://127.0.0.1:${port}`;
	/** @type {import('node:child_process').ChildProcess | null} */
	let child = null;
	let output = '';

	async function launch() {
		const args = [
			MAIN,
			'--port',
			String(port),
			'--host',
			'127.0.0.1',
			'--data',
			data,
			'--instance',
			instanceId
		];
		if (options.redis) args.push('--redis', options.redis);
		const proc = spawn(process.execPath, args, {
			env: { ...process.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child = proc;
		await new Promise((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`sync server did not start:\n${output}`)),
				15_000
			);
			const onData = (/** @type {Buffer} */ chunk) => {
				output += chunk.toString();
				if (options.log) process.stdout.write(chunk);
				if (output.includes('listening on')) {
					clearTimeout(timer);
					resolve(undefined);
				}
			};
			proc.stdout?.on('data', onData);
			proc.stderr?.on('data', (chunk) => {
				output += chunk.toString();
				if (options.log) process.stderr.write(chunk);
			});
			proc.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`sync server exited (${code}):\n${output}`));
			});
		});
	}

	/** @param {NodeJS.Signals} signal */
	async function signal(signal) {
		const proc = child;
		if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
		const exited = new Promise((resolve) => proc.once('exit', resolve));
		proc.kill(signal);
		await exited;
		child = null;
	}

	await launch();

	return {
		url,
		wsUrl: `ws://127.0.0.1:${port}`,
		port,
		data,
		instanceId,
		/** Everything the server printed so far. */
		output: () => output,
		pid: () => child?.pid,
		/** kill -9: no clean-up, no last store. */
		kill: () => signal('SIGKILL'),
		/** Graceful stop (SIGTERM). */
		stop: () => signal('SIGTERM'),
		/** Start again on the same port with the same data folder. */
		restart: () => launch(),
		/** Make an account with the admin command line's code. @param {string} name @param {'coach' | 'coordinator'} [role] */
		addAccount(name, role = 'coach') {
			const result = JSON.parse(
				runAdmin([
					'add-account',
					'--name',
					name,
					'--role',
					role,
					'--data',
					data,
					'--server',
					url,
					'--json'
				])
			);
			return {
				accountId: /** @type {string} */ (result.account.id),
				signin: /** @type {string} */ (result.signin),
				link: /** @type {string} */ (result.link)
			};
		},
		/** Run any admin command against this server's data folder. @param {string[]} args */
		admin: (...args) => runAdmin([...args, '--data', data, '--server', url]),
		/** Exchange a sign-in code for a device token. @param {string} signin */
		async signIn(signin, deviceName = 'test device') {
			const response = await fetch(`${url}/api/devices`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ signin, deviceName })
			});
			if (!response.ok)
				throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
			return /** @type {Promise<{ deviceId: string, deviceToken: string, account: { id: string, name: string, role: string } }>} */ (
				response.json()
			);
		},
		/** A coach account with a signed-in device, in one step. @param {string} name @param {'coach' | 'coordinator'} [role] */
		async addDevice(name, role = 'coach') {
			const account = this.addAccount(name, role);
			const device = await this.signIn(account.signin, `${name}'s device`);
			return { ...account, token: device.deviceToken, deviceId: device.deviceId };
		},
		/** Call the JSON API with a device token. @param {string} token @param {string} method @param {string} route @param {unknown} [body] */
		async api(token, method, route, body) {
			const response = await fetch(`${url}${route}`, {
				method,
				headers: {
					Authorization: `Bearer ${token}`,
					...(body ? { 'Content-Type': 'application/json' } : {})
				},
				body: body ? JSON.stringify(body) : undefined
			});
			const text = await response.text();
			return { status: response.status, body: text ? JSON.parse(text) : null };
		}
	};
}

/**
 * A real @hocuspocus/provider client in Node (WebSocket from `ws`), for tests and benches.
 * @param {string} wsUrl @param {string} documentName @param {string} token
 */
export async function connectClient(wsUrl, documentName, token) {
	const [{ HocuspocusProvider }, { default: WebSocket }, Y] = await Promise.all([
		import('@hocuspocus/provider'),
		import('ws'),
		import('yjs')
	]);
	// A socket closed while still connecting (a destroyed, reconnecting client) emits 'error'
	// with no listener in ws: keep that from surfacing as an unhandled error.
	class QuietWebSocket extends WebSocket {
		/** @param {ConstructorParameters<typeof WebSocket>} args */
		constructor(...args) {
			super(...args);
			this.on('error', () => {});
		}
	}
	const document = new Y.Doc();
	/** @type {string[]} */
	const refusals = [];
	/** @type {string[]} */
	const closes = [];
	let authenticated = 0;
	const provider = new HocuspocusProvider({
		url: wsUrl,
		name: documentName,
		token,
		document,
		// @ts-expect-error: the provider passes it on to its own socket (not in its type)
		WebSocketPolyfill: QuietWebSocket,
		delay: 100,
		minDelay: 100,
		maxDelay: 500,
		onAuthenticationFailed: ({ reason }) => refusals.push(reason),
		onAuthenticated: () => authenticated++,
		onClose: ({ event }) => closes.push(`${event.code}:${event.reason}`)
	});
	return {
		provider,
		document,
		refusals,
		closes,
		authenticatedCount: () => authenticated,
		/** Wait until the server acknowledged every local change (and the first sync is done). */
		acknowledged: (timeout = 10_000) =>
			waitFor(
				() => provider.isSynced && provider.unsyncedChanges === 0,
				timeout,
				'acknowledgement'
			),
		destroy() {
			provider.destroy();
			document.destroy();
		}
	};
}

/** Poll until `check()` is true. @param {() => boolean} check */
export async function waitFor(check, timeout = 10_000, what = 'condition') {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** Debian's redis-server; when missing, scripts/ensure-tools.js installs it (as root) or says how. */
export function redisBinary() {
	const paths = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];
	let found = paths.find((p) => fs.existsSync(p));
	if (!found) {
		const script = fileURLToPath(new URL('../scripts/ensure-tools.js', import.meta.url));
		execFileSync(process.execPath, [script, 'redis-server'], { stdio: 'inherit' });
		found = paths.find((p) => fs.existsSync(p));
	}
	if (!found) throw new Error('redis-server is missing: apt-get install redis-server');
	return found;
}

/** Start a private redis-server on a free port with a temporary folder (no persistence). */
export async function startRedis() {
	const binary = redisBinary();
	const port = /** @type {number} */ (await freePort());
	const dir = tempDir('kies-redis-');
	const proc = spawn(
		binary,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no'
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	await new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`redis-server did not start:\n${output}`)),
			10_000
		);
		proc.stdout?.on('data', (chunk) => {
			output += chunk.toString();
			if (output.includes('Ready to accept connections')) {
				clearTimeout(timer);
				resolve(undefined);
			}
		});
		proc.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`redis-server exited (${code}):\n${output}`));
		});
	});
	return {
		url: `redis://127.0.0.1:${port}`,
		port,
		async stop() {
			if (proc.exitCode === null && proc.signalCode === null) {
				const exited = new Promise((resolve) => proc.once('exit', resolve));
				proc.kill('SIGTERM');
				await exited;
			}
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * A TCP front on a free port that sends each new connection to the first back-end port that
 * accepts it: what a reverse proxy with fail-over does in front of two server instances.
 * @param {number[]} ports
 */
export async function startFailoverProxy(ports) {
	const port = /** @type {number} */ (await freePort());
	/** @type {Set<net.Socket>} */
	const sockets = new Set();
	const server = net.createServer((client) => {
		sockets.add(client);
		client.on('close', () => sockets.delete(client));
		client.on('error', () => client.destroy());
		client.pause();
		const tryPort = (/** @type {number} */ index) => {
			if (index >= ports.length) return client.destroy();
			const upstream = net.connect(ports[index], '127.0.0.1');
			upstream.once('error', () => {
				if (!upstream.readableEnded && client.bytesWritten === 0) tryPort(index + 1);
				else client.destroy();
			});
			upstream.once('connect', () => {
				sockets.add(upstream);
				upstream.on('close', () => {
					sockets.delete(upstream);
					client.destroy();
				});
				client.on('close', () => upstream.destroy());
				client.pipe(upstream);
				upstream.pipe(client);
				client.resume();
			});
		};
		tryPort(0);
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	return {
		port,
		url: `http://127.0.0.1:${port}`,
		wsUrl: `ws://127.0.0.1:${port}`,
		async stop() {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		}
	};
}
