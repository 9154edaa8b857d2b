import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, type AppDB } from '../../../tests/unit/db';
import {
	applyCardImport,
	CardInvalidError,
	deleteCard,
	duplicateCard,
	ensureExampleCards,
	restoreCard,
	saveCard,
	setCardArchived,
	setCardFavourite
} from './cards';
import { makeCard } from '../../../tests/unit/factories';
import { EXAMPLES_STAMP_SETTING, examplesCurrent, examplesNeverInstalled } from './examples-stamp';
import { EXAMPLE_CARD_COUNT, examplesStamp } from '$lib/domain/examples/stamp';
import type { ExampleCard } from '$lib/domain/examples/types';
import type { CardDraft } from '$lib/domain/cards/validation';

let database: AppDB;

beforeEach(async () => {
	database = freshDb();
	await database.open();
});

function makeExample(overrides: Partial<ExampleCard> = {}): ExampleCard {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, createdAt, updatedAt, source, licence, favourite, archived, ...rest } = makeCard();
	return { ...rest, exampleId: 'weerbericht', version: 1, ...overrides };
}

function makeDraft(overrides: Partial<CardDraft> = {}): CardDraft {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, createdAt, updatedAt, ...rest } = makeCard();
	return { ...rest, ...overrides };
}

describe('ensureExampleCards', () => {
	it('installs the examples once, however often it runs', async () => {
		const examples = [makeExample({ exampleId: 'a' }), makeExample({ exampleId: 'b' })];
		expect(await ensureExampleCards(database, examples)).toEqual({ added: 2, refreshed: 0 });
		expect(await ensureExampleCards(database, examples)).toEqual({ added: 0, refreshed: 0 });
		const cards = await database.cards.toArray();
		expect(cards.map((card) => card.exampleId).sort()).toEqual(['a', 'b']);
		expect(cards[0]).toMatchObject({ source: 'Voorbeeldkaart KIES Toolkit', licence: 'CC BY 4.0' });
	});

	it('leaves the stamp that lets later visits skip loading the example texts', async () => {
		expect(await examplesNeverInstalled(database)).toBe(true);
		expect(await examplesCurrent(database)).toBe(false);
		const examples = [makeExample({ exampleId: 'a' })];
		await ensureExampleCards(database, examples);
		expect(await examplesNeverInstalled(database)).toBe(false);
		expect((await database.settings.get(EXAMPLES_STAMP_SETTING))?.value).toBe(
			examplesStamp(examples)
		);
		// Not the shipped set, so the shipped stamp does not match: the app would seed again.
		expect(await examplesCurrent(database)).toBe(false);
		await ensureExampleCards(database);
		expect(await examplesCurrent(database)).toBe(true);
		expect(await database.cards.count()).toBe(EXAMPLE_CARD_COUNT + 1);
	});

	it('adds only the new examples an app update brings', async () => {
		await ensureExampleCards(database, [makeExample({ exampleId: 'a' })]);
		const update = [makeExample({ exampleId: 'a' }), makeExample({ exampleId: 'new' })];
		expect(await ensureExampleCards(database, update)).toEqual({ added: 1, refreshed: 0 });
		expect(await database.cards.count()).toBe(2);
	});

	it('never overwrites an example the coach edited, even with a newer text', async () => {
		await ensureExampleCards(database, [makeExample({ title: 'Origineel' })]);
		const [card] = await database.cards.toArray();
		await new Promise((resolve) => setTimeout(resolve, 5));
		await saveCard({ ...card, title: 'Mijn versie' }, card.id, database);
		await ensureExampleCards(database, [makeExample({ title: 'Nieuwe tekst', version: 2 })]);
		expect((await database.cards.get(card.id))?.title).toBe('Mijn versie');
	});

	it('never brings back an example the coach deleted', async () => {
		await ensureExampleCards(database, [makeExample()]);
		const [card] = await database.cards.toArray();
		await deleteCard(card.id, database);
		await ensureExampleCards(database, [makeExample({ version: 2 })]);
		expect(await database.cards.count()).toBe(0);
	});

	it('brings an untouched example up to date and keeps it a favourite', async () => {
		await ensureExampleCards(database, [makeExample({ title: 'Oud' })]);
		const [card] = await database.cards.toArray();
		await setCardFavourite(card.id, true, database);
		expect(
			await ensureExampleCards(database, [makeExample({ title: 'Nieuw', version: 2 })])
		).toEqual({ added: 0, refreshed: 1 });
		expect(await database.cards.get(card.id)).toMatchObject({ title: 'Nieuw', favourite: true });
	});
});

describe('card edits', () => {
	it('saves a new card and its edits', async () => {
		const id = await saveCard(
			makeDraft({ title: '<script>alert(1)</script> Şeyma' }),
			null,
			database
		);
		expect((await database.cards.get(id))?.title).toBe('<script>alert(1)</script> Şeyma');
		await saveCard(makeDraft({ title: 'Anders' }), id, database);
		expect((await database.cards.get(id))?.title).toBe('Anders');
		expect(await database.cards.count()).toBe(1);
	});

	it('refuses an invalid card and writes nothing', async () => {
		await expect(saveCard(makeDraft({ title: '' }), null, database)).rejects.toBeInstanceOf(
			CardInvalidError
		);
		expect(await database.cards.count()).toBe(0);
	});

	it('duplicates an example as an own card titled "(kopie)"', async () => {
		const example = makeCard({ exampleId: 'weerbericht', favourite: true, title: 'Weerbericht' });
		await database.cards.add(example);
		const copyId = await duplicateCard(example.id, ' (kopie)', database);
		expect(await database.cards.get(copyId)).toMatchObject({
			title: 'Weerbericht (kopie)',
			exampleId: null,
			favourite: false,
			steps: example.steps
		});
		expect(await database.cards.count()).toBe(2);
	});

	it('keeps a duplicated long title within 200 characters', async () => {
		const card = makeCard({ title: 'x'.repeat(200) });
		await database.cards.add(card);
		const copy = await database.cards.get(await duplicateCard(card.id, ' (kopie)', database));
		expect(copy?.title.length).toBe(200);
		expect(copy?.title.endsWith(' (kopie)')).toBe(true);
	});

	it('deletes a card and restores it exactly on undo', async () => {
		const card = makeCard({ favourite: true });
		await database.cards.add(card);
		const deleted = await deleteCard(card.id, database);
		expect(await database.cards.get(card.id)).toBeUndefined();
		await restoreCard(deleted, database);
		expect(await database.cards.get(card.id)).toEqual(card);
	});

	it('archives and unarchives a card', async () => {
		const card = makeCard();
		await database.cards.add(card);
		await setCardArchived(card.id, true, database);
		expect((await database.cards.get(card.id))?.archived).toBe(true);
		await setCardArchived(card.id, false, database);
		expect((await database.cards.get(card.id))?.archived).toBe(false);
	});
});

describe('applyCardImport', () => {
	it('adds new cards and updates changed ones in one go', async () => {
		const existing = makeCard({ title: 'Oud' });
		await database.cards.add(existing);
		const written = await applyCardImport(
			{
				added: [{ row: 2, draft: makeDraft({ title: 'Nieuw' }) }],
				updated: [{ row: 3, id: existing.id, draft: makeDraft({ title: 'Aangepast' }) }],
				unchanged: [],
				duplicates: [],
				rejected: []
			},
			{},
			database
		);
		expect(written).toBe(2);
		expect((await database.cards.toArray()).map((card) => card.title).sort()).toEqual([
			'Aangepast',
			'Nieuw'
		]);
	});

	it('writes nothing when one update fails', async () => {
		await expect(
			applyCardImport(
				{
					added: [{ row: 2, draft: makeDraft({ title: 'Nieuw' }) }],
					updated: [{ row: 3, id: 'missing', draft: makeDraft() }],
					unchanged: [],
					duplicates: [],
					rejected: []
				},
				{},
				database
			)
		).rejects.toThrow();
		expect(await database.cards.count()).toBe(0);
	});
});
