import { describe, expect, it } from 'vitest';
import { makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';
import { loadParentLetters } from './print-reads';

const stamp = '2026-01-05T10:00:00.000Z';

describe('loading the letters for parents', () => {
	it("gathers the group's school name, sessions, children and meetings", async () => {
		const db = freshDb();
		const school = {
			id: 'school-1',
			createdAt: stamp,
			updatedAt: stamp,
			name: 'OBS De Regenboog',
			holidays: []
		};
		const group = makeGroup({ schoolId: school.id });
		await db.schools.add(school);
		await db.groups.add(group);
		await db.sessions.add(makeSession({ groupId: group.id }));
		await db.participants.add(makeParticipant({ groupId: group.id, name: 'Şeyma' }));
		await db.meetings.add({
			id: 'meeting-1',
			createdAt: stamp,
			updatedAt: stamp,
			groupId: group.id,
			kind: 'information',
			date: '2026-01-27',
			startTime: '19:30',
			notes: '',
			recorded: false
		});
		const loaded = await loadParentLetters(group.id, db);
		expect(loaded?.schoolName).toBe('OBS De Regenboog');
		expect(loaded?.sessions).toHaveLength(1);
		expect(loaded?.participants.map((p) => p.name)).toEqual(['Şeyma']);
		expect(loaded?.meetings.map((m) => m.kind)).toEqual(['information']);
	});

	it('is null for a group that is gone, and has no school name without a school', async () => {
		const db = freshDb();
		expect(await loadParentLetters('gone', db)).toBeNull();
		const group = makeGroup();
		await db.groups.add(group);
		expect((await loadParentLetters(group.id, db))?.schoolName).toBe('');
	});
});
