// The coordinator's feed against the REAL sync server (server/testing.js starts it as a child
// process): coaches write shared groups' documents in the app's shape, the coordinator follows
// the whole organisation read-only and gets every group in the report's shape, live.
import fs from 'node:fs';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, startSyncServer, waitFor } from '../../../server/testing.js';
import { OrganisationFeed, type OrganisationState } from './coordinator';

type Server = Awaited<ReturnType<typeof startSyncServer>>;
type Client = Awaited<ReturnType<typeof connectClient>>;

let server: Server;
const clients: Client[] = [];
const feeds: OrganisationFeed[] = [];

beforeAll(async () => {
	server = await startSyncServer();
});
afterAll(async () => {
	for (const feed of feeds) feed.stop();
	for (const c of clients) c.destroy();
	await server.stop();
	fs.rmSync(server.data, { recursive: true, force: true });
});

const CIPHER = (n: number) => `enc1.k1.aXY${n}.Y2lwaGVydGV4dA`;

/** A coach's device writes a group as the app's mirror does (src/lib/sync/DOC-SHAPE.md). */
function writeGroup(doc: Y.Doc, groupId: string, name: string, children = 3) {
	doc.transact(() => {
		const group = doc.getMap('group');
		for (const [k, v] of Object.entries({
			id: groupId,
			name,
			ageBand: '7-12',
			schoolId: `${groupId}-school`,
			coaches: ['Anne', 'Mehmet'],
			startDate: '2026-02-03',
			status: 'running'
		}))
			group.set(k, v);
		const school = new Y.Map();
		doc.getMap('schools').set(`${groupId}-school`, school);
		school.set('name', 'OBS De Zonnebloem');
		for (let s = 1; s <= 2; s++) {
			const session = new Y.Map();
			doc.getMap('sessions').set(`${groupId}-s${s}`, session);
			session.set('number', s);
			session.set('date', `2026-02-1${s}`);
			session.set('status', s === 1 ? 'held' : 'planned');
			session.set('notes', CIPHER(s));
		}
		for (let c = 1; c <= children; c++) {
			const child = new Y.Map();
			doc.getMap('children').set(`${groupId}-c${c}`, child);
			child.set('name', CIPHER(100 + c));
			child.set('stoppedOn', null);
			child.set('stopReason', '');
			doc.getMap('attendance').set(`${groupId}-s1:${groupId}-c${c}`, {
				sessionId: `${groupId}-s1`,
				participantId: `${groupId}-c${c}`,
				mark: c === 1 ? 'absent' : 'present',
				markedBy: 'Anne'
			});
		}
	});
}

async function coach(name: string, groupId: string) {
	const device = await server.addDevice(name);
	await server.api(device.token, 'POST', '/api/groups', { groupId });
	const client = await connectClient(server.wsUrl, `group:${groupId}`, device.token);
	clients.push(client);
	await client.acknowledged();
	return { device, client };
}

function follow(token: string, listEveryMs = 30_000) {
	const states: OrganisationState[] = [];
	const feed = new OrganisationFeed(
		{ server: server.url, deviceToken: token, listEveryMs, WebSocketPolyfill: WebSocket },
		(state) => states.push(state)
	);
	feeds.push(feed);
	return { feed, states, last: () => feed.current() };
}

describe('the coordinator follows the organisation on the sync server', () => {
	it('gets every shared group read-only in the report’s shape, names never in it', async () => {
		const a = await coach('Anne', 'feed-g1');
		writeGroup(a.client.document, 'feed-g1', 'De Zonnebloem 7-12');
		const b = await coach('Bo', 'feed-g2');
		writeGroup(b.client.document, 'feed-g2', 'Het Anker 7-12', 4);
		await a.client.acknowledged();
		await b.client.acknowledged();
		const cora = await server.addDevice('Cora', 'coordinator');

		const { feed, last } = follow(cora.token);
		await feed.start();
		await waitFor(() => last().loaded === 2 && last().groups.length === 2, 10_000, 'two groups');
		const state = last();
		expect(state.phase).toBe('live');
		expect(state.listed).toBe(2);
		const one = state.groups.find((g) => g.syncGroupId === 'feed-g1')!;
		expect(one).toMatchObject({
			source: { kind: 'server', groupId: 'feed-g1' },
			name: 'De Zonnebloem 7-12',
			school: 'OBS De Zonnebloem',
			coaches: ['Anne', 'Mehmet'],
			ageBand: '7-12',
			status: 'running'
		});
		expect(one.sessions.map((s) => s.status)).toEqual(['held', 'planned']);
		expect(one.children).toHaveLength(3);
		expect(one.marks.filter((m) => m.mark === 'present')).toHaveLength(2);
		expect(state.groups.find((g) => g.syncGroupId === 'feed-g2')!.children).toHaveLength(4);
		// Ciphertext (names, notes) never reaches the report's shape.
		expect(JSON.stringify(state.groups)).not.toContain('enc1.');
	});

	it('passes a coach’s mark on while she looks, and follows a group shared later', async () => {
		const a = await coach('Anne live', 'feed-g3');
		writeGroup(a.client.document, 'feed-g3', 'De Vlinder 7-12');
		await a.client.acknowledged();
		const cora = await server.addDevice('Cora live', 'coordinator');
		const { feed, last } = follow(cora.token, 200);
		await feed.start();
		const marksOf = (id: string) => last().groups.find((g) => g.syncGroupId === id)?.marks ?? [];
		await waitFor(() => marksOf('feed-g3').length === 3, 10_000, 'the first marks');

		a.client.document.getMap('attendance').set('feed-g3-s2:feed-g3-c1', {
			sessionId: 'feed-g3-s2',
			participantId: 'feed-g3-c1',
			mark: 'late'
		});
		await waitFor(() => marksOf('feed-g3').length === 4, 10_000, 'the new mark');
		expect(marksOf('feed-g3')).toContainEqual({
			sessionId: 'feed-g3-s2',
			participantId: 'feed-g3-c1',
			mark: 'late'
		});

		const later = await coach('Dana later', 'feed-g4');
		writeGroup(later.client.document, 'feed-g4', 'De Regenboog 7-12');
		await later.client.acknowledged();
		await waitFor(() => marksOf('feed-g4').length === 3, 10_000, 'the group shared later');
	});

	it('is refused as a whole when her device is revoked, and a coach is kept out', async () => {
		const cora = await server.addDevice('Cora revoked', 'coordinator');
		const { feed, last } = follow(cora.token);
		await feed.start();
		await waitFor(() => last().phase === 'live' && last().loaded === last().listed, 10_000, 'live');
		server.admin('revoke-device', cora.deviceId);
		await waitFor(() => last().phase === 'refused', 10_000, 'the refusal');
		expect(last()).toMatchObject({ reason: 'unauthorized', groups: [], listed: 0 });

		// A coach's token gets her own groups only; never the organisation's.
		const eve = await coach('Eve', 'feed-g5');
		const own = follow(eve.device.token);
		await own.feed.start();
		await waitFor(() => own.last().loaded === 1, 10_000, 'the coach’s own group');
		expect(own.last().listed).toBe(1);
	});
});
