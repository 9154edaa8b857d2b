/** The writes and reads behind the figures of issue 18, on a real (fake-indexeddb) database. */
import { describe, expect, it } from 'vitest';
import {
	makeGroup,
	makeImportedGroup,
	makeMeeting,
	makeParticipant,
	makeSession
} from '../../../tests/unit/factories';
import { AppDB } from './db';
import { lockRegister, markAttendance } from './attendance';
import { addMeeting, setMeetingAttendance, setMeetingRecorded } from './meetings';
import { addChild, setChildStart } from './children';
import { ChildHasRecordsError, childDeletable, deleteChild } from './privacy';
import { countAgain, keepOneOf } from './exchange';
import { computeOverview, loadReportGroups } from './overview';
import { NO_FILTERS } from '$lib/domain/report';
import { freshDb } from '../../../tests/unit/db';

async function groupWithSession(database: AppDB) {
	const group = makeGroup({ startDate: '2025-09-02', status: 'running' });
	const session = makeSession({ groupId: group.id, date: '2025-09-02' });
	const child = makeParticipant({ groupId: group.id });
	await database.groups.add(group);
	await database.sessions.add(session);
	await database.participants.add(child);
	return { group, session, child };
}

const childInput = {
	name: 'Noor',
	birthYear: null,
	schoolClass: '',
	consent1: { given: true, date: '2025-08-20', how: 'paper' as const },
	consent2: { given: true, date: '2025-08-20', how: 'paper' as const },
	notes: ''
};

describe('absence with notice', () => {
	it('stores the reason as "unknown" when the coach picks none', async () => {
		const database = freshDb();
		const { session, child } = await groupWithSession(database);
		await markAttendance(session.id, child.id, 'absent-notice', {}, database);
		expect((await database.attendance.get([session.id, child.id]))?.reason).toBe('unknown');
		await markAttendance(session.id, child.id, 'absent-notice', { reason: 'ill' }, database);
		expect((await database.attendance.get([session.id, child.id]))?.reason).toBe('ill');
	});
});

describe('recorded parent meetings', () => {
	it('starts a new meeting as not recorded, and ticking a parent records it', async () => {
		const database = freshDb();
		const { group, child } = await groupWithSession(database);
		const id = await addMeeting(group.id, 'information', '2025-08-26', database);
		expect((await database.meetings.get(id))?.recorded).toBe(false);
		await setMeetingAttendance(id, child.id, { parent1: true, parent2: false }, database);
		expect((await database.meetings.get(id))?.recorded).toBe(true);
	});

	it('records "nobody came" without any tick, and refuses while the register is locked', async () => {
		const database = freshDb();
		const { group } = await groupWithSession(database);
		const id = await addMeeting(group.id, 'evaluation', '2025-10-28', database);
		await setMeetingRecorded(id, true, database);
		const report = await computeOverview(
			{ ...NO_FILTERS, range: { from: '2025-08-01', to: '2026-07-31' } },
			database,
			'2026-01-01'
		);
		expect(report.parentsEvaluation).toEqual({ count: 0, of: 2, share: 0 });
		await lockRegister(group.id, database);
		await expect(setMeetingRecorded(id, false, database)).rejects.toThrow(/locked/);
	});
});

describe('a child’s start and a true delete', () => {
	it('keeps the day a child joined, and lets it be changed', async () => {
		const database = freshDb();
		const { group } = await groupWithSession(database);
		const id = await addChild(group.id, childInput, database, '2025-09-16');
		expect((await database.participants.get(id))?.startedOn).toBe('2025-09-16');
		await setChildStart(id, null, database);
		expect((await database.participants.get(id))?.startedOn).toBeNull();
		await expect(setChildStart(id, '16-09-2025', database)).rejects.toThrow();
	});

	it('deletes a child added by mistake while nothing is marked for it', async () => {
		const database = freshDb();
		const { group } = await groupWithSession(database);
		const id = await addChild(group.id, childInput, database);
		expect(await childDeletable(id, database)).toBe(true);
		await deleteChild(id, database);
		expect(await database.participants.get(id)).toBeUndefined();
	});

	it('refuses to delete a child with a mark or a parent tick, and writes nothing', async () => {
		const database = freshDb();
		const { session, child } = await groupWithSession(database);
		await markAttendance(session.id, child.id, 'present', {}, database);
		expect(await childDeletable(child.id, database)).toBe(false);
		await expect(deleteChild(child.id, database)).rejects.toBeInstanceOf(ChildHasRecordsError);
		expect(await database.participants.get(child.id)).toBeDefined();
	});
});

describe('the same real group imported twice', () => {
	it('keeps the coordinator’s choice: the other record counts for nothing until undone', async () => {
		const database = freshDb();
		const data = makeImportedGroup().data;
		const a = makeImportedGroup({ id: 'anne:g1', coachId: 'anne', data });
		const b = makeImportedGroup({ id: 'mehmet:g7', coachId: 'mehmet', data });
		await database.importedGroups.bulkAdd([a, b]);
		const range = { from: '2025-08-01', to: '2026-07-31' };
		await keepOneOf('anne:g1', ['anne:g1', 'mehmet:g7'], database);
		const groups = await loadReportGroups(range, database);
		expect(groups.map((g) => [g.key, g.setAside])).toEqual([
			['anne:g1', false],
			['mehmet:g7', true]
		]);
		expect((await database.importedGroups.get('mehmet:g7'))?.setAsideFor).toBe('anne:g1');
		await countAgain(['anne:g1', 'mehmet:g7'], database);
		expect((await loadReportGroups(range, database)).every((g) => !g.setAside)).toBe(true);
	});
});

describe('period basis on the database', () => {
	it('on the activity basis loads a group that started before the period', async () => {
		const database = freshDb();
		const group = makeGroup({ startDate: '2025-06-02', status: 'finished' });
		await database.groups.add(group);
		await database.sessions.add(
			makeSession({ groupId: group.id, date: '2025-09-01', status: 'held' })
		);
		await database.meetings.add(makeMeeting({ groupId: group.id, date: '2025-06-01' }));
		const range = { from: '2025-08-01', to: '2025-10-31' };
		expect(await loadReportGroups(range, database, 'started')).toEqual([]);
		const report = await computeOverview(
			{ ...NO_FILTERS, range, basis: 'activity' },
			database,
			'2026-01-01'
		);
		expect(report.groups.total).toBe(1);
		expect(report.sessionsHeld).toBe(1);
	});
});
