/** Writes for session plans: the ordered blocks and the session's notes. */
import { db as defaultDb, nowIso, type AppDB } from './db';
import type { Card, PlanBlock } from '$lib/model';
import { cardBlock } from '$lib/domain/templates';

/** Saves the whole ordered list of blocks of a session (the builder autosaves through this). */
export async function saveBlocks(
	sessionId: string,
	blocks: readonly PlanBlock[],
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.sessions], async () => {
		const updated = await database.sessions.update(sessionId, {
			// Plain copies: Svelte state proxies cannot be stored in IndexedDB.
			blocks: blocks.map((block) => ({ ...block })),
			updatedAt: nowIso()
		});
		if (updated === 0) throw new Error(`Session ${sessionId} not found`);
	});
}

/** Saves the session's own notes. */
export async function saveSessionNotes(
	sessionId: string,
	notes: string,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.sessions], async () => {
		await database.sessions.update(sessionId, { notes, updatedAt: nowIso() });
	});
}

/**
 * Adds a card as a block to a session's plan: before the closing ritual when there is one,
 * else at the end.
 */
export async function appendCard(
	sessionId: string,
	card: Pick<Card, 'id' | 'title' | 'minutes'>,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.sessions], async () => {
		const session = await database.sessions.get(sessionId);
		if (!session) throw new Error(`Session ${sessionId} not found`);
		const blocks = [...session.blocks];
		const closing = blocks.findLastIndex((b) => b.kind === 'closing');
		const at = closing >= 0 && closing === blocks.length - 1 ? closing : blocks.length;
		blocks.splice(at, 0, cardBlock(card));
		await database.sessions.update(sessionId, { blocks, updatedAt: nowIso() });
	});
}
