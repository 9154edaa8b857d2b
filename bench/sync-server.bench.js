// Sync server benches (loopback only, bounded): a load run, the coordinator's first load of
// 1,000 groups, and a fault run with two instances. Run alone with
//   npm run bench -- --only=sync-server --no-build
// BENCH_SYNC_SECONDS sets the load run's length (default 20 s instead of the minute, to
// spare the shared 2-core machine; 60 gives the full minute).
import fs from 'node:fs';
import crypto from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DocumentStore } from '../server/store.js';
import { Registry } from '../server/registry.js';
import {
	connectClient,
	startFailoverProxy,
	startRedis,
	startSyncServer,
	tempDir,
	waitFor
} from '../server/testing.js';
import { median } from './lib.js';

const SECONDS = Number(process.env.BENCH_SYNC_SECONDS || 20);
const MARK_EVERY_MS = 2000;
const ENV = { SYNC_SIGNIN_BURST: '5000' };

const p95 = (/** @type {number[]} */ values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
};
const round = (/** @type {number} */ n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** Peak resident memory of a process, in MB (Linux /proc). */
function peakMb(/** @type {number | undefined} */ pid) {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? /VmRSS:\s+(\d+)/.exec(status)?.[1]);
	return round(kb / 1024);
}

/** `groups` shared groups, each with two coach devices. */
async function setUpGroups(server, groups, prefix) {
	const pairs = [];
	for (let g = 0; g < groups; g++) {
		const groupId = `${prefix}-${g}`;
		const a = await server.addDevice(`Coach ${groupId} A`);
		const b = await server.addDevice(`Coach ${groupId} B`);
		await server.api(a.token, 'POST', '/api/groups', { groupId });
		const invite = (await server.api(a.token, 'POST', `/api/groups/${groupId}/invites`)).body;
		const joined = await server.api(b.token, 'POST', `/api/groups/${groupId}/join`, invite);
		if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
		pairs.push({ groupId, a, b });
	}
	return pairs;
}

/** An attendance entry shaped as the app's (src/lib/sync/DOC-SHAPE.md). */
const mark = (/** @type {string} */ by) => ({
	mark: ['present', 'late', 'absent'][Math.floor(Math.random() * 3)],
	reason: null,
	consentOverride: false,
	updatedAt: Date.now(),
	markedBy: by,
	markedById: by
});

async function loadRun() {
	const server = await startSyncServer({ env: ENV });
	const errors = [];
	const latencies = [];
	let sent = 0;
	let received = 0;
	const clients = [];
	try {
		const pairs = await setUpGroups(server, 100, 'load');
		for (const { groupId, a, b } of pairs) {
			for (const [who, device] of [
				['A', a],
				['B', b]
			]) {
				const c = await connectClient(server.wsUrl, `group:${groupId}`, device.token);
				c.who = who;
				c.groupId = groupId;
				clients.push(c);
			}
		}
		for (const c of clients) await c.acknowledged(30_000);
		for (const c of clients) {
			c.document.getMap('attendance').observe((event) => {
				for (const key of event.keysChanged) {
					const value = c.document.getMap('attendance').get(key);
					if (value && value.markedById !== c.who) {
						received++;
						latencies.push(Date.now() - value.updatedAt);
					}
				}
			});
		}
		const refusalsBefore = clients.reduce((n, c) => n + c.refusals.length + c.closes.length, 0);
		const start = Date.now();
		await Promise.all(
			clients.map(async (c, i) => {
				await sleep((i * MARK_EVERY_MS) / clients.length);
				let n = 0;
				while (Date.now() - start < SECONDS * 1000) {
					c.document.getMap('attendance').set(`s${n % 8}:${c.who}-${n}`, mark(c.who));
					sent++;
					n++;
					await sleep(MARK_EVERY_MS);
				}
			})
		);
		try {
			await waitFor(() => received >= sent, 20_000, 'every mark at the co-coach');
			for (const c of clients) await c.acknowledged(20_000);
		} catch (error) {
			errors.push(String(error));
		}
		const refusals =
			clients.reduce((n, c) => n + c.refusals.length + c.closes.length, 0) - refusalsBefore;
		const memory = peakMb(server.pid());
		const lost = sent - received;
		console.log(
			`  load: ${clients.length} clients, ${sent} marks in ${SECONDS} s, ${received} received, ${refusals} refusals/closes`
		);
		return [
			{
				name: `sync load: mark to co-coach, median (200 clients, 100 groups, ${SECONDS} s)`,
				unit: 'ms',
				value: round(median(latencies)),
				budget: 100
			},
			{
				name: 'sync load: mark to co-coach, 95th percentile',
				unit: 'ms',
				value: round(p95(latencies)),
				budget: 500
			},
			{ name: 'sync load: server peak memory (RSS)', unit: 'MB', value: memory, budget: 400 },
			{
				name: 'sync load: errors (lost marks, refusals, closes, time-outs)',
				unit: 'count',
				value: lost + refusals + errors.length,
				budget: 0
			}
		];
	} finally {
		for (const c of clients) c.destroy();
		await server.stop();
		fs.rmSync(server.data, { recursive: true, force: true });
	}
}

/** 1,000 groups stored (8 sessions, 10 children, 80 marks each), then the coordinator opens all. */
async function coordinatorRun() {
	const data = tempDir();
	const registry = new Registry(data);
	const { account: coach } = registry.addAccount({ name: 'Seed coach', role: 'coach' });
	const store = new DocumentStore(data, 'seed');
	const ids = Array.from(
		{ length: Number(process.env.BENCH_COORD_GROUPS || 1000) },
		(_, i) => `coord-${i}`
	);
	registry.update((state) => {
		for (const groupId of ids) {
			const at = new Date().toISOString();
			state.groups[groupId] = {
				groupId,
				createdAt: at,
				createdBy: coach.id,
				members: { [coach.id]: { joinedAt: at } },
				invites: {}
			};
		}
	});
	const enc = () =>
		`enc1.k1.${crypto.randomBytes(12).toString('base64url')}.${crypto.randomBytes(24).toString('base64url')}`;
	for (const groupId of ids) {
		const doc = new Y.Doc();
		doc.transact(() => {
			doc.getMap('meta').set('shape', 1);
			doc.getMap('group').set('weekday', 2);
			const children = Array.from({ length: 10 }, (_, c) => `child-${c}`);
			for (const id of children) {
				const child = new Y.Map();
				doc.getMap('children').set(id, child);
				child.set('name', enc());
				child.set('birthYear', enc());
				child.set('consent1', true);
			}
			for (let s = 0; s < 8; s++) {
				const session = new Y.Map();
				doc.getMap('sessions').set(`session-${s}`, session);
				session.set('number', s + 1);
				session.set('date', `2026-0${1 + Math.floor(s / 4)}-1${s % 4}`);
				session.set('status', 'done');
				session.set(
					'blocks',
					JSON.stringify([
						{ cardId: 'c1', minutes: 15 },
						{ cardId: 'c2', minutes: 30 }
					])
				);
				for (const id of children) doc.getMap('attendance').set(`session-${s}:${id}`, mark('A'));
			}
		});
		store.compact(`group:${groupId}`, doc);
		doc.destroy();
	}
	store.closeAll();
	const { account: cora, secret } = registry.addAccount({ name: 'Cora', role: 'coordinator' });
	const device = registry.signInDevice({ accountId: cora.id, secret });

	const server = await startSyncServer({ data, env: ENV });
	const socket = new HocuspocusProviderWebsocket({
		url: server.wsUrl,
		WebSocketPolyfill: WebSocket
	});
	const providers = [];
	try {
		const start = performance.now();
		for (const groupId of ids) {
			const provider = new HocuspocusProvider({
				websocketProvider: socket,
				name: `group:${groupId}`,
				token: device.deviceToken,
				document: new Y.Doc()
			});
			provider.attach();
			providers.push(provider);
		}
		try {
			await waitFor(() => providers.every((p) => p.isSynced), 180_000, 'all groups synced');
		} catch (error) {
			const synced = providers.filter((p) => p.isSynced).length;
			const authed = providers.filter((p) => p.isAuthenticated).length;
			throw new Error(
				`${error}: ${synced} synced, ${authed} authenticated\n${server.output().slice(-2000)}`,
				{ cause: error }
			);
		}
		const ms = performance.now() - start;
		const marks = providers.reduce((n, p) => n + p.document.getMap('attendance').size, 0);
		if (marks !== ids.length * 80)
			throw new Error(`coordinator saw ${marks} marks, not ${ids.length * 80}`);
		return [
			{
				name: 'sync coordinator: first load of 1,000 groups (read-only, one socket)',
				unit: 'ms',
				value: Math.round(ms),
				budget: 30_000
			},
			{
				name: 'sync coordinator: server peak memory after loading 1,000 groups',
				unit: 'MB',
				value: peakMb(server.pid()),
				budget: 600
			}
		];
	} finally {
		for (const p of providers) p.destroy();
		socket.destroy();
		await server.stop();
		fs.rmSync(data, { recursive: true, force: true });
	}
}

/** Two instances + Redis behind a fail-over front; instance one is killed mid-run. */
async function faultRun() {
	const redis = await startRedis();
	const data = tempDir();
	const one = await startSyncServer({ data, redis: redis.url, instanceId: 'one', env: ENV });
	const two = await startSyncServer({ data, redis: redis.url, instanceId: 'two', env: ENV });
	const proxy = await startFailoverProxy([one.port, two.port]);
	const clients = [];
	const seconds = Math.max(8, Math.round(SECONDS / 2));
	let killedAt = 0;
	try {
		const pairs = await setUpGroups(one, 10, 'fault');
		for (const { groupId, a, b } of pairs) {
			for (const [who, device] of [
				['A', a],
				['B', b]
			]) {
				const c = await connectClient(proxy.wsUrl, `group:${groupId}`, device.token);
				Object.assign(c, { who, groupId, device, written: [], acked: 0, alive: true });
				c.provider.on('authenticated', () => {
					if (killedAt && !c.movedAt) c.movedAt = Date.now();
				});
				c.provider.on('unsyncedChanges', ({ number }) => {
					if (number === 0) c.acked = c.written.length;
				});
				clients.push(c);
			}
		}
		for (const c of clients) await c.acknowledged();
		const start = Date.now();
		const killer = (async () => {
			await sleep((seconds * 1000) / 2);
			killedAt = Date.now();
			await one.kill();
			// Half the devices die with the instance: only the servers can still have their marks.
			for (const c of clients.filter((c) => c.who === 'A')) {
				c.alive = false;
				c.destroy();
			}
		})();
		await Promise.all(
			clients.map(async (c, i) => {
				await sleep((i * 500) / clients.length);
				let n = 0;
				while (c.alive && Date.now() - start < seconds * 1000) {
					const key = `${c.who}-${n++}`;
					c.document.getMap('attendance').set(key, mark(c.who));
					c.written.push(key);
					await sleep(500);
				}
			})
		);
		await killer;
		const survivors = clients.filter((c) => c.alive);
		await Promise.all(survivors.map((c) => c.acknowledged(30_000)));
		const moved = Math.max(...survivors.map((c) => (c.movedAt ?? Infinity) - killedAt));
		let lost = 0;
		let missing = 0;
		for (const pair of pairs) {
			const check = await connectClient(two.wsUrl, `group:${pair.groupId}`, pair.b.token);
			await check.acknowledged();
			const map = check.document.getMap('attendance');
			for (const c of clients.filter((c) => c.groupId === pair.groupId)) {
				const mustHave = c.alive ? c.written : c.written.slice(0, c.acked);
				for (const key of mustHave) {
					if (map.has(key)) continue;
					if (c.alive) missing++;
					else lost++;
				}
			}
			check.destroy();
		}
		console.log(
			`  fault: killed instance one after ${seconds / 2} s; lost ${lost}, missing ${missing}`
		);
		return [
			{
				name: 'sync fault: acknowledged marks lost when one of two instances is killed',
				unit: 'count',
				value: lost + missing,
				budget: 0
			},
			{
				name: 'sync fault: slowest surviving client signed in on the other instance, after the kill',
				unit: 'ms',
				value: moved,
				budget: 15_000
			}
		];
	} finally {
		for (const c of clients) if (c.alive) c.destroy();
		await proxy.stop();
		await one.stop();
		await two.stop();
		await redis.stop();
		fs.rmSync(data, { recursive: true, force: true });
	}
}

export { coordinatorRun, faultRun, loadRun };
export async function run() {
	return [...(await loadRun()), ...(await coordinatorRun()), ...(await faultRun())];
}
