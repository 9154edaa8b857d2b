import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDB, SCHEMA_VERSION } from './db';
import { applyCardImport, ensureExampleCards, setCardFavourite } from './cards';
import {
	createBackup,
	exportBackupData,
	findReturningErased,
	inspectBackup,
	restoreBackup,
	restoreFromText
} from './backup';
import { eraseGroupPersonalData, eraseParticipant } from './privacy';
import { DATA_SETTINGS, readNumberSetting, writeNumberSetting } from './data-settings';
import { cardsToJson, jsonToIncoming } from '$lib/domain/cards/json';
import { previewImport } from '$lib/domain/cards/import-preview';
import { EXAMPLE_CARDS } from '$lib/domain/examples/cards';
import { makeCard } from '../../../tests/unit/factories';
import { fullDataset } from '../../../tests/unit/data-fixtures';
import { freshDb } from '../../../tests/unit/db';

afterEach(async () => {
	vi.useRealTimers();
});

/** Sets the clock the app stamps its changes with (only Date: IndexedDB keeps its timers). */
function clockAt(time: string): void {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(time));
}

async function fill(database: AppDB, data: Record<string, unknown[]>): Promise<void> {
	await database.transaction('rw', database.tables, async () => {
		for (const [name, records] of Object.entries(data)) await database.table(name).bulkAdd(records);
	});
}

/** A device that has opened the library once (its own random ids for the examples) and planned a session with two examples. */
async function deviceWithLibrary(): Promise<AppDB> {
	const database = freshDb();
	await ensureExampleCards(database);
	await fill(database, fullDataset(2, 3));
	const examples = await database.cards.where('exampleId').above('').limit(2).toArray();
	const session = (await database.sessions.toArray())[0];
	await database.sessions.put({
		...session,
		blocks: examples.map((card, i) => ({
			id: `block-${i}`,
			kind: 'card',
			cardId: card.id,
			title: card.title,
			minutes: 10,
			notes: ''
		}))
	});
	return database;
}

describe('merge restore on a device that has used the library', () => {
	it('writes every record of the other device, matching example cards by their example', async () => {
		const other = await deviceWithLibrary();
		const favourite = (await other.cards.where('exampleId').above('').first())!;
		await setCardFavourite(favourite.id, true, other);
		const { text } = await createBackup({ includeSignals: true }, other);
		const source = await exportBackupData({ includeSignals: true }, other);

		const device = freshDb();
		await ensureExampleCards(device);
		const ownExampleIds = new Map(
			(await device.cards.toArray()).map((card) => [card.exampleId, card.id])
		);
		expect(ownExampleIds.get(favourite.exampleId)).not.toBe(favourite.id);

		await restoreFromText(text, { mode: 'merge' }, device);

		// Every example once, under this device's ids; the other device's own cards added.
		const cards = await device.cards.toArray();
		expect(cards).toHaveLength(EXAMPLE_CARDS.length + 2);
		for (const card of cards.filter((c) => c.exampleId)) {
			expect(card.id).toBe(ownExampleIds.get(card.exampleId));
		}
		// Every other table arrived whole.
		for (const table of ['groups', 'sessions', 'participants', 'attendance', 'signals'] as const) {
			expect(await device.table(table).count()).toBe(source[table]!.length);
		}
		// The planned session's blocks point at this device's copies of the same examples.
		const session = (await device.sessions.toArray()).find((s) => s.blocks.length === 2)!;
		for (const block of session.blocks) {
			const card = await device.cards.get(block.cardId!);
			expect(card?.title).toBe(block.title);
			expect(card?.id).toBe(ownExampleIds.get(card!.exampleId));
		}
	});

	it('merges twice without failing and without adding anything the second time', async () => {
		const other = await deviceWithLibrary();
		const { text } = await createBackup({ includeSignals: false }, other);
		const device = freshDb();
		await ensureExampleCards(device);
		await restoreFromText(text, { mode: 'merge' }, device);
		const counts = await Promise.all(device.tables.map((t) => t.count()));
		await restoreFromText(text, { mode: 'merge' }, device);
		const again = await Promise.all(device.tables.map((t) => t.count()));
		// Only the audit grows (one entry per restore).
		const audit = device.tables.findIndex((t) => t.name === 'audit');
		expect(again.filter((_, i) => i !== audit)).toEqual(counts.filter((_, i) => i !== audit));
	});

	it('refuses a backup that holds one example twice, before writing', async () => {
		const device = freshDb();
		await fill(device, {
			cards: [
				makeCard({ exampleId: 'ex-1', title: 'A' }),
				makeCard({ exampleId: 'ex-2', title: 'B' })
			]
		});
		const { text } = await createBackup({ includeSignals: false }, device);
		const file = JSON.parse(text);
		file.data.cards[1].exampleId = 'ex-1';
		const { sha256Hex } = await import('$lib/domain/envelope');
		file.checksum = await sha256Hex(JSON.stringify(file.data));
		const target = freshDb();
		await expect(
			restoreFromText(JSON.stringify(file), { mode: 'merge' }, target)
		).rejects.toMatchObject({ code: 'invalid' });
		expect(await target.cards.count()).toBe(0);
	});
});

describe("importing a colleague's card library", () => {
	async function colleagueFile(): Promise<string> {
		const colleague = freshDb();
		await ensureExampleCards(colleague);
		await colleague.cards.bulkAdd([
			makeCard({ title: 'Eigen werkvorm van Mehmet' }),
			makeCard({ title: 'Nog een eigen werkvorm', minutes: 20 })
		]);
		return cardsToJson(await colleague.cards.toArray(), {
			schemaVersion: SCHEMA_VERSION,
			appVersion: 'test'
		});
	}

	it("adds the colleague's own cards, matches the examples, and offers duplicates on a second import", async () => {
		const text = await colleagueFile();
		const device = freshDb();
		await ensureExampleCards(device);

		const preview = previewImport(await jsonToIncoming(text), await device.cards.toArray());
		expect(preview.rejected).toEqual([]);
		expect(preview.added.map((a) => a.draft.title).sort()).toEqual([
			'Eigen werkvorm van Mehmet',
			'Nog een eigen werkvorm'
		]);
		expect(preview.unchanged).toHaveLength(EXAMPLE_CARDS.length);
		expect(await applyCardImport(preview, {}, device)).toBe(2);
		expect(await device.cards.count()).toBe(EXAMPLE_CARDS.length + 2);

		// The same file again: the own cards are now duplicates, offered and skipped by default.
		const again = previewImport(await jsonToIncoming(text), await device.cards.toArray());
		expect(again.added).toEqual([]);
		expect(again.duplicates.map((d) => d.draft.title).sort()).toEqual([
			'Eigen werkvorm van Mehmet',
			'Nog een eigen werkvorm'
		]);
		expect(await applyCardImport(again, {}, device)).toBe(0);
		expect(await device.cards.count()).toBe(EXAMPLE_CARDS.length + 2);
		expect(await applyCardImport(again, { duplicates: true }, device)).toBe(2);
		expect(await device.cards.count()).toBe(EXAMPLE_CARDS.length + 4);
	});

	it('an edited example of the colleague updates the copy of that example, never adds a second', async () => {
		const colleague = freshDb();
		await ensureExampleCards(colleague);
		const example = (await colleague.cards.where('exampleId').above('').first())!;
		await colleague.cards.put({ ...example, tips: 'Werkt goed buiten.' });
		const text = await cardsToJson(await colleague.cards.toArray(), {
			schemaVersion: SCHEMA_VERSION,
			appVersion: 'test'
		});
		const device = freshDb();
		await ensureExampleCards(device);
		const preview = previewImport(await jsonToIncoming(text), await device.cards.toArray());
		expect(preview.added).toEqual([]);
		expect(preview.updated).toHaveLength(1);
		await applyCardImport(preview, {}, device);
		const mine = await device.cards.where('exampleId').equals(example.exampleId!).toArray();
		expect(mine).toHaveLength(1);
		expect(mine[0].tips).toBe('Werkt goed buiten.');
	});

	it('imports the examples into a library that never installed them', async () => {
		const text = await colleagueFile();
		const device = freshDb();
		const preview = previewImport(await jsonToIncoming(text), []);
		// Installed meanwhile (another page opened): the write still succeeds.
		await ensureExampleCards(device);
		expect(await applyCardImport(preview, {}, device)).toBe(EXAMPLE_CARDS.length + 2);
		const exampleIds = (await device.cards.toArray()).map((c) => c.exampleId).filter(Boolean);
		expect(new Set(exampleIds).size).toBe(exampleIds.length);
	});
});

describe('a restore and the children erased on this device', () => {
	it('finds the erased children a replace would bring back, and keeps them erased unless asked', async () => {
		const device = freshDb();
		await fill(device, fullDataset(1, 3));
		const { text } = await createBackup({ includeSignals: true }, device);
		const [first, second] = await device.participants.toArray();
		await eraseParticipant(first.id, device);

		const contents = await inspectBackup(text);
		const returning = await findReturningErased(contents, device);
		expect(returning.map((r) => r.id)).toEqual([first.id]);

		await restoreBackup(contents, 'replace', device);
		const kept = await device.participants.get(first.id);
		expect(kept?.name).toBe('');
		expect(kept?.erasedAt).not.toBeNull();
		expect(await device.signals.filter((s) => s.participantId === first.id).count()).toBe(0);
		expect((await device.participants.get(second.id))?.name).toBe(second.name);
		// The record of the erasure outlived the replace: a second restore still knows.
		expect(await findReturningErased(contents, device)).toHaveLength(1);

		await restoreBackup(contents, 'replace', device, { bringBackErased: true });
		expect((await device.participants.get(first.id))?.name).toBe(first.name);
	});

	it('knows the children of an erased group', async () => {
		const device = freshDb();
		await fill(device, fullDataset(1, 2));
		const { text } = await createBackup({ includeSignals: false }, device);
		const group = (await device.groups.toArray())[0];
		await eraseGroupPersonalData(group.id, device);
		await device.participants.clear();
		const returning = await findReturningErased(await inspectBackup(text), device);
		expect(returning).toHaveLength(2);
	});
});

describe('merge decides per record and per setting by the newer change', () => {
	it('a newer favourite on the other device wins, an older one does not', async () => {
		clockAt('2026-03-02T09:00:00.000Z');
		const device = freshDb();
		await ensureExampleCards(device);
		const other = freshDb();
		await ensureExampleCards(other);
		const exampleId = EXAMPLE_CARDS[0].exampleId;
		const theirs = (await other.cards.where('exampleId').equals(exampleId).first())!;
		const mine = (await device.cards.where('exampleId').equals(exampleId).first())!;

		clockAt('2026-03-02T10:00:00.000Z');
		await setCardFavourite(theirs.id, true, other);
		const { text } = await createBackup({ includeSignals: false }, other);
		await restoreFromText(text, { mode: 'merge' }, device);
		expect((await device.cards.get(mine.id))?.favourite).toBe(true);

		// Un-marked here later: the other device's older favourite no longer wins.
		clockAt('2026-03-02T11:00:00.000Z');
		await setCardFavourite(mine.id, false, device);
		await restoreFromText(text, { mode: 'merge' }, device);
		expect((await device.cards.get(mine.id))?.favourite).toBe(false);
	});

	it('an example marked as a favourite still takes a newer text of the example', async () => {
		clockAt('2026-03-02T09:00:00.000Z');
		const other = freshDb();
		await ensureExampleCards(other);
		const device = freshDb();
		await ensureExampleCards(device);
		const example = EXAMPLE_CARDS[0];
		const theirs = (await other.cards.where('exampleId').equals(example.exampleId).first())!;
		clockAt('2026-03-02T10:00:00.000Z');
		await setCardFavourite(theirs.id, true, other);
		const { text } = await createBackup({ includeSignals: false }, other);

		await restoreFromText(text, { mode: 'merge' }, device);
		const newer = EXAMPLE_CARDS.map((e) =>
			e === example ? { ...e, title: 'Nieuwe tekst', version: e.version + 1 } : e
		);
		expect(await ensureExampleCards(device, newer)).toEqual({ added: 0, refreshed: 1 });
		const card = await device.cards.where('exampleId').equals(example.exampleId).first();
		expect(card).toMatchObject({ title: 'Nieuwe tekst', favourite: true });
	});

	it('settings merge by key: the value written last wins, on either side', async () => {
		const device = freshDb();
		const other = freshDb();
		clockAt('2026-03-02T09:00:00.000Z');
		await writeNumberSetting(DATA_SETTINGS.retentionMonths, 6, device);
		await writeNumberSetting(DATA_SETTINGS.reminderDays, 7, other);
		clockAt('2026-03-02T10:00:00.000Z');
		await writeNumberSetting(DATA_SETTINGS.retentionMonths, 24, other);
		await writeNumberSetting(DATA_SETTINGS.reminderDays, 30, device);
		const { text } = await createBackup({ includeSignals: false }, other);

		await restoreFromText(text, { mode: 'merge' }, device);
		expect(await readNumberSetting(DATA_SETTINGS.retentionMonths, 0, device)).toBe(24);
		expect(await readNumberSetting(DATA_SETTINGS.reminderDays, 0, device)).toBe(30);
	});
});
