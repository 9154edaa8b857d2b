import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_V1, SCHEMA_VERSION } from './db';
import { TABLE_KEYS, TABLE_NAMES } from '$lib/model';
import { installedVersion, openDatabase } from './open';
import { makeCard, makeGroup } from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';

describe('AppDB', () => {
	it('keys every table by the fields the model names as its key', () => {
		expect(Object.keys(SCHEMA_V1).sort()).toEqual([...TABLE_NAMES].sort());
		for (const table of TABLE_NAMES) {
			const primary = SCHEMA_V1[table]
				.split(',')[0]
				.trim()
				.replace(/^\[|\]$/g, '');
			expect(primary.split('+'), table).toEqual([...TABLE_KEYS[table]]);
		}
	});

	it('stores and finds cards by age band and theme through multi-entry indexes', async () => {
		const database = freshDb();
		await database.cards.bulkAdd([
			makeCard({ title: 'Twee huizen tekenen', ageBands: ['4-6', '7-12'], themes: ['two-homes'] }),
			makeCard({ title: 'Stellingenspel', ageBands: ['13-17'], themes: ['loyalty', 'conflict'] })
		]);
		const young = await database.cards.where('ageBands').equals('4-6').toArray();
		const loyalty = await database.cards.where('themes').equals('loyalty').toArray();
		expect(young.map((c) => c.title)).toEqual(['Twee huizen tekenen']);
		expect(loyalty.map((c) => c.title)).toEqual(['Stellingenspel']);
	});

	it('keeps text with any script and markup exactly as typed', async () => {
		const database = freshDb();
		const card = makeCard({ title: '<script>alert(1)</script> Şeyma 李 😊' });
		await database.cards.add(card);
		expect((await database.cards.get(card.id))?.title).toBe(card.title);
	});

	it('opens an empty database at the current schema version', async () => {
		const database = freshDb();
		await expect(openDatabase(database)).resolves.toEqual({ ok: true });
		expect(database.verno).toBe(SCHEMA_VERSION);
	});

	it('refuses a database written by a newer app version and leaves it untouched', async () => {
		const name = `test-${crypto.randomUUID()}`;
		const future = new Dexie(name);
		future.version(SCHEMA_VERSION + 1).stores({ groups: 'id', futureTable: 'id' });
		await future.open();
		await future.table('groups').add(makeGroup({ id: 'kept' }));
		future.close();

		const database = freshDb(name);
		const result = await openDatabase(database);
		expect(result).toEqual({
			ok: false,
			code: 'newer',
			found: SCHEMA_VERSION + 1,
			known: SCHEMA_VERSION
		});

		const again = new Dexie(name);
		again.version(SCHEMA_VERSION + 1).stores({ groups: 'id', futureTable: 'id' });
		await again.open();
		expect(await again.table('groups').get('kept')).toBeTruthy();
		// Untouched: no table of this version was added, the version on disk is still the newer one.
		expect([...again.backendDB().objectStoreNames].sort()).toEqual(['futureTable', 'groups']);
		again.close();
		expect(await installedVersion(name)).toBe(SCHEMA_VERSION + 1);
	});

	it('refuses a query made before the open on a newer database, and changes nothing in it', async () => {
		const name = `test-${crypto.randomUUID()}`;
		const future = new Dexie(name);
		future.version(SCHEMA_VERSION + 1).stores({ groups: 'id', futureTable: 'id' });
		await future.open();
		await future.table('groups').add(makeGroup({ id: 'kept' }));
		future.close();

		// The start page queries at once, before (or without) openDatabase(): auto-open must not
		// open the newer database and add this version's tables to it.
		const database = freshDb(name);
		await expect(database.cards.count()).rejects.toThrow(/version/i);
		await expect(database.groups.get('kept')).rejects.toThrow();
		database.close();

		const again = new Dexie(name);
		again.version(SCHEMA_VERSION + 1).stores({ groups: 'id', futureTable: 'id' });
		await again.open();
		expect([...again.backendDB().objectStoreNames].sort()).toEqual(['futureTable', 'groups']);
		expect(await again.table('groups').get('kept')).toBeTruthy();
		again.close();
		expect(await installedVersion(name)).toBe(SCHEMA_VERSION + 1);
	});

	it('opens a database that Dexie patched within this schema version', async () => {
		const name = `test-${crypto.randomUUID()}`;
		const patched = new Dexie(name);
		patched.version(SCHEMA_VERSION).stores({ cards: 'id' });
		await patched.open();
		patched.close();
		// Dexie bumps the native version by one when it patches a schema in place.
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(name, SCHEMA_VERSION * 10 + 1);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
		});

		const database = freshDb(name);
		await database.cards.add(makeCard({ id: 'fine' }));
		expect(await database.cards.get('fine')).toBeTruthy();
	});
});
