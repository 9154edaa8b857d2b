/**
 * Every shipped schema version: a database written by that version, filled with records in
 * every table, opens with the current AppDB and keeps every record. Shipping version n + 1
 * means adding one entry to SHIPPED (its stores as they were, its fixture, and how its records
 * look after the upgrade). A database newer than the code is tested in src/lib/db/db.spec.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_VERSION } from '$lib/db/db';
import { openDatabase } from '$lib/db/open';
import { asVersion1, fullDataset } from './data-fixtures';
import { makeMeeting } from './factories';

type Tables = Record<string, unknown[]>;

interface ShippedVersion {
	version: number;
	stores: Record<string, string>;
	/** Records as that version wrote them, every table filled. */
	fixture: () => Tables;
	/** The same records as the current code should read them after upgrading. */
	expected: (fixture: Tables) => Tables;
}

/** Version 1's data set, with one meeting nobody recorded (no parent rows). */
function version1Dataset(): Tables {
	const data = fullDataset(3, 4);
	data.meetings.push(makeMeeting({ id: 'meeting-never-recorded', kind: 'evaluation' }));
	return asVersion1(data);
}

/** Version 3 seals a signal's child and times into its ciphertext (issue 22). */
function sealedSignals(): Tables {
	const data = fullDataset(3, 4);
	data.signals = (data.signals as Record<string, unknown>[]).map(
		({ participantId: _p, createdAt: _c, updatedAt: _u, ...sealed }) => sealed
	);
	return data;
}

const SHIPPED: ShippedVersion[] = [
	{
		version: 1,
		stores: SCHEMA_V1,
		fixture: version1Dataset,
		// Version 2 adds fields: children count from the start, a meeting with parent rows was
		// recorded and one without was not, imported groups are kept.
		expected: (f) => ({
			...f,
			participants: f.participants.map((p) => ({ ...(p as object), startedOn: null })),
			meetings: f.meetings.map((m) => ({
				...(m as object),
				recorded: (m as { id: string }).id !== 'meeting-never-recorded'
			})),
			importedGroups: f.importedGroups.map((g) => ({ ...(g as object), setAsideFor: null }))
		})
	},
	// Versions 1 and 2 keep a signal's child and times in the clear until the next unlock seals
	// them (src/lib/db/signals.spec.ts): version 3's upgrade has no key and changes no record.
	{ version: 2, stores: SCHEMA_V2, fixture: () => fullDataset(3, 4), expected: (f) => f },
	{ version: 3, stores: SCHEMA_V3, fixture: sealedSignals, expected: (f) => f }
];

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Every table's records in key order, so two dumps compare regardless of insertion order. */
async function dumpAll(database: Dexie): Promise<Tables> {
	const out: Tables = {};
	for (const table of database.tables) out[table.name] = await table.toArray();
	return out;
}

function sortByKey(tables: Tables, database: Dexie): Tables {
	const out: Tables = {};
	for (const [name, records] of Object.entries(tables)) {
		const keyPath = database.table(name).schema.primKey.keyPath;
		const key = (r: unknown) =>
			JSON.stringify(
				[keyPath ?? []].flat().map((field) => (r as Record<string, unknown>)[field as string])
			);
		out[name] = [...records].sort((a, b) => key(a).localeCompare(key(b)));
	}
	return out;
}

describe('schema upgrades', () => {
	it('lists the current schema version as shipped', () => {
		expect(SHIPPED.map((s) => s.version)).toContain(SCHEMA_VERSION);
	});

	it.each(SHIPPED)(
		'opens a database written by version $version and keeps every record',
		async ({ version, stores, fixture, expected }) => {
			const name = `test-upgrade-${version}-${crypto.randomUUID()}`;
			names.push(name);
			const records = fixture();
			expect(Object.keys(records).sort()).toEqual(Object.keys(stores).sort());

			const old = new Dexie(name);
			old.version(version).stores(stores);
			await old.open();
			await old.transaction('rw', old.tables, async () => {
				for (const [table, rows] of Object.entries(records)) {
					expect(rows.length).toBeGreaterThan(0);
					await old.table(table).bulkAdd(rows);
				}
			});
			old.close();

			const current = new AppDB(name);
			expect(await openDatabase(current)).toEqual({ ok: true });
			expect(current.verno).toBe(SCHEMA_VERSION);
			const after = await dumpAll(current);
			expect(sortByKey(after, current)).toEqual(sortByKey(expected(records), current));
			current.close();
		}
	);

	it('keeps records written before the field rules, even ones the rules now refuse', async () => {
		const name = `test-upgrade-rules-${crypto.randomUUID()}`;
		names.push(name);
		const records = version1Dataset();
		// Version 1 had no field rules: a form could store a 1 MB name (issue 21).
		const huge = 'x'.repeat(1_000_000);
		(records.participants[0] as { name: string }).name = huge;
		(records.schools[0] as { name: string }).name = huge;
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		await old.open();
		await old.transaction('rw', old.tables, async () => {
			for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
		});
		old.close();

		const current = new AppDB(name);
		expect(await openDatabase(current)).toEqual({ ok: true });
		const child = await current.participants.get((records.participants[0] as { id: string }).id);
		expect(child?.name).toBe(huge);
		expect(child?.startedOn).toBeNull();
		expect(await current.participants.count()).toBe(records.participants.length);
		current.close();
	});
});
