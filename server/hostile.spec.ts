// Hostile and broken clients against the real server: each is refused or cut off, and two
// well-behaved coaches keep being served throughout.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, startSyncServer, waitFor } from './testing.js';

type Server = Awaited<ReturnType<typeof startSyncServer>>;
type Client = Awaited<ReturnType<typeof connectClient>>;

let server: Server;
let anna: Awaited<ReturnType<Server['addDevice']>>;
let a: Client;
let b: Client;
const others: Client[] = [];
const GROUP = 'hostile-test-group';
let round = 0;

/** The two good clients still sync both ways. */
async function stillServed() {
	round++;
	a.document.getMap('m').set(`a${round}`, round);
	b.document.getMap('m').set(`b${round}`, round);
	await waitFor(() => b.document.getMap('m').get(`a${round}`) === round, 10_000, 'a -> b');
	await waitFor(() => a.document.getMap('m').get(`b${round}`) === round, 10_000, 'b -> a');
	const health = (await (await fetch(`${server.url}/health`)).json()) as { ok: boolean };
	expect(health.ok).toBe(true);
}

function rawSocket(): Promise<WebSocket> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(server.wsUrl);
		ws.once('open', () => resolve(ws));
		ws.once('error', reject);
	});
}
const closed = (ws: WebSocket) =>
	new Promise<{ code: number; reason: string }>((resolve) =>
		ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))
	);

beforeAll(async () => {
	server = await startSyncServer({
		env: {
			SYNC_MAX_CONNECTIONS_PER_ACCOUNT: '3',
			SYNC_MAX_GROUPS_PER_ACCOUNT: '3',
			SYNC_AUTH_TIMEOUT_MS: '800',
			SYNC_MAX_BUFFERED_BYTES: String(1024 * 1024),
			SYNC_MAX_MESSAGES_PER_SECOND: '100'
		}
	});
	anna = await server.addDevice('Anna');
	const bea = await server.addDevice('Bea');
	await server.api(anna.token, 'POST', '/api/groups', { groupId: GROUP });
	const invite = (await server.api(anna.token, 'POST', `/api/groups/${GROUP}/invites`)).body;
	await server.api(bea.token, 'POST', `/api/groups/${GROUP}/join`, invite);
	a = await connectClient(server.wsUrl, `group:${GROUP}`, anna.token);
	b = await connectClient(server.wsUrl, `group:${GROUP}`, bea.token);
	await stillServed();
});
afterAll(async () => {
	for (const c of [a, b, ...others]) c?.destroy();
	await server.stop();
	fs.rmSync(server.data, { recursive: true, force: true });
});

describe('hostile clients', () => {
	it('refuses no token, and closes a socket that never authenticates', async () => {
		const none = await connectClient(server.wsUrl, `group:${GROUP}`, '');
		others.push(none);
		await waitFor(() => none.refusals.length > 0);
		expect(none.refusals[0]).toBe('unauthorized');
		const idle = await rawSocket();
		expect(await closed(idle)).toEqual({ code: 4408, reason: 'auth-timeout' });
		await stillServed();
	});

	it("refuses an expired token and another organisation's token and group", async () => {
		const other = await startSyncServer({ env: { SYNC_DEVICE_DAYS: String(1.5 / 86_400) } });
		try {
			const zoe = await other.addDevice('Zoe');
			await other.api(zoe.token, 'POST', '/api/groups', { groupId: 'other-org-group' });
			// Another organisation's token here, and our token for their group there.
			const foreign = await connectClient(server.wsUrl, `group:${GROUP}`, zoe.token);
			const theirs = await connectClient(server.wsUrl, 'group:other-org-group', anna.token);
			others.push(foreign, theirs);
			await waitFor(() => foreign.refusals.length > 0 && theirs.refusals.length > 0);
			expect([foreign.refusals[0], theirs.refusals[0]]).toEqual(['unauthorized', 'not-found']);
			// Zoe's device token expires (1.5 s here; 365 days by default).
			const early = await connectClient(other.wsUrl, 'group:other-org-group', zoe.token);
			await early.acknowledged();
			early.destroy();
			await new Promise((r) => setTimeout(r, 1600));
			const late = await connectClient(other.wsUrl, 'group:other-org-group', zoe.token);
			others.push(late);
			await waitFor(() => late.refusals.length > 0);
			expect(late.refusals[0]).toBe('unauthorized');
			expect((await other.api(zoe.token, 'GET', '/api/groups')).status).toBe(401);
		} finally {
			await other.stop();
			fs.rmSync(other.data, { recursive: true, force: true });
		}
		await stillServed();
	});

	it('cuts off a 50 MB update and stores none of it', async () => {
		const mallory = await server.signIn((await server.addAccount('Mallory')).signin);
		// Mallory is a member of her own group, and of ours through an invitation.
		const invite = (await server.api(anna.token, 'POST', `/api/groups/${GROUP}/invites`)).body;
		await server.api(mallory.deviceToken, 'POST', `/api/groups/${GROUP}/join`, invite);
		const m = await connectClient(server.wsUrl, `group:${GROUP}`, mallory.deviceToken);
		await m.acknowledged();
		m.document.getMap('m').set('huge', 'x'.repeat(50 * 1024 * 1024));
		await waitFor(() => m.closes.some((c) => c.startsWith('1009')), 20_000, 'close 1009');
		m.destroy();
		await stillServed();
		const fresh = await connectClient(server.wsUrl, `group:${GROUP}`, anna.token);
		others.push(fresh);
		await fresh.acknowledged();
		expect(fresh.document.getMap('m').has('huge')).toBe(false);
		expect(b.document.getMap('m').has('huge')).toBe(false);
	});

	it('drops random bytes: on the TCP port, as WebSocket frames, and as a flood', async () => {
		// Not even HTTP.
		const tcp = net.connect(server.port, '127.0.0.1');
		await new Promise((r) => tcp.once('connect', r));
		const tcpClosed = new Promise((r) => tcp.once('close', r));
		tcp.write(crypto.randomBytes(4096));
		await tcpClosed;
		// WebSocket frames of random bytes.
		for (let i = 0; i < 3; i++) {
			const ws = await rawSocket();
			const done = closed(ws);
			ws.send(crypto.randomBytes(1000 + i));
			expect((await done).code).toBe(4400);
		}
		// A valid-looking message flood.
		const flood = await rawSocket();
		const floodClosed = closed(flood);
		const name = Buffer.from(`group:${GROUP}`);
		const frame = Buffer.concat([Buffer.from([name.length]), name, Buffer.from([0, 0, 1, 0])]);
		for (let i = 0; i < 1000 && flood.readyState === WebSocket.OPEN; i++) flood.send(frame);
		expect((await floodClosed).code).toBe(4429);
		await stillServed();
	});

	it('cuts off a client that stops reading', async () => {
		const bea2 = await server.addDevice('Slow Sam');
		const invite = (await server.api(anna.token, 'POST', `/api/groups/${GROUP}/invites`)).body;
		await server.api(bea2.token, 'POST', `/api/groups/${GROUP}/join`, invite);
		const slow = await connectClient(server.wsUrl, `group:${GROUP}`, bea2.token);
		others.push(slow);
		await slow.acknowledged();
		const before = ((await (await fetch(`${server.url}/health`)).json()) as { connections: number })
			.connections;
		// Stop reading from the socket (the kernel buffers fill, then the server's).
		const socket = (
			slow.provider.configuration.websocketProvider.webSocket as unknown as { _socket: net.Socket }
		)._socket;
		socket.pause();
		for (let i = 0; i < 60; i++) {
			a.document.getMap('bulk').set(`k${i}`, crypto.randomBytes(300_000).toString('base64'));
			await new Promise((r) => setTimeout(r, 20));
		}
		await waitFor(() => server.output().includes('does not read'), 20_000, 'slow client cut off');
		const after = ((await (await fetch(`${server.url}/health`)).json()) as { connections: number })
			.connections;
		expect(after).toBeLessThan(before);
		await stillServed();
	});

	it('limits connections and groups per account', async () => {
		const carl = await server.addDevice('Carl');
		for (let i = 1; i <= 3; i++) {
			expect(
				(await server.api(carl.token, 'POST', '/api/groups', { groupId: `carl-${i}` })).status
			).toBe(201);
		}
		const fourth = await server.api(carl.token, 'POST', '/api/groups', { groupId: 'carl-4' });
		expect([fourth.status, fourth.body.error]).toEqual([403, 'limit-reached']);
		const open: Client[] = [];
		for (let i = 1; i <= 3; i++)
			open.push(await connectClient(server.wsUrl, `group:carl-${i}`, carl.token));
		for (const c of open) await c.acknowledged();
		const extra = await connectClient(server.wsUrl, 'group:carl-1', carl.token);
		others.push(...open, extra);
		await waitFor(() => extra.refusals.length > 0);
		expect(extra.refusals[0]).toBe('limit-reached');
		await stillServed();
	});
});
