import { describe, expect, it } from 'vitest';
import { createGroup, deleteGroup, GroupHasChildrenError, type GroupInput } from './groups';
import {
	addSession,
	appendCard,
	bumpSession,
	removeLastSession,
	replanGroup,
	PlanConflictError,
	saveBlocks,
	sessionsOf
} from './sessions';
import { createSchool, importHolidays, saveHolidays } from './schools';
import { saveGroupAsTemplate } from './templates';
import { makeCard, makeGroupInput, makeParticipant } from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';

const titles = { welcome: 'Welkom', closing: 'Afsluiting', spare: 'Vrije ruimte' };
/** A group made the way the app makes one: dated sessions, default plans, two meetings. */
async function newGroup(overrides: Partial<GroupInput> = {}, database = freshDb()) {
	const groupId = await createGroup(makeGroupInput(overrides), { default: true }, titles, database);
	return { database, groupId };
}

describe('groups', () => {
	it('creates a group with eight dated sessions that skip the school holiday, and two parent meetings', async () => {
		const database = freshDb();
		const schoolId = await createSchool('OBS De Regenboog', database);
		await saveHolidays(
			schoolId,
			[{ name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' }],
			database
		);
		await database.cards.add(
			makeCard({
				id: 'ex1',
				title: 'Kennismaken',
				phase: 'opening',
				minutes: 20,
				exampleId: 'ex-1'
			})
		);
		const { groupId } = await newGroup({ schoolId }, database);
		const sessions = await sessionsOf(groupId, database);
		expect(sessions.map((s) => s.date)).toEqual([
			'2026-09-29',
			'2026-10-06',
			'2026-10-13',
			'2026-10-27',
			'2026-11-03',
			'2026-11-10',
			'2026-11-17',
			'2026-11-24'
		]);
		expect(sessions.every((s) => s.status === 'planned' && s.startTime === '13:30')).toBe(true);
		expect(sessions[0].blocks.map((b) => b.title)).toEqual([
			'Welkom',
			'Kennismaken',
			'Vrije ruimte',
			'Afsluiting'
		]);
		const meetings = await database.meetings.where('groupId').equals(groupId).sortBy('date');
		expect(meetings.map((m) => [m.kind, m.date])).toEqual([
			['information', '2026-09-22'],
			['evaluation', '2026-12-01']
		]);
	});

	it('bumps a session and the later ones a week, leaving earlier ones', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 3, startDate: '2026-09-01' });
		const before = await sessionsOf(groupId, database);
		await bumpSession(before[1].id, database);
		expect((await sessionsOf(groupId, database)).map((s) => s.date)).toEqual([
			'2026-09-01',
			'2026-09-15',
			'2026-09-22'
		]);
	});

	it('re-plans sessions not yet held on a new weekday and keeps a held one', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 3, startDate: '2026-09-01' });
		const [first] = await sessionsOf(groupId, database);
		await database.sessions.update(first.id, { status: 'held' });
		await replanGroup(groupId, '2026-09-01', 4, database);
		expect((await sessionsOf(groupId, database)).map((s) => s.date)).toEqual([
			'2026-09-01',
			'2026-09-03',
			'2026-09-10'
		]);
		expect((await database.groups.get(groupId))?.weekday).toBe(4);
	});

	it('moves the parent meetings with a re-planned series only when asked', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 3, startDate: '2026-09-01' });
		const meetingDays = async () =>
			(await database.meetings.where('groupId').equals(groupId).sortBy('date')).map((m) => [
				m.kind,
				m.date
			]);
		const before = await meetingDays();
		await replanGroup(groupId, '2026-09-08', 2, database);
		expect(await meetingDays()).toEqual(before);
		await replanGroup(groupId, '2026-09-15', 2, database, { moveMeetings: true });
		expect(await meetingDays()).toEqual([
			['information', '2026-09-08'],
			['evaluation', '2026-10-06']
		]);
	});

	it('adds and removes a session at the end of the series', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 2, startDate: '2026-09-01' });
		await addSession(groupId, titles, database);
		expect((await sessionsOf(groupId, database)).map((s) => [s.number, s.date])).toEqual([
			[1, '2026-09-01'],
			[2, '2026-09-08'],
			[3, '2026-09-15']
		]);
		await removeLastSession(groupId, database);
		expect(await database.sessions.where('groupId').equals(groupId).count()).toBe(2);
		expect((await database.groups.get(groupId))?.sessionCount).toBe(2);
	});

	it('saves a plan as a template and starts a new group from it', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 2 });
		const [first] = await sessionsOf(groupId, database);
		await appendCard(first.id, makeCard({ id: 'c1', title: 'Twee huizen', minutes: 15 }), database);
		const templateId = await saveGroupAsTemplate(groupId, 'Mijn reeks', database);
		const copyId = await createGroup(
			makeGroupInput({ sessionCount: 2, name: 'Kopie' }),
			{ templateId },
			titles,
			database
		);
		const [copied] = await sessionsOf(copyId, database);
		expect(copied.blocks.map((b) => b.title)).toEqual([
			'Welkom',
			'Vrije ruimte',
			'Twee huizen',
			'Afsluiting'
		]);
		expect(copied.blocks[2].id).not.toBe((await sessionsOf(groupId, database))[0].blocks[2].id);
	});

	it('saves reordered blocks exactly', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 1 });
		const [session] = await sessionsOf(groupId, database);
		const reversed = [...session.blocks].reverse();
		await saveBlocks(session.id, reversed, database);
		expect((await database.sessions.get(session.id))?.blocks).toEqual(reversed);
	});

	it('keeps a block saved in another tab when an older copy of the plan is saved', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 1 });
		const [session] = await sessionsOf(groupId, database);
		const tabA = structuredClone(session.blocks);
		const tabB = structuredClone(session.blocks);
		tabA[0].notes = 'Naamrondje met een bal';
		await saveBlocks(session.id, tabA, database, session.blocks);
		await appendCard(session.id, makeCard({ title: 'Twee huizen' }), database);

		tabB[2].minutes = 7;
		const stored = await saveBlocks(session.id, tabB, database, session.blocks);
		const after = (await database.sessions.get(session.id))!.blocks;
		expect(after).toEqual(stored);
		expect(after.map((b) => [b.title, b.minutes, b.notes])).toEqual([
			['Welkom', session.blocks[0].minutes, 'Naamrondje met een bal'],
			['Vrije ruimte', session.blocks[1].minutes, ''],
			['Twee huizen', expect.any(Number), ''],
			['Afsluiting', 7, '']
		]);
	});

	it('refuses, writing nothing, when two tabs changed the same block differently', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 1 });
		const [session] = await sessionsOf(groupId, database);
		const tabA = structuredClone(session.blocks);
		const tabB = structuredClone(session.blocks);
		tabA[0].notes = 'A';
		tabB[0].notes = 'B';
		await saveBlocks(session.id, tabA, database, session.blocks);
		const refused = await saveBlocks(session.id, tabB, database, session.blocks).catch((e) => e);
		expect(refused).toBeInstanceOf(PlanConflictError);
		expect((refused as PlanConflictError).stored[0].notes).toBe('A');
		expect((await database.sessions.get(session.id))?.blocks[0].notes).toBe('A');
	});

	it('refuses to delete a group that has children', async () => {
		const { database, groupId } = await newGroup({ sessionCount: 1 });
		await database.participants.add(makeParticipant({ groupId }));
		await expect(deleteGroup(groupId, database)).rejects.toBeInstanceOf(GroupHasChildrenError);
		await database.participants.clear();
		await deleteGroup(groupId, database);
		expect(await database.sessions.count()).toBe(0);
		expect(await database.meetings.count()).toBe(0);
	});

	it('imports holidays without doubling known ones', async () => {
		const database = freshDb();
		const schoolId = await createSchool('Het Kompas', database);
		const autumn = { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' };
		expect((await importHolidays(schoolId, [autumn], database)).added).toHaveLength(1);
		expect(
			await importHolidays(
				schoolId,
				[autumn, { name: 'Kerst', start: '2026-12-19', end: '2027-01-03' }],
				database
			)
		).toMatchObject({ added: [{ name: 'Kerst' }], duplicates: [autumn] });
		expect((await database.schools.get(schoolId))?.holidays.map((h) => h.name)).toEqual([
			'Herfstvakantie',
			'Kerst'
		]);
	});
});
