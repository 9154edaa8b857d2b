import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { freshDb, type AppDB } from '../../../tests/unit/db';
import { makeChildInput, makeGroupInput } from '../../../tests/unit/factories';
import { createGroup } from '$lib/db/groups';
import { moveSession, saveBlocks, saveSessionNotes, sessionsOf } from '$lib/db/sessions';
import { setMeetingAttendance } from '$lib/db/meetings';
import { addChild, updateChild } from '$lib/db/children';
import { markAttendance } from '$lib/db/attendance';
import { applySharedChanges, sharedRowsOf } from '$lib/db/shared';
import { groupRate } from '$lib/domain/attendance';
import { GroupCipher, newGroupKey } from './crypto';
import { FieldCodec } from './codec';
import { GroupMirror } from './mirror';
import { followTables } from './watch';

const titles = { welcome: 'Welkom', closing: 'Afsluiting' };
const NAMES = ['Şeyma', 'Noor', 'Daan', 'Fleur', 'Mees', 'Yara', 'Bram', 'Lotte', 'Amir', 'Saar'];

interface Device {
	db: AppDB;
	doc: Y.Doc;
	mirror: GroupMirror;
	stop: () => void;
	online: boolean;
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const done of cleanup.splice(0)) await done();
});

async function device(
	groupId: string,
	cipher: GroupCipher,
	name: string,
	database = freshDb()
): Promise<Device> {
	const doc = new Y.Doc();
	const store = {
		read: (id: string) => sharedRowsOf(id, database),
		apply: (changes: Parameters<typeof applySharedChanges>[0]) =>
			applySharedChanges(changes, database)
	};
	const mirror = new GroupMirror(groupId, doc, store, new FieldCodec(cipher), () => ({
		accountId: `acc-${name}`,
		name
	}));
	const errors: unknown[] = [];
	mirror.onError = (err) => errors.push(err);
	const dev: Device = { db: database, doc, mirror, stop: () => {}, online: true };
	cleanup.push(async () => {
		dev.stop();
		mirror.stop();
		expect(errors).toEqual([]);
		await database.delete();
	});
	return dev;
}

/** Two docs joined by a "network" that forwards updates while both are online. */
function link(a: Device, b: Device) {
	const forward = (from: Device, to: Device) =>
		from.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== 'net' && from.online && to.online) Y.applyUpdate(to.doc, update, 'net');
		});
	forward(a, b);
	forward(b, a);
	return {
		/** Reconnect: each side sends what the other lacks (the Yjs sync step 2). */
		reconnect() {
			a.online = true;
			b.online = true;
			Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'net');
			Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'net');
		}
	};
}

async function settle(...devices: Device[]) {
	for (let round = 0; round < 4; round++) {
		await new Promise((r) => setTimeout(r, 30));
		for (const d of devices) await d.mirror.idle();
	}
}

async function seedGroup(database: AppDB) {
	const groupId = await createGroup(makeGroupInput(), { default: true }, titles, database);
	const children: string[] = [];
	for (const name of NAMES) {
		children.push(
			await addChild(
				groupId,
				makeChildInput({ name, notes: `${name} houdt van tekenen` }),
				database
			)
		);
	}
	const sessions = await sessionsOf(groupId, database);
	for (const child of children)
		await markAttendance(sessions[0].id, child, 'present', {}, database);
	return { groupId, children, sessions };
}

async function rates(database: AppDB, groupId: string) {
	const sessions = await database.sessions.where('groupId').equals(groupId).toArray();
	const children = await database.participants.where('groupId').equals(groupId).toArray();
	const marks = await database.attendance.where('groupId').equals(groupId).toArray();
	return groupRate(children, sessions, marks);
}

async function startShared() {
	const dbA = freshDb();
	const seeded = await seedGroup(dbA);
	const { keyId, key } = await newGroupKey();
	const a = await device(seeded.groupId, new GroupCipher(seeded.groupId, keyId, key), 'Anne', dbA);
	const b = await device(seeded.groupId, new GroupCipher(seeded.groupId, keyId, key), 'Mehmet');
	const net = link(a, b);
	await a.mirror.start();
	await b.mirror.start();
	a.stop = followTables(a.mirror, () => sharedRowsOf(seeded.groupId, a.db));
	b.stop = followTables(b.mirror, () => sharedRowsOf(seeded.groupId, b.db));
	await settle(a, b);
	return { ...seeded, a, b, net };
}

describe('shared group mirror', () => {
	it('gives the joining device the group, sessions, plans, children with names and attendance', async () => {
		const { groupId, a, b } = await startShared();
		const rowsA = await sharedRowsOf(groupId, a.db);
		const rowsB = await sharedRowsOf(groupId, b.db);
		expect(rowsB.size).toBe(rowsA.size);
		const namesB = (await b.db.participants.toArray()).map((p) => p.name).sort();
		expect(namesB).toEqual([...NAMES].sort());
		const sessionsB = await sessionsOf(groupId, b.db);
		expect(sessionsB).toHaveLength(8);
		expect(sessionsB[0].blocks).toEqual((await sessionsOf(groupId, a.db))[0].blocks);
		expect(await b.db.attendance.count()).toBe(10);
		expect(await rates(b.db, groupId)).toEqual(await rates(a.db, groupId));
	});

	it('merges the four offline changes of both coaches, with the same rates on both devices', async () => {
		const { groupId, children, sessions, a, b, net } = await startShared();
		a.online = false;
		b.online = false;
		// A: child 1 present in session 2, a new plan for session 3.
		await markAttendance(sessions[1].id, children[0], 'present', {}, a.db);
		const plan = [
			{
				id: 'blk-x',
				kind: 'free' as const,
				cardId: null,
				title: 'Eigen oefening',
				minutes: 20,
				notes: 'Fleur helpt'
			}
		];
		await saveBlocks(sessions[2].id, plan, a.db);
		// B: child 2 late in session 2, session 4 moved.
		await markAttendance(sessions[1].id, children[1], 'late', {}, b.db);
		await moveSession(sessions[3].id, '2026-10-30', b.db);
		await settle(a, b);
		expect(await a.db.attendance.get([sessions[1].id, children[1]])).toBeUndefined();

		net.reconnect();
		await settle(a, b);
		for (const d of [a, b]) {
			expect((await d.db.attendance.get([sessions[1].id, children[0]]))?.mark).toBe('present');
			expect((await d.db.attendance.get([sessions[1].id, children[1]]))?.mark).toBe('late');
			expect((await d.db.sessions.get(sessions[2].id))?.blocks).toEqual(plan);
			expect((await d.db.sessions.get(sessions[3].id))?.date).toBe('2026-10-30');
		}
		const rateA = await rates(a.db, groupId);
		expect(rateA.attended).toBe(12);
		expect(await rates(b.db, groupId)).toEqual(rateA);
		expect((await a.db.attendance.get([sessions[1].id, children[1]]))?.markedBy).toBe('Mehmet');
		expect((await b.db.attendance.get([sessions[1].id, children[0]]))?.markedBy).toBe('Anne');
		// Each device shows its own coach's marks as hers too.
		expect((await a.db.attendance.get([sessions[1].id, children[0]]))?.markedBy).toBe('Anne');
		expect((await b.db.attendance.get([sessions[1].id, children[1]]))?.markedBy).toBe('Mehmet');
	});

	it('resolves both coaches marking the same child the same way on both devices', async () => {
		const { sessions, children, a, b, net } = await startShared();
		a.online = false;
		b.online = false;
		await markAttendance(sessions[2].id, children[4], 'present', {}, a.db);
		await markAttendance(sessions[2].id, children[4], 'absent', {}, b.db);
		await settle(a, b);
		net.reconnect();
		await settle(a, b);
		const onA = await a.db.attendance.get([sessions[2].id, children[4]]);
		const onB = await b.db.attendance.get([sessions[2].id, children[4]]);
		expect(onA?.mark).toBe(onB?.mark);
		expect(onA?.markedBy).toBe(onB?.markedBy);
		expect(onA?.markedBy).toBe(onA?.mark === 'present' ? 'Anne' : 'Mehmet');
	});

	it('keeps two coaches’ edits of different fields of one session', async () => {
		const { sessions, a, b, net } = await startShared();
		a.online = false;
		b.online = false;
		await saveSessionNotes(sessions[5].id, 'Materiaal meenemen', a.db);
		await moveSession(sessions[5].id, '2026-11-20', b.db);
		await settle(a, b);
		net.reconnect();
		await settle(a, b);
		for (const d of [a, b]) {
			const s = await d.db.sessions.get(sessions[5].id);
			expect(s?.notes).toBe('Materiaal meenemen');
			expect(s?.date).toBe('2026-11-20');
		}
	});

	it('sends changes while online: a renamed child and meeting attendance arrive on the other device', async () => {
		const { groupId, children, a, b } = await startShared();
		const meeting = (await a.db.meetings.where('groupId').equals(groupId).toArray())[0];
		await setMeetingAttendance(meeting.id, children[2], { parent1: true, parent2: false }, a.db);
		const child = (await b.db.participants.get(children[3]))!;
		await updateChild(children[3], { ...child, name: 'Fleur-Anne' }, b.db);
		await settle(a, b);
		expect((await b.db.meetingAttendance.get([meeting.id, children[2]]))?.parent1).toBe(true);
		expect((await a.db.participants.get(children[3]))?.name).toBe('Fleur-Anne');
	});

	it('notes "changes waiting" before a local change enters the doc, and says when it is in', async () => {
		const database = freshDb();
		cleanup.push(() => database.delete());
		const { groupId, children, sessions } = await seedGroup(database);
		const { keyId, key } = await newGroupKey();
		const doc = new Y.Doc();
		const events: string[] = [];
		let release: () => void = () => {};
		let hold = false;
		doc.on('update', () => events.push('doc'));
		const mirror = new GroupMirror(
			groupId,
			doc,
			{
				read: (id) => sharedRowsOf(id, database),
				apply: (changes) => applySharedChanges(changes, database),
				beforeLocalWrite: async () => {
					events.push('before');
					if (hold) await new Promise<void>((resolve) => (release = resolve));
				},
				afterLocalWrite: () => events.push('after')
			},
			new FieldCodec(new GroupCipher(groupId, keyId, key)),
			() => ({ accountId: 'acc-anne', name: 'Anne' })
		);
		cleanup.push(async () => mirror.stop());
		await mirror.start();
		expect(events.slice(0, 3)).toEqual(['before', 'doc', 'after']);

		// A mark while the note is still being written: the doc waits for it.
		events.length = 0;
		hold = true;
		await markAttendance(sessions[1].id, children[0], 'late', {}, database);
		mirror.localChanged();
		await vi.waitFor(() => expect(events).toEqual(['before']));
		await new Promise((r) => setTimeout(r, 30));
		expect(events).toEqual(['before']);
		release();
		await mirror.idle();
		expect(events).toEqual(['before', 'doc', 'after']);
	});

	it('puts no child name or note in the document, only ciphertext', async () => {
		const { a, b } = await startShared();
		await settle(a, b);
		for (const doc of [a.doc, b.doc]) {
			const bytes = Y.encodeStateAsUpdate(doc);
			const text = new TextDecoder().decode(bytes);
			for (const name of NAMES) {
				expect(text).not.toContain(name);
				expect(text).not.toContain(JSON.stringify(name).slice(1, -1));
			}
			expect(text).not.toContain('tekenen');
			expect(text).toContain('enc1.');
		}
	});

	it('keeps what it had when a name was changed in the document by someone without the key', async () => {
		const { children, a, b } = await startShared();
		const record = a.doc.getMap<Y.Map<unknown>>('children').get(children[0])!;
		const forged = String(record.get('name')).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
		a.doc.transact(() => record.set('name', forged), 'net');
		await settle(a, b);
		expect((await a.db.participants.get(children[0]))?.name).toBe(NAMES[0]);
	});
});
