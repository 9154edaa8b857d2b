// Two real server instances sharing a data folder and a private redis-server.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	connectClient,
	startFailoverProxy,
	startRedis,
	startSyncServer,
	tempDir,
	waitFor
} from './testing.js';

type Server = Awaited<ReturnType<typeof startSyncServer>>;
type Client = Awaited<ReturnType<typeof connectClient>>;

let redis: Awaited<ReturnType<typeof startRedis>>;
let one: Server;
let two: Server;
const data = tempDir();
const clients: Client[] = [];
async function client(url: string, name: string, token: string) {
	const c = await connectClient(url, name, token);
	clients.push(c);
	return c;
}

beforeAll(async () => {
	redis = await startRedis();
	one = await startSyncServer({ data, redis: redis.url, instanceId: 'one' });
	two = await startSyncServer({ data, redis: redis.url, instanceId: 'two' });
});
afterAll(async () => {
	for (const c of clients) c.destroy();
	await one.stop();
	await two.stop();
	await redis.stop();
	fs.rmSync(data, { recursive: true, force: true });
});

/** A group made on instance one and joined on instance two. */
async function sharedGroup(groupId: string) {
	const anna = await one.addDevice(`Anna ${groupId}`);
	const bea = await two.addDevice(`Bea ${groupId}`);
	expect((await one.api(anna.token, 'POST', '/api/groups', { groupId })).status).toBe(201);
	const invite = (await one.api(anna.token, 'POST', `/api/groups/${groupId}/invites`)).body;
	expect((await two.api(bea.token, 'POST', `/api/groups/${groupId}/join`, invite)).status).toBe(
		200
	);
	return { anna, bea };
}

describe('two instances with Redis', () => {
	it('lets coaches on different instances converge', async () => {
		const { anna, bea } = await sharedGroup('redis-converge');
		const a = await client(one.wsUrl, 'group:redis-converge', anna.token);
		const b = await client(two.wsUrl, 'group:redis-converge', bea.token);
		a.document.getMap('attendance').set('s1:c1', 'present');
		b.document.getMap('attendance').set('s1:c2', 'late');
		await waitFor(
			() => a.document.getMap('attendance').size === 2 && b.document.getMap('attendance').size === 2
		);
		expect(a.document.getMap('attendance').toJSON()).toEqual(
			b.document.getMap('attendance').toJSON()
		);
		// A removal on one instance closes the member's connection on the other.
		await one.api(anna.token, 'DELETE', `/api/groups/redis-converge/members/${bea.accountId}`);
		await waitFor(() => b.refusals.includes('forbidden'), 10_000, 'refusal on the other instance');
	});

	it('moves clients to the other instance when one is killed, and loses nothing acknowledged', async () => {
		const { anna, bea } = await sharedGroup('redis-fault');
		const proxy = await startFailoverProxy([one.port, two.port]);
		try {
			const writer = await connectClient(proxy.wsUrl, 'group:redis-fault', anna.token);
			const reader = await client(proxy.wsUrl, 'group:redis-fault', bea.token);
			await writer.acknowledged();
			await reader.acknowledged();
			const marks = writer.document.getMap('attendance');
			let acknowledged = 0;
			for (let i = 0; i < 100; i++) {
				marks.set(`m${i}`, i);
				if (i % 10 === 9) {
					await writer.acknowledged();
					acknowledged = i + 1;
				}
			}
			// Mid-run: instance one dies (both clients were on it, through the proxy); the writing
			// device dies with it, so only the server can still have its marks.
			marks.set('unacknowledged-maybe', 1);
			await one.kill();
			writer.destroy();

			// The reader moves to instance two by itself and sees every acknowledged mark there.
			await waitFor(() => reader.authenticatedCount() >= 2, 15_000, 'reader reconnected');
			const fresh = await client(two.wsUrl, 'group:redis-fault', bea.token);
			await fresh.acknowledged();
			for (let i = 0; i < acknowledged; i++) {
				expect(fresh.document.getMap('attendance').get(`m${i}`)).toBe(i);
			}
			expect(acknowledged).toBe(100);
			reader.document.getMap('attendance').set('after-failover', 1);
			await waitFor(() => fresh.document.getMap('attendance').get('after-failover') === 1);
		} finally {
			await proxy.stop();
			await one.restart();
		}
	});
});
