import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/db';
import { makeGroup, makeParticipant } from '../../../tests/unit/factories';
import { AppDB } from './db';
import {
	appLockIdleMinutes,
	AppLockedError,
	appLockStatus,
	disableAppLock,
	enableAppLock,
	loadAppLock,
	lockApp,
	NotSealedError,
	unlockApp
} from './app-lock';
import { addChild, stopChild, updateChild } from './children';
import { createBackup, inspectBackup, restoreBackup } from './backup';
import { WrongPassphraseError } from '$lib/domain/crypto';
import { applySharedChanges } from './shared';
import { rowKey } from '$lib/sync/shape';

const PASSCODE = 'tablet groep 7b';
const FAST = 100_000; // the least a stored lock may use
const NAMES = ['Şeyma Yılmaz', '李明'];

/** Every record of every store as IndexedDB holds it (another connection, without the key). */
async function rawDump(name: string): Promise<string> {
	const raw = new AppDB(name);
	try {
		const out: unknown[] = [];
		for (const table of raw.tables) out.push(await table.toArray());
		return JSON.stringify(out);
	} finally {
		raw.close();
	}
}

async function setUp() {
	const database = freshDb();
	const group = makeGroup();
	await database.groups.add(group);
	await database.participants.bulkAdd([
		makeParticipant({ groupId: group.id, name: NAMES[0], notes: 'spreekt Turks thuis' }),
		makeParticipant({ groupId: group.id, name: NAMES[1], notes: '' })
	]);
	return { database, group };
}

describe('app lock at rest', () => {
	it('seals every child when turned on, and nothing is in plain text', async () => {
		const { database } = await setUp();
		await expect(enableAppLock(PASSCODE, database, FAST, 0)).rejects.toThrow(RangeError);
		await enableAppLock(PASSCODE, database, FAST, 12);
		expect(await appLockIdleMinutes(database)).toBe(12);
		const dump = await rawDump(database.name);
		for (const name of NAMES) expect(dump).not.toContain(name);
		expect(dump).not.toContain('spreekt Turks');
		// Unlocked, readers see the names as before.
		const names = (await database.participants.toArray()).map((p) => p.name).sort();
		expect(names).toEqual([...NAMES].sort());
	});

	it('after a lock (or a reload) the names stay sealed until the right passcode', async () => {
		const { database } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		lockApp(database);
		expect((await database.participants.toArray()).map((p) => p.name)).toEqual(['', '']);
		// A reload: a new connection knows only that the lock is on.
		const reloaded = new AppDB(database.name);
		expect(await loadAppLock(reloaded)).toBe(true);
		expect(await appLockIdleMinutes(reloaded)).toBe(5);
		expect(appLockStatus(reloaded)).toEqual({ enabled: true, unlocked: false });
		await expect(unlockApp('tablet groep 7c', reloaded)).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
		expect(JSON.stringify(await reloaded.participants.toArray())).not.toContain('李明');
		await unlockApp(PASSCODE, reloaded);
		const names = (await reloaded.participants.toArray()).map((p) => p.name).sort();
		expect(names).toEqual([...NAMES].sort());
		reloaded.close();
	});

	it('refuses writes while locked, and keeps new and edited children sealed when unlocked', async () => {
		const { database, group } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		const [first] = await database.participants.toArray();
		const input = {
			name: 'Zoë de Vries',
			birthYear: 2015,
			schoolClass: '5',
			consent1: first.consent1,
			consent2: first.consent2,
			notes: 'broer in groep 8'
		};
		const id = await addChild(group.id, input, database);
		await updateChild(id, { ...input, notes: 'broer Joris' }, database);
		await stopChild(first.id, '2026-03-01', 'moved', database);
		const dump = await rawDump(database.name);
		for (const text of ['Zoë', 'Joris', 'broer', ...NAMES]) expect(dump).not.toContain(text);
		expect((await database.participants.get(id))?.notes).toBe('broer Joris');
		// A write that did not seal first is refused, not stored plain.
		await expect(
			database.participants.put({ ...first, name: 'Nieuwe naam' })
		).rejects.toBeInstanceOf(NotSealedError);
		lockApp(database);
		await expect(stopChild(id, '2026-03-01', 'moved', database)).rejects.toBeInstanceOf(
			AppLockedError
		);
		await expect(addChild(group.id, input, database)).rejects.toBeInstanceOf(AppLockedError);
	});

	it('turning it off writes every child back in plain text', async () => {
		const { database } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		lockApp(database);
		await expect(disableAppLock('verkeerde code!', database)).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
		await disableAppLock(PASSCODE, database);
		expect(appLockStatus(database)).toEqual({ enabled: false, unlocked: false });
		const dump = await rawDump(database.name);
		for (const name of NAMES) expect(dump).toContain(name);
		expect(dump).not.toContain('"sealed"');
	});

	it('backups: refused while locked, open when unlocked, restored sealed', async () => {
		const { database } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		const { text } = await createBackup({ includeSignals: false }, database);
		for (const name of NAMES) expect(text).toContain(name);
		expect(text).not.toContain('appLock');
		const contents = await inspectBackup(text);
		lockApp(database);
		await expect(createBackup({ includeSignals: false }, database)).rejects.toBeInstanceOf(
			AppLockedError
		);
		await expect(restoreBackup(contents, 'replace', database)).rejects.toBeInstanceOf(
			AppLockedError
		);
		await unlockApp(PASSCODE, database);
		await restoreBackup(contents, 'replace', database);
		const dump = await rawDump(database.name);
		for (const name of NAMES) expect(dump).not.toContain(name);
		expect(dump).toContain('appLock');
		const names = (await database.participants.toArray()).map((p) => p.name).sort();
		expect(names).toEqual([...NAMES].sort());
	});

	it('changes from a shared group arrive sealed, and wait while locked', async () => {
		const { database, group } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		const [first] = await database.participants.toArray();
		const arrived = makeParticipant({ groupId: group.id, name: 'Zoë de Vries', notes: 'tweeling' });
		await applySharedChanges(
			[
				{ key: rowKey('child', arrived.id), op: 'put', row: { ...arrived } },
				{ key: rowKey('child', first.id), op: 'patch', fields: { notes: 'broer Joris' } }
			],
			database
		);
		const dump = await rawDump(database.name);
		for (const text of ['Zoë', 'tweeling', 'Joris', ...NAMES]) expect(dump).not.toContain(text);
		expect((await database.participants.get(arrived.id))?.name).toBe('Zoë de Vries');
		expect((await database.participants.get(first.id))?.notes).toBe('broer Joris');
		lockApp(database);
		await expect(
			applySharedChanges(
				[{ key: rowKey('child', first.id), op: 'patch', fields: { name: 'Anders' } }],
				database
			)
		).rejects.toBeInstanceOf(AppLockedError);
		expect(await rawDump(database.name)).not.toContain('Anders');
	});
});
