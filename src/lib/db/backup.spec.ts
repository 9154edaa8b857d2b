import { describe, expect, it } from 'vitest';
import { AppDB, SCHEMA_V1 } from './db';
import {
	createBackup,
	exportBackupData,
	inspectBackup,
	restoreFromText,
	SHARED_WITHOUT_KEYS_SETTING,
	sharedGroupsIn
} from './backup';
import { SHARED_GROUPS_SETTING, SYNC_ACCOUNT_SETTING, SYNC_SHARES_SETTING } from './shared';
import { CARE_KEY_SETTING } from './signals';
import { BACKUP_TABLES } from '$lib/domain/backup';
import { ImportError } from '$lib/domain/envelope';
import { WrongPassphraseError } from '$lib/domain/crypto';
import { makeCard, makeGroup } from '../../../tests/unit/factories';
import { fullDataset } from '../../../tests/unit/data-fixtures';
import { freshDb } from '../../../tests/unit/db';

/** A care key setting of the stored shape; `salt` tells two apart. */
const careKey = (salt: string) => ({
	salt: btoa(salt.padEnd(16, '.')),
	iterations: 1000,
	verifier: { ciphertext: 'q83vEjRWeJA=', iv: 'AAECAwQFBgcICQoL' }
});
async function fill(database: AppDB, data: Record<string, unknown[]>): Promise<void> {
	await database.transaction('rw', database.tables, async () => {
		for (const [name, records] of Object.entries(data)) await database.table(name).bulkAdd(records);
	});
}

/** Every table's records, for comparing a database before and after. */
async function dump(database: AppDB): Promise<string> {
	return JSON.stringify(await exportBackupData({ includeSignals: true }, database));
}

async function codeOf(action: () => Promise<unknown>): Promise<string> {
	try {
		await action();
	} catch (err) {
		if (err instanceof ImportError || err instanceof WrongPassphraseError) return err.code;
		return `other: ${String(err)}`;
	}
	return 'no error';
}

describe('backup and restore', () => {
	it('covers every table of the schema', () => {
		expect([...BACKUP_TABLES].sort()).toEqual(Object.keys(SCHEMA_V1).sort());
	});

	it('round-trips a large data set: export, wipe, restore, export gives the same', async () => {
		const source = freshDb();
		await fill(source, fullDataset(40, 10));
		const before = await exportBackupData({ includeSignals: true }, source);
		const { text, fileName } = await createBackup({ includeSignals: true }, source);
		expect(fileName).toMatch(/^kies-backup-\d{4}-\d{2}-\d{2}\.json$/);

		await source.delete();
		const target = freshDb();
		await restoreFromText(text, { mode: 'replace' }, target);

		const after = await exportBackupData({ includeSignals: true }, target);
		const restoreEntries = after.audit?.filter((entry) => entry.kind === 'restore-replace') ?? [];
		expect(restoreEntries).toHaveLength(1);
		expect({ ...after, audit: after.audit?.filter((e) => e.kind !== 'restore-replace') }).toEqual(
			before
		);
		expect(after.participants).toHaveLength(400);
	});

	it('leaves out the care signals unless asked, and replace keeps the ones on the device', async () => {
		const database = freshDb();
		await fill(database, fullDataset(1, 3));
		await database.settings.put({ key: CARE_KEY_SETTING, value: careKey('device') });
		const plain = await createBackup({ includeSignals: false }, database);
		expect(JSON.parse(plain.text).data.signals).toBeUndefined();
		expect(plain.text).not.toContain(CARE_KEY_SETTING);
		const withSignals = await createBackup({ includeSignals: true }, database);
		expect(withSignals.text).toContain(CARE_KEY_SETTING);
		expect(JSON.parse(plain.text).counts.signals).toBeUndefined();

		await restoreFromText(plain.text, { mode: 'replace' }, database);
		expect(await database.signals.count()).toBe(3);
	});

	it('keeps the care key of the signals it keeps, even when the backup holds another', async () => {
		const database = freshDb();
		await database.settings.put({ key: CARE_KEY_SETTING, value: careKey('backup') });
		const { text } = await createBackup({ includeSignals: false }, database);
		await database.settings.put({ key: CARE_KEY_SETTING, value: careKey('device') });
		await restoreFromText(text, { mode: 'replace' }, database);
		expect((await database.settings.get(CARE_KEY_SETTING))?.value).toEqual(careKey('device'));
	});

	it('replace removes what is not in the backup; merge keeps it and takes only newer records', async () => {
		const database = freshDb();
		const card = makeCard({ title: 'In de back-up', updatedAt: '2026-01-01T00:00:00.000Z' });
		await database.cards.add(card);
		const { text } = await createBackup({ includeSignals: false }, database);

		await database.cards.put({
			...card,
			title: 'Later aangepast',
			updatedAt: '2026-03-01T00:00:00.000Z'
		});
		await database.cards.add(makeCard({ title: 'Na de back-up' }));

		await restoreFromText(text, { mode: 'merge' }, database);
		expect((await database.cards.toArray()).map((c) => c.title).sort()).toEqual([
			'Later aangepast',
			'Na de back-up'
		]);

		await restoreFromText(text, { mode: 'replace' }, database);
		expect((await database.cards.toArray()).map((c) => c.title)).toEqual(['In de back-up']);
	});

	it('a wrong passphrase says so and writes nothing', async () => {
		const database = freshDb();
		await fill(database, fullDataset(1, 2));
		const { text } = await createBackup(
			{ includeSignals: false, passphrase: 'juiste wachtzin' },
			database
		);
		await database.groups.add(makeGroup({ name: 'Nieuw' }));
		const before = await dump(database);
		expect(
			await codeOf(() => restoreFromText(text, { mode: 'replace', passphrase: 'fout' }, database))
		).toBe('wrong-passphrase');
		expect(await dump(database)).toBe(before);
	});
});

describe('restore refuses hostile files and leaves the database unchanged', async () => {
	const database = new AppDB(`test-hostile-${crypto.randomUUID()}`);
	await fill(database, fullDataset(2, 3));
	const good = (await createBackup({ includeSignals: true }, database)).text;
	const envelope = () => JSON.parse(good);
	const withData = async (data: unknown) => {
		const { sha256Hex } = await import('$lib/domain/envelope');
		return JSON.stringify({ ...envelope(), data, checksum: await sha256Hex(JSON.stringify(data)) });
	};
	const participants = envelope().data.participants;
	/** A file whose data is raw JSON text; its checksum covers the raw text or the parsed data. */
	const rawFile = async (dataText: string, checksumOverRaw: boolean) => {
		const { sha256Hex } = await import('$lib/domain/envelope');
		const parsed = JSON.parse(dataText, (k, v) =>
			k === '__proto__' || k === 'constructor' ? undefined : v
		);
		const checksum = await sha256Hex(checksumOverRaw ? dataText : JSON.stringify(parsed));
		return `{"format":"kies-backup","formatVersion":1,"schemaVersion":1,"counts":{},"checksum":"${checksum}","data":${dataText}}`;
	};

	const cases: [string, () => Promise<string> | string, string][] = [
		['a truncated file', () => good.slice(0, Math.floor(good.length / 2)), 'truncated'],
		['a corrupted file', () => good.replace('"participants"', '"participants" ~'), 'not-json'],
		['a changed record (checksum)', () => good.replace('Kind 0-1', 'Kind 9-9'), 'checksum'],
		[
			'another format',
			() => JSON.stringify({ ...envelope(), format: 'kies-exchange' }),
			'wrong-format'
		],
		[
			'a newer format version',
			() => JSON.stringify({ ...envelope(), formatVersion: 2 }),
			'newer-version'
		],
		[
			'a newer schema version',
			() => JSON.stringify({ ...envelope(), schemaVersion: 99 }),
			'newer-version'
		],
		['a 50 MB file', () => `{"a":"${'x'.repeat(50 * 1024 * 1024)}"}`, 'too-large'],
		['deep nesting', () => '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), 'too-deep'],
		['an unknown table', () => withData({ ...envelope().data, extra: [] }), 'invalid'],
		['a record of the wrong shape', () => withData({ groups: [{ id: 'g', name: 42 }] }), 'invalid'],
		[
			'__proto__ and constructor keys (the checksum was made over them)',
			() => rawFile(`{"groups":[],"__proto__":{"polluted":true},"constructor":{"x":1}}`, true),
			'checksum'
		],
		[
			'a record made of prototype keys only',
			() => rawFile(`{"participants":[{"__proto__":{"id":"x"},"constructor":{"id":"y"}}]}`, false),
			'invalid'
		],
		['an empty file', () => '', 'empty'],
		['an array', () => JSON.stringify([participants]), 'wrong-format']
	];

	it.each(cases)('%s', async (_name, makeText, code) => {
		const before = await dump(database);
		const text = await makeText();
		expect(await codeOf(() => restoreFromText(text, { mode: 'replace' }, database))).toBe(code);
		expect(await dump(database)).toBe(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('keeps script-laden text as plain text', async () => {
		const target = freshDb();
		const hostile = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
		const data = { ...envelope().data, cards: [makeCard({ title: hostile })] };
		const { sha256Hex } = await import('$lib/domain/envelope');
		const text = JSON.stringify({
			...envelope(),
			counts: { ...envelope().counts, cards: 1 },
			checksum: await sha256Hex(JSON.stringify(data)),
			data
		});
		await restoreFromText(text, { mode: 'replace' }, target);
		expect((await target.cards.toArray())[0].title).toBe(hostile);
	});
});

describe('shared groups in a backup', () => {
	const PASS = 'een lange wachtwoordzin voor de back-up';
	const GROUP_KEY = 'c2VjcmV0LWdyb2VwLXNsZXV0ZWwtMzItYnl0ZXMhISE';
	const share = (groupId: string) => ({
		groupId,
		server: 'https://sync.example.org',
		keys: { k1: GROUP_KEY },
		keyId: 'k1',
		members: [{ accountId: 'acc-anne', name: 'Anne', joinedAt: '2026-01-05T10:00:00.000Z' }],
		sharedAt: '2026-01-05T10:00:00.000Z'
	});

	/** A coach's device with one shared group (G) and one local group, signed in as Anne. */
	async function sharingDevice() {
		const database = freshDb();
		const shared = makeGroup({ id: 'G', name: 'Gedeeld' });
		const local = makeGroup({ id: 'L', name: 'Alleen hier' });
		await fill(database, {
			groups: [shared, local],
			settings: [
				{ key: SHARED_GROUPS_SETTING, value: ['G'] },
				{ key: SYNC_SHARES_SETTING, value: [share('G')] },
				{
					key: SYNC_ACCOUNT_SETTING,
					value: { server: 'https://sync.example.org', account: { id: 'acc-anne', name: 'Anne' } }
				}
			]
		});
		return database;
	}

	const settingsOf = async (database: AppDB) =>
		Object.fromEntries((await database.settings.toArray()).map((row) => [row.key, row.value]));

	it('with a passphrase: carries the shared groups, their keys and members, never the device’s sign-in', async () => {
		const { text } = await createBackup(
			{ includeSignals: false, passphrase: PASS },
			await sharingDevice()
		);
		const contents = await inspectBackup(text, PASS);
		expect(sharedGroupsIn(contents.data)).toEqual({ withKeys: ['G'], withoutKeys: [] });
		const keys = contents.data.settings?.map((row) => row.key);
		expect(keys).toContain(SYNC_SHARES_SETTING);
		expect(keys).not.toContain(SYNC_ACCOUNT_SETTING);
		expect(JSON.stringify(contents.data)).toContain(GROUP_KEY);
		// The key never shows in the file itself: it is encrypted whole.
		expect(text).not.toContain(GROUP_KEY);
	});

	it('without a passphrase: carries no group key, only which groups were shared', async () => {
		const { text } = await createBackup({ includeSignals: false }, await sharingDevice());
		expect(text).not.toContain(GROUP_KEY);
		expect(text).not.toContain('sync.shares');
		expect(text).not.toContain('acc-anne');
		const contents = await inspectBackup(text);
		expect(sharedGroupsIn(contents.data)).toEqual({ withKeys: [], withoutKeys: ['G'] });
		expect(contents.data.groups?.map((g) => g.id).sort()).toEqual(['G', 'L']);
	});

	it('a backup with keys restored on a fresh device makes the group shared there again', async () => {
		const { text } = await createBackup(
			{ includeSignals: false, passphrase: PASS },
			await sharingDevice()
		);
		for (const mode of ['replace', 'merge'] as const) {
			const fresh = freshDb();
			await restoreFromText(text, { mode, passphrase: PASS }, fresh);
			const settings = await settingsOf(fresh);
			expect(settings[SHARED_GROUPS_SETTING]).toEqual(['G']);
			expect(settings[SYNC_SHARES_SETTING]).toEqual([share('G')]);
			expect(settings[SYNC_ACCOUNT_SETTING]).toBeUndefined();
			expect(await fresh.groups.count()).toBe(2);
		}
	});

	it('a backup without keys restored on a fresh device leaves the group a local copy', async () => {
		const { text } = await createBackup({ includeSignals: false }, await sharingDevice());
		const fresh = freshDb();
		await restoreFromText(text, { mode: 'replace' }, fresh);
		const settings = await settingsOf(fresh);
		expect(settings[SHARED_GROUPS_SETTING]).toBeUndefined();
		expect(settings[SYNC_SHARES_SETTING]).toBeUndefined();
		expect(settings[SHARED_WITHOUT_KEYS_SETTING]).toBeUndefined();
		expect((await fresh.groups.get('G'))?.name).toBe('Gedeeld');
	});

	it('a restore never ends this device’s own memberships or its sign-in', async () => {
		const device = await sharingDevice();
		const other = freshDb();
		await fill(other, {
			groups: [makeGroup({ id: 'H', name: 'Van Mehmet' })],
			settings: [
				{ key: SHARED_GROUPS_SETTING, value: ['H'] },
				{ key: SYNC_SHARES_SETTING, value: [share('H')] }
			]
		});
		const plain = (await createBackup({ includeSignals: false }, other)).text;
		const keyed = (await createBackup({ includeSignals: false, passphrase: PASS }, other)).text;
		await restoreFromText(plain, { mode: 'replace' }, device);
		let settings = await settingsOf(device);
		expect(settings[SHARED_GROUPS_SETTING]).toEqual(['G']);
		expect(settings[SYNC_SHARES_SETTING]).toEqual([share('G')]);
		expect(settings[SYNC_ACCOUNT_SETTING]).toMatchObject({ account: { id: 'acc-anne' } });
		await restoreFromText(keyed, { mode: 'merge', passphrase: PASS }, device);
		settings = await settingsOf(device);
		expect(settings[SHARED_GROUPS_SETTING]).toEqual(['G', 'H']);
		expect(settings[SYNC_SHARES_SETTING]).toEqual([share('G'), share('H')]);
	});
});
