import { describe, expect, it } from 'vitest';
import { AppDB } from '$lib/db/db';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { block } from '$lib/pdf/fixtures';
import { listCards, loadCards, loadGroup, loadSession, parseRequest } from './print-data';

function database(): AppDB {
	return new AppDB('test-' + crypto.randomUUID());
}

describe('parseRequest', () => {
	it('reads cards, session, group and register requests', () => {
		expect(parseRequest(new URLSearchParams('cards=a,b,,a'))).toEqual({
			kind: 'cards',
			ids: ['a', 'b']
		});
		expect(parseRequest(new URLSearchParams('session=s1'))).toEqual({ kind: 'session', id: 's1' });
		expect(parseRequest(new URLSearchParams('group=g1'))).toEqual({ kind: 'group', id: 'g1' });
		expect(parseRequest(new URLSearchParams('register=g1'))).toEqual({
			kind: 'register',
			id: 'g1'
		});
	});

	it('falls back to picking cards when nothing usable was asked', () => {
		expect(parseRequest(new URLSearchParams(''))).toEqual({ kind: 'pick' });
		expect(parseRequest(new URLSearchParams('cards='))).toEqual({ kind: 'pick' });
	});
});

describe('loading', () => {
	it('returns asked cards in order and reports the ones that do not exist', async () => {
		const db = database();
		const [a, b] = [makeCard({ title: 'A' }), makeCard({ title: 'B' })];
		await db.cards.bulkAdd([a, b]);
		const selection = await loadCards([b.id, 'gone', a.id], db);
		expect(selection.cards.map((c) => c.title)).toEqual(['B', 'A']);
		expect(selection.missing).toEqual(['gone']);
	});

	it('lists cards that are not archived, by title', async () => {
		const db = database();
		await db.cards.bulkAdd([
			makeCard({ title: 'Zon' }),
			makeCard({ title: 'Appel' }),
			makeCard({ title: 'Oud', archived: true })
		]);
		expect((await listCards(db)).map((c) => c.title)).toEqual(['Appel', 'Zon']);
	});

	it('loads a session with its cards and counts the children still taking part', async () => {
		const db = database();
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
		const db = database();
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
});
