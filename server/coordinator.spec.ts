// The coordinator's access, enforced by the server itself: every group of her organisation,
// read-only on whichever instance she reaches (two real instances sharing Redis), never a
// write, an invitation, a join or a removal, and nothing of another organisation's server.
import fs from 'node:fs';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, startRedis, startSyncServer, tempDir, waitFor } from './testing.js';

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

describe('a coordinator on the sync server', () => {
	it('reads every group on the other instance, and her changes reach no coach anywhere', async () => {
		const anna = await one.addDevice('Anna');
		const bea = await one.addDevice('Bea');
		for (const [who, groupId] of [
			[anna, 'coord-a'],
			[bea, 'coord-b']
		] as const) {
			expect((await one.api(who.token, 'POST', '/api/groups', { groupId })).status).toBe(201);
		}
		const a = await client(one.wsUrl, 'group:coord-a', anna.token);
		const b = await client(one.wsUrl, 'group:coord-b', bea.token);
		a.document.getMap('attendance').set('s1:c1', { mark: 'present' });
		b.document.getMap('attendance').set('s1:c1', { mark: 'late' });
		await a.acknowledged();
		await b.acknowledged();

		const cora = await two.addDevice('Cora', 'coordinator');
		const listed = await two.api(cora.token, 'GET', '/api/groups');
		expect(listed.body.map((g: { groupId: string }) => g.groupId).sort()).toEqual([
			'coord-a',
			'coord-b'
		]);
		const ca = await client(two.wsUrl, 'group:coord-a', cora.token);
		const cb = await client(two.wsUrl, 'group:coord-b', cora.token);
		await waitFor(
			() =>
				ca.document.getMap('attendance').size === 1 && cb.document.getMap('attendance').size === 1
		);
		expect(ca.provider.authorizedScope).toBe('readonly');
		expect(cb.provider.authorizedScope).toBe('readonly');

		// She writes: the server answers each of her updates with "not saved" (SyncStatus 0).
		let notSaved = 0;
		ca.provider.on('message', ({ event }: { event: MessageEvent }) => {
			const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
			decoding.readVarString(decoder);
			if (decoding.readVarUint(decoder) === 8 && decoding.readVarUint(decoder) === 0) notSaved++;
		});
		ca.document.getMap('attendance').set('s1:c1', { mark: 'absent' });
		ca.document.getMap('attendance').set('tampered', { mark: 'present' });
		await waitFor(() => notSaved === 2, 10_000, 'both updates refused');
		// A coach's change reaches her live (through Redis); hers reached nobody: not the coach on
		// the other instance, not a fresh reader.
		a.document.getMap('attendance').set('s1:c2', { mark: 'present' });
		await a.acknowledged();
		await waitFor(() => ca.document.getMap('attendance').has('s1:c2'), 10_000, 'live mark');
		const fresh = await client(two.wsUrl, 'group:coord-a', anna.token);
		await fresh.acknowledged();
		for (const doc of [a.document, fresh.document]) {
			expect(doc.getMap('attendance').toJSON()).toEqual({
				's1:c1': { mark: 'present' },
				's1:c2': { mark: 'present' }
			});
		}
	});

	it('cannot share, invite, join or remove anyone', async () => {
		const anna = await one.addDevice('Anna 2');
		await one.api(anna.token, 'POST', '/api/groups', { groupId: 'coord-c' });
		const invite = (await one.api(anna.token, 'POST', '/api/groups/coord-c/invites')).body;
		const cora = await two.addDevice('Cora 2', 'coordinator');
		const tries = [
			await two.api(cora.token, 'POST', '/api/groups', { groupId: 'coord-own' }),
			await two.api(cora.token, 'POST', '/api/groups/coord-c/invites'),
			await two.api(cora.token, 'POST', '/api/groups/coord-c/join', invite),
			await two.api(cora.token, 'DELETE', `/api/groups/coord-c/members/${anna.accountId}`)
		];
		expect(tries.map((t) => [t.status, t.body.error])).toEqual([
			[403, 'forbidden'],
			[403, 'forbidden'],
			[403, 'forbidden'],
			[403, 'forbidden']
		]);
		const members = await two.api(cora.token, 'GET', '/api/groups/coord-c/members');
		expect(members.body.map((m: { name: string }) => m.name)).toEqual(['Anna 2']);
	});

	it('sees nothing of another organisation’s server, and that server nothing of ours', async () => {
		const other = await startSyncServer();
		try {
			const zoe = await other.addDevice('Zoe');
			await other.api(zoe.token, 'POST', '/api/groups', { groupId: 'other-org' });
			const theirs = await other.addDevice('Their coordinator', 'coordinator');
			const ours = await two.addDevice('Cora 3', 'coordinator');
			const list = await two.api(ours.token, 'GET', '/api/groups');
			expect(list.body.map((g: { groupId: string }) => g.groupId)).not.toContain('other-org');
			expect((await two.api(theirs.token, 'GET', '/api/groups')).status).toBe(401);
			const foreign = await client(two.wsUrl, 'group:coord-a', theirs.token);
			const elsewhere = await client(two.wsUrl, 'group:other-org', ours.token);
			await waitFor(() => foreign.refusals.length > 0 && elsewhere.refusals.length > 0);
			expect([foreign.refusals[0], elsewhere.refusals[0]]).toEqual(['unauthorized', 'not-found']);
			expect(foreign.document.getMap('attendance').size).toBe(0);
		} finally {
			await other.stop();
			fs.rmSync(other.data, { recursive: true, force: true });
		}
	});
});
