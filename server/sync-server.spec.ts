// The real sync server (child process) with real @hocuspocus/provider clients.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, startSyncServer, waitFor } from './testing.js';

type Server = Awaited<ReturnType<typeof startSyncServer>>;
type Client = Awaited<ReturnType<typeof connectClient>>;

let server: Server;
const clients: Client[] = [];
async function client(name: string, token: string) {
	const c = await connectClient(server.wsUrl, name, token);
	clients.push(c);
	return c;
}
const GROUP = '0b6d7c3e-9d3a-4c59-8f0e-2d7b1f3a9c11';
const DOC = `group:${GROUP}`;

beforeAll(async () => {
	server = await startSyncServer();
});
afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	fs.rmSync(server.data, { recursive: true, force: true });
});

describe('sync server', () => {
	it('lets two members converge, and refuses a wrong token, a non-member, a missing group while serving them', async () => {
		const anna = await server.addDevice('Anna');
		const bea = await server.addDevice('Bea');
		const carl = await server.addDevice('Carl');
		expect((await server.api(anna.token, 'POST', '/api/groups', { groupId: GROUP })).status).toBe(
			201
		);
		const invite = await server.api(anna.token, 'POST', `/api/groups/${GROUP}/invites`);
		expect(invite.status).toBe(201);
		const joined = await server.api(bea.token, 'POST', `/api/groups/${GROUP}/join`, {
			inviteId: invite.body.inviteId,
			inviteSecret: invite.body.inviteSecret
		});
		expect(joined.status).toBe(200);
		expect(joined.body.members.map((m: { name: string }) => m.name).sort()).toEqual([
			'Anna',
			'Bea'
		]);

		const a = await client(DOC, anna.token);
		const b = await client(DOC, bea.token);
		a.document.getMap('attendance').set('s1:c1', 'present');
		b.document.getMap('attendance').set('s1:c2', 'late');
		await waitFor(
			() => a.document.getMap('attendance').size === 2 && b.document.getMap('attendance').size === 2
		);
		expect(b.document.getMap('attendance').get('s1:c1')).toBe('present');
		expect(a.document.getMap('attendance').get('s1:c2')).toBe('late');

		const wrong = await client(DOC, 'kies-device-1.not-a-token');
		const outsider = await client(DOC, carl.token);
		const missing = await client('group:does-not-exist', anna.token);
		await waitFor(
			() => wrong.refusals.length > 0 && outsider.refusals.length > 0 && missing.refusals.length > 0
		);
		expect(wrong.refusals[0]).toBe('unauthorized');
		expect(outsider.refusals[0]).toBe('forbidden');
		expect(missing.refusals[0]).toBe('not-found');
		expect(outsider.document.getMap('attendance').size).toBe(0);

		// The members are still served.
		a.document.getMap('attendance').set('s2:c1', 'absent');
		await waitFor(() => b.document.getMap('attendance').get('s2:c1') === 'absent');
		expect(b.document.getMap('attendance').size).toBe(3);
	});

	it('gives a coordinator the document read-only, and never applies her changes', async () => {
		const anna = await server.addDevice('Anna 2');
		const coordinator = await server.addDevice('Cora', 'coordinator');
		const group = 'group-coordinator-test';
		await server.api(anna.token, 'POST', '/api/groups', { groupId: group });
		const a = await client(`group:${group}`, anna.token);
		a.document.getMap('sessions').set('s1', 'planned');
		await a.acknowledged();
		const c = await client(`group:${group}`, coordinator.token);
		await waitFor(() => c.document.getMap('sessions').get('s1') === 'planned');
		expect(c.provider.authorizedScope).toBe('readonly');
		c.document.getMap('sessions').set('s1', 'tampered');
		a.document.getMap('sessions').set('s2', 'done');
		await waitFor(() => c.document.getMap('sessions').get('s2') === 'done');
		await new Promise((r) => setTimeout(r, 200));
		expect(a.document.getMap('sessions').get('s1')).toBe('planned');
		// The coordinator sees every group, with its members, but cannot share or join one.
		const list = await server.api(coordinator.token, 'GET', '/api/groups');
		expect(list.body.map((g: { groupId: string }) => g.groupId)).toContain(group);
		expect(
			(await server.api(coordinator.token, 'POST', '/api/groups', { groupId: 'x1' })).body.error
		).toBe('forbidden');
	});

	it('closes and then refuses a removed member and a revoked device, and keeps serving the others', async () => {
		const anna = await server.addDevice('Anna 3');
		const bea = await server.addDevice('Bea 3');
		const dan = await server.addDevice('Dan 3');
		const group = 'group-removal-test';
		await server.api(anna.token, 'POST', '/api/groups', { groupId: group });
		const invite = (await server.api(anna.token, 'POST', `/api/groups/${group}/invites`)).body;
		for (const who of [bea, dan]) {
			await server.api(who.token, 'POST', `/api/groups/${group}/join`, invite);
		}
		// Dan's second device: membership is per account.
		const dan2 = await server.signIn(dan.signin, 'tablet');
		const a = await client(`group:${group}`, anna.token);
		const b = await client(`group:${group}`, bea.token);
		const d = await client(`group:${group}`, dan.token);
		const d2 = await client(`group:${group}`, dan2.deviceToken);
		for (const c of [a, b, d, d2]) await c.acknowledged();

		// Anna removes Bea: Bea's connection is closed and refused from then on.
		const removed = await server.api(
			anna.token,
			'DELETE',
			`/api/groups/${group}/members/${bea.accountId}`
		);
		expect(removed.status).toBe(200);
		await waitFor(() => b.refusals.includes('forbidden'), 10_000, 'refusal of the removed member');
		a.document.getMap('m').set('after-removal', 1);
		await waitFor(() => d.document.getMap('m').get('after-removal') === 1);
		await new Promise((r) => setTimeout(r, 300));
		expect(b.document.getMap('m').get('after-removal')).toBeUndefined();
		// The old invitation no longer works (the app re-keys after a removal).
		expect(
			(await server.api(bea.token, 'POST', `/api/groups/${group}/join`, invite)).body.error
		).toBe('invite-invalid');

		// The administrator revokes Dan's first device on the command line.
		expect(server.admin('revoke-device', dan.deviceId)).toContain('Revoked');
		await waitFor(
			() => d.refusals.includes('unauthorized'),
			10_000,
			'refusal of the revoked device'
		);
		expect((await server.api(dan.token, 'GET', '/api/groups')).status).toBe(401);
		a.document.getMap('m').set('after-revoke', 2);
		await waitFor(() => d2.document.getMap('m').get('after-revoke') === 2);
		await new Promise((r) => setTimeout(r, 300));
		expect(d.document.getMap('m').get('after-revoke')).toBeUndefined();

		const audit = fs
			.readFileSync(path.join(server.data, 'audit.log'), 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		const events = audit
			.filter((e) => e.groupId === group || e.deviceId === dan.deviceId)
			.map((e) => e.event);
		expect(events).toEqual(
			expect.arrayContaining([
				'group-created',
				'invite-created',
				'member-joined',
				'member-removed',
				'device-revoked'
			])
		);
	});

	it('loses nothing acknowledged when killed with -9, and the clients reconnect by themselves', async () => {
		const anna = await server.addDevice('Anna 4');
		const bea = await server.addDevice('Bea 4');
		const group = 'group-kill-test';
		const other = 'group-kill-reconnect';
		for (const g of [group, other]) {
			await server.api(anna.token, 'POST', '/api/groups', { groupId: g });
			const invite = (await server.api(anna.token, 'POST', `/api/groups/${g}/invites`)).body;
			await server.api(bea.token, 'POST', `/api/groups/${g}/join`, invite);
		}
		// Two clients that stay connected through the crash (on another group, so that they
		// cannot heal the first group's document by re-sending it after the restart).
		const a2 = await client(`group:${other}`, anna.token);
		const b2 = await client(`group:${other}`, bea.token);
		await a2.acknowledged();
		await b2.acknowledged();

		const writer = await connectClient(server.wsUrl, `group:${group}`, anna.token);
		await writer.acknowledged();
		const marks = writer.document.getMap('attendance');
		for (let i = 0; i < 200; i++) {
			marks.set(`s${i % 8}:c${i}`, i % 3 === 0 ? 'late' : 'present');
			if (i % 10 === 0) await new Promise((r) => setTimeout(r, 1));
		}
		await writer.acknowledged();
		// Acknowledged: the device goes away (its copy is gone), and the server is killed at
		// once, before any debounced store could run.
		writer.destroy();
		await server.kill();
		await server.restart();

		const fresh = await client(`group:${group}`, bea.token);
		await fresh.acknowledged();
		expect(fresh.document.getMap('attendance').size).toBe(200);
		expect(fresh.document.getMap('attendance').get('s3:c3')).toBe('late');

		// The clients that were connected reconnect by themselves and keep syncing.
		await waitFor(
			() => a2.authenticatedCount() >= 2 && b2.authenticatedCount() >= 2,
			15_000,
			'reconnection'
		);
		b2.document.getMap('attendance').set('after-restart', 'present');
		await waitFor(() => a2.document.getMap('attendance').get('after-restart') === 'present');
	});

	it('answers /health, CORS pre-flight and API errors with codes', async () => {
		const health = await fetch(`${server.url}/health`);
		expect(health.status).toBe(200);
		expect(await health.json()).toMatchObject({ ok: true });
		const preflight = await fetch(`${server.url}/api/groups`, { method: 'OPTIONS' });
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
		const anna = await server.addDevice('Anna 5');
		expect((await server.api('nope', 'GET', '/api/groups')).body.error).toBe('unauthorized');
		await server.api(anna.token, 'POST', '/api/groups', { groupId: 'dup-group' });
		expect(
			(await server.api(anna.token, 'POST', '/api/groups', { groupId: 'dup-group' })).status
		).toBe(409);
		const badInvite = await server.api(anna.token, 'POST', `/api/groups/${GROUP}/join`, {
			inviteId: 'x',
			inviteSecret: 'y'
		});
		expect([badInvite.status, badInvite.body.error]).toEqual([403, 'invite-invalid']);
		const bad = await fetch(`${server.url}/api/devices`, {
			method: 'POST',
			body: '{"signin":"kies-signin-1.eyJ9"}'
		});
		expect([bad.status, ((await bad.json()) as { error: string }).error]).toEqual([
			401,
			'unauthorized'
		]);
		// Only hashes of secrets are stored.
		const registry = fs.readFileSync(path.join(server.data, 'registry.json'), 'utf8');
		expect(registry).not.toContain(anna.token);
	});
});
