/**
 * Writes to the card library. Each user action is one transaction. Validation happens in
 * `$lib/domain/cards/validation`; these functions refuse an invalid draft.
 */
import { db, newId, nowIso, type AppDB } from './db';
import type { Card } from '$lib/model';
import {
	validateCard,
	TITLE_MAX,
	type CardDraft,
	type CardIssue
} from '$lib/domain/cards/validation';
import { EXAMPLE_CARDS } from '$lib/domain/examples/cards';
import { exampleToCard, planExampleSeeding } from '$lib/domain/examples/seed';
import { examplesStamp } from '$lib/domain/examples/stamp';
import { EXAMPLES_STAMP_SETTING } from './examples-stamp';
import type { ExampleCard } from '$lib/domain/examples/types';
import type { ImportPreview } from '$lib/domain/cards/import-preview';

/** A draft that did not pass validation; `issues` name the fields. */
export class CardInvalidError extends Error {
	constructor(readonly issues: CardIssue[]) {
		super(`invalid card: ${issues.map((issue) => `${issue.field} ${issue.code}`).join(', ')}`);
	}
}

/**
 * Installs example cards that were never installed and refreshes untouched ones that have a
 * newer text. Safe to call on every start: it never overwrites an edited card and never brings
 * back a deleted one.
 */
export async function ensureExampleCards(
	database: AppDB = db,
	examples: readonly ExampleCard[] = EXAMPLE_CARDS
): Promise<{ added: number; refreshed: number }> {
	return database.transaction(
		'rw',
		[database.cards, database.exampleLedger, database.settings],
		async () => {
			const ledger = await database.exampleLedger.toArray();
			const installed = (await database.cards
				.where('exampleId')
				.anyOf(examples.map((example) => example.exampleId))
				.toArray()) as (Card & { exampleId: string })[];
			const plan = planExampleSeeding(examples, ledger, installed);
			const now = nowIso();
			await database.cards.bulkAdd(plan.add.map((example) => exampleToCard(example, newId(), now)));
			for (const { card, example } of plan.refresh) {
				const fresh = exampleToCard(example, card.id, now);
				await database.cards.put({
					...fresh,
					createdAt: card.createdAt,
					favourite: card.favourite,
					archived: card.archived
				});
			}
			const noted = [...plan.add, ...plan.refresh.map((r) => r.example), ...plan.noteOnly];
			await database.exampleLedger.bulkPut(
				noted.map((example) => ({
					exampleId: example.exampleId,
					version: example.version,
					installedAt: now
				}))
			);
			await database.settings.put({ key: EXAMPLES_STAMP_SETTING, value: examplesStamp(examples) });
			return { added: plan.add.length, refreshed: plan.refresh.length };
		}
	);
}

/** Saves a new card (no id) or the edits to an existing one; returns its id. */
export async function saveCard(
	draft: CardDraft,
	id: string | null = null,
	database: AppDB = db
): Promise<string> {
	const check = validateCard(draft);
	if (!check.ok) throw new CardInvalidError(check.issues);
	const now = nowIso();
	return database.transaction('rw', [database.cards], async () => {
		if (id) {
			const existing = await database.cards.get(id);
			if (!existing) throw new Error(`card ${id} not found`);
			await database.cards.put({
				...check.draft,
				id,
				createdAt: existing.createdAt,
				updatedAt: now
			});
			return id;
		}
		const card: Card = { ...check.draft, id: newId(), createdAt: now, updatedAt: now };
		await database.cards.add(card);
		return card.id;
	});
}

/** Makes the coach's own copy of a card (also of an example): a new id, no example link. */
export async function duplicateCard(
	id: string,
	titleSuffix = ' (kopie)',
	database: AppDB = db
): Promise<string> {
	return database.transaction('rw', [database.cards], async () => {
		const original = await database.cards.get(id);
		if (!original) throw new Error(`card ${id} not found`);
		const now = nowIso();
		const base = original.title.slice(0, TITLE_MAX - titleSuffix.length);
		const copy: Card = {
			...structuredClone(original),
			id: newId(),
			title: base + titleSuffix,
			exampleId: null,
			favourite: false,
			archived: false,
			createdAt: now,
			updatedAt: now
		};
		await database.cards.add(copy);
		return copy.id;
	});
}

/** Deletes a card and hands it back, so the user can undo with `restoreCard`. */
export async function deleteCard(id: string, database: AppDB = db): Promise<Card> {
	return database.transaction('rw', [database.cards], async () => {
		const card = await database.cards.get(id);
		if (!card) throw new Error(`card ${id} not found`);
		await database.cards.delete(id);
		return card;
	});
}

/** Puts a deleted card back exactly as it was (undo). */
export async function restoreCard(card: Card, database: AppDB = db): Promise<void> {
	await database.transaction('rw', [database.cards], async () => {
		await database.cards.put(card);
	});
}

/** Archives a card (hidden from the default list) or brings it back. */
export async function setCardArchived(
	id: string,
	archived: boolean,
	database: AppDB = db
): Promise<void> {
	await touchCard(id, { archived }, database);
}

/** Marks a card as a favourite or not. */
export async function setCardFavourite(
	id: string,
	favourite: boolean,
	database: AppDB = db
): Promise<void> {
	await touchCard(id, { favourite }, database);
}

/**
 * Changes a card's favourite or archived flag with a new `updatedAt`, so a merge of another
 * device's backup knows which change is newer (issue 21). An example card the coach never
 * edited keeps counting as untouched (its ledger time moves along), so a newer text of the
 * example still refreshes it.
 */
async function touchCard(
	id: string,
	change: Partial<Pick<Card, 'favourite' | 'archived'>>,
	database: AppDB
): Promise<void> {
	await database.transaction('rw', [database.cards, database.exampleLedger], async () => {
		const card = await database.cards.get(id);
		if (!card) throw new Error(`card ${id} not found`);
		const now = nowIso();
		if (card.exampleId) {
			const entry = await database.exampleLedger.get(card.exampleId);
			if (entry && entry.installedAt === card.updatedAt) {
				await database.exampleLedger.put({ ...entry, installedAt: now });
			}
		}
		await database.cards.update(id, { ...change, updatedAt: now });
	});
}

/**
 * Writes an import preview: adds the new cards and updates the changed ones, all or nothing;
 * duplicates only when asked, as the coach's own copies. Rejected and unchanged rows are left
 * alone. An added example card whose example is already in the library (installed since the
 * preview) comes in as an own card, so the write never fails on the example index.
 * Returns how many cards were written.
 */
export async function applyCardImport(
	preview: ImportPreview,
	options: { duplicates?: boolean } = {},
	database: AppDB = db
): Promise<number> {
	return database.transaction('rw', [database.cards], async () => {
		const now = nowIso();
		const copies = options.duplicates ? preview.duplicates : [];
		for (const { draft } of [...preview.added, ...copies]) {
			const taken =
				draft.exampleId !== null &&
				(copies.some((c) => c.draft === draft) ||
					(await database.cards.where('exampleId').equals(draft.exampleId).count()) > 0);
			await database.cards.add({
				...draft,
				exampleId: taken ? null : draft.exampleId,
				id: newId(),
				createdAt: now,
				updatedAt: now
			});
		}
		for (const { id, draft } of preview.updated) {
			const existing = await database.cards.get(id);
			if (!existing) throw new Error(`card ${id} not found`);
			await database.cards.put({ ...draft, id, createdAt: existing.createdAt, updatedAt: now });
		}
		return preview.added.length + copies.length + preview.updated.length;
	});
}
