/**
 * Merging another device's backup: the records of both devices are the same things under
 * different ids where the app made them on its own (the example cards, installed with a random
 * id on every device, but one `exampleId` each). Before a merge decides per record, such cards
 * are matched by their example and take this device's id, and every plan block that points at
 * them follows; so the write never meets the unique `exampleId` index.
 */
import type { BackupData } from './backup';

/** This device's example cards: exampleId → the card's id and creation time. */
export type LocalExampleCards = ReadonlyMap<string, { id: string; createdAt: string }>;

type Row = Record<string, unknown>;

function remapBlocks(blocks: unknown, ids: ReadonlyMap<string, string>): unknown {
	if (!Array.isArray(blocks)) return blocks;
	return blocks.map((block: Row) =>
		typeof block?.cardId === 'string' && ids.has(block.cardId)
			? { ...block, cardId: ids.get(block.cardId) }
			: block
	);
}

/**
 * The backup's data with its example cards under this device's ids (matched by `exampleId`),
 * and the sessions' and templates' blocks pointing at those ids. A card of the backup whose
 * id is already taken here by another card is left alone (the merge then decides on that id).
 */
export function alignExampleCards(data: BackupData, local: LocalExampleCards): BackupData {
	const cards = data.cards;
	if (!cards || local.size === 0) return data;
	const ids = new Map<string, string>();
	const alignedCards = cards.map((card) => {
		const exampleId = card.exampleId;
		if (typeof exampleId !== 'string') return card;
		const mine = local.get(exampleId);
		if (!mine || mine.id === card.id) return card;
		ids.set(String(card.id), mine.id);
		return { ...card, id: mine.id, createdAt: mine.createdAt };
	});
	if (ids.size === 0) return data;
	const aligned: BackupData = { ...data, cards: alignedCards };
	if (data.sessions) {
		aligned.sessions = data.sessions.map((s) => ({ ...s, blocks: remapBlocks(s.blocks, ids) }));
	}
	if (data.templates) {
		aligned.templates = data.templates.map((t) => ({
			...t,
			sessions: Array.isArray(t.sessions)
				? t.sessions.map((s: Row) => ({ ...s, blocks: remapBlocks(s.blocks, ids) }))
				: t.sessions
		}));
	}
	return aligned;
}

/**
 * The example ids that would be held twice after the writes: a card written under one id
 * while another card on the device (not overwritten) keeps the same `exampleId`. Such a write
 * would fail inside the transaction; the caller drops the example link of the incoming copy.
 */
export function exampleIdClashes(
	writes: readonly Row[],
	stored: ReadonlyMap<string, string>
): Set<string> {
	const written = new Set(writes.map((card) => String(card.id)));
	const clashes = new Set<string>();
	for (const card of writes) {
		const exampleId = card.exampleId;
		if (typeof exampleId !== 'string') continue;
		const holder = stored.get(exampleId);
		if (holder !== undefined && holder !== card.id && !written.has(holder)) clashes.add(exampleId);
	}
	return clashes;
}
