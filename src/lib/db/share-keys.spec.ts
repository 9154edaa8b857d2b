import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/unit/db';
import { AppDB } from './db';
import { disableAppLock, enableAppLock, loadAppLock, lockApp, unlockApp } from './app-lock';
import { allShares, saveShare, shareOf, SyncDB, updateShare, type ShareRecord } from './sync-store';
import { saveSharesCopy, setGroupShared, sharesCopy } from './shared';
import { createBackup, inspectBackup, restoreBackup } from './backup';
import { AppLockedError } from './app-lock-seal';

const PASSCODE = 'tablet groep 7b';
const FAST = 100_000;
const GROUP_KEY = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbA';
const NEW_KEY = 'bmlldXdlLXNsZXV0ZWwtbmEtaGV0LXZlcndpamRlcmVuLTE';

function share(groupId: string): ShareRecord {
	return {
		groupId,
		server: 'https://sync.example.nl',
		keys: { k1: GROUP_KEY },
		keyId: 'k1',
		members: [],
		sharedAt: '2026-01-05T10:00:00.000Z',
		syncedAt: null,
		pendingSince: null,
		offlineSince: null,
		refused: null
	};
}

/** Every record of every store of both databases as IndexedDB holds them. */
async function rawDump(appName: string, syncName: string): Promise<string> {
	const out: unknown[] = [];
	for (const raw of [new AppDB(appName), new SyncDB(syncName, new AppDB(appName))]) {
		await raw.open();
		for (const table of raw.tables) out.push(await table.toArray());
		raw.close();
	}
	return JSON.stringify(out);
}

async function setUp() {
	const database = freshDb();
	const sync = new SyncDB(`sync-${database.name}`, database);
	await saveShare(share('g-1'), sync);
	await setGroupShared('g-1', true, database);
	await saveSharesCopy([{ ...share('g-1') }], database);
	return { database, sync };
}

describe('shared groups under the app lock', () => {
	it('wraps the group keys at rest with the lock, in the sync store and in the backup copy', async () => {
		const { database, sync } = await setUp();
		expect(await rawDump(database.name, sync.name)).toContain(GROUP_KEY);
		await enableAppLock(PASSCODE, database, FAST);
		const dump = await rawDump(database.name, sync.name);
		expect(dump).not.toContain(GROUP_KEY);
		expect(dump).toContain('sealedKeys');
		// Unlocked, the sync code and backups see the keys as before.
		expect((await shareOf('g-1', sync))?.keys).toEqual({ k1: GROUP_KEY });
		expect((await sharesCopy(database))[0].keys).toEqual({ k1: GROUP_KEY });
		// A new key (after a re-key) is stored sealed too.
		await updateShare('g-1', { keys: { k1: GROUP_KEY, k2: NEW_KEY }, keyId: 'k2' }, sync);
		expect(await rawDump(database.name, sync.name)).not.toContain(NEW_KEY);
		const { text } = await createBackup({ includeSignals: false, passphrase: PASSCODE }, database);
		const contents = await inspectBackup(text, PASSCODE);
		const copy = contents.data.settings?.find((row) => row.key === 'sync.shares');
		expect(JSON.stringify(copy)).toContain(GROUP_KEY);

		// Locked (or after a reload): no keys for anyone, and none can be written.
		lockApp(database);
		expect((await shareOf('g-1', sync))?.keys).toEqual({});
		expect((await allShares(sync))[0].keys).toEqual({});
		await expect(updateShare('g-1', { keys: { k3: 'x' } }, sync)).rejects.toBeInstanceOf(
			AppLockedError
		);
		const reloaded = new AppDB(database.name);
		await loadAppLock(reloaded);
		const syncAgain = new SyncDB(sync.name, reloaded);
		expect((await shareOf('g-1', syncAgain))?.keys).toEqual({});
		await unlockApp(PASSCODE, reloaded);
		expect((await shareOf('g-1', syncAgain))?.keys).toEqual({ k1: GROUP_KEY, k2: NEW_KEY });

		// A restore while the lock is on writes the backup's keys sealed.
		await restoreBackup(contents, 'replace', reloaded);
		expect(await rawDump(database.name, sync.name)).not.toContain(GROUP_KEY);
		expect((await sharesCopy(reloaded))[0].keys).toEqual({ k1: GROUP_KEY });
		reloaded.close();
		syncAgain.close();
		sync.close();
	});

	it('turning the lock off writes the group keys back as they were', async () => {
		const { database, sync } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		lockApp(database);
		await disableAppLock(PASSCODE, database);
		const dump = await rawDump(database.name, sync.name);
		expect(dump).toContain(GROUP_KEY);
		expect(dump).not.toContain('sealedKeys');
		expect((await shareOf('g-1', sync))?.keys).toEqual({ k1: GROUP_KEY });
		sync.close();
		await sync.delete();
	});
});
