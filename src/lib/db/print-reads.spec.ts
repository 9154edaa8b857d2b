import { describe, expect, it } from 'vitest';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';
import { block } from '$lib/pdf/fixtures';
import { listCards, loadCards, loadGroup, loadSession, loadSessionKit } from './print-reads';

describe('loading', () => {
	it('returns asked cards in order and reports the ones that do not exist', async () => {
		const db = freshDb();
		const [a, b] = [makeCard({ title: 'A' }), makeCard({ title: 'B' })];
		await db.cards.bulkAdd([a, b]);
		const selection = await loadCards([b.id, 'gone', a.id], db);
		expect(selection.cards.map((c) => c.title)).toEqual(['B', 'A']);
		expect(selection.missing).toEqual(['gone']);
	});

	it('lists cards that are not archived, by title', async () => {
		const db = freshDb();
		await db.cards.bulkAdd([
			makeCard({ title: 'Zon' }),
			makeCard({ title: 'Appel' }),
			makeCard({ title: 'Oud', archived: true })
		]);
		expect((await listCards(db)).map((c) => c.title)).toEqual(['Appel', 'Zon']);
	});

	it('loads a session with its cards and counts the children still taking part', async () => {
		const db = freshDb();
		const group = makeGroup();
		const card = makeCard();
		const session = makeSession({ groupId: group.id, blocks: [block({ cardId: card.id })] });
		await db.groups.add(group);
		await db.cards.add(card);
		await db.sessions.add(session);
		await db.participants.bulkAdd([
			makeParticipant({ groupId: group.id }),
			makeParticipant({ groupId: group.id, stoppedOn: '2026-02-10' })
		]);
		const loaded = await loadSession(session.id, db);
		expect(loaded?.childCount).toBe(1);
		expect(loaded?.cards.get(card.id)?.title).toBe(card.title);
		expect(await loadSession('gone', db)).toBeNull();
	});

	it('loads a group with its sessions in order', async () => {
		const db = freshDb();
		const group = makeGroup();
		await db.groups.add(group);
		await db.sessions.bulkAdd([
			makeSession({ groupId: group.id, number: 2 }),
			makeSession({ groupId: group.id, number: 1 })
		]);
		const loaded = await loadGroup(group.id, db);
		expect(loaded?.sessions.map((s) => s.number)).toEqual([1, 2]);
		expect(await loadGroup('gone', db)).toBeNull();
	});

	it('loads a session kit with the group sessions in order and its children', async () => {
		const db = freshDb();
		const group = makeGroup();
		const card = makeCard();
		const second = makeSession({
			groupId: group.id,
			number: 2,
			blocks: [block({ cardId: card.id })]
		});
		await db.groups.add(group);
		await db.cards.add(card);
		await db.sessions.bulkAdd([second, makeSession({ groupId: group.id, number: 1 })]);
		await db.participants.bulkAdd([
			makeParticipant({ groupId: group.id, name: 'Anne' }),
			makeParticipant({ groupId: group.id, name: 'Bo', stoppedOn: '2026-02-10' })
		]);
		const kit = await loadSessionKit(second.id, db);
		expect(kit?.session.id).toBe(second.id);
		expect(kit?.sessions.map((s) => s.number)).toEqual([1, 2]);
		expect(kit?.participants.map((p) => p.name).sort()).toEqual(['Anne', 'Bo']);
		expect(kit?.childCount).toBe(1);
		expect(kit?.cards.has(card.id)).toBe(true);
		expect(await loadSessionKit('gone', db)).toBeNull();
	});
});
