import { describe, expect, it } from 'vitest';
import {
	makeAttendance,
	makeGroup,
	makeParticipant,
	makeSession
} from '../../../tests/unit/factories';
import { freshDb, type AppDB } from '../../../tests/unit/db';
import { RegisterLockedError } from './lock';
import * as attendance from './attendance';
import * as groups from './groups';
import * as meetings from './meetings';
import * as sessions from './sessions';

let database: AppDB;

const titles = { welcome: 'Welkom', closing: 'Afsluiting' };

/** A held session with one mark, a meeting with one parent, and the register locked. */
async function lockedRegister() {
	database = freshDb();
	const group = makeGroup({ startTime: '13:30' });
	const held = makeSession({ groupId: group.id, number: 1, status: 'held' });
	const planned = makeSession({ groupId: group.id, number: 2, date: '2026-02-10' });
	const child = makeParticipant({ groupId: group.id });
	await database.groups.add(group);
	await database.sessions.bulkAdd([held, planned]);
	await database.participants.add(child);
	await database.attendance.add(
		makeAttendance({ sessionId: held.id, participantId: child.id, groupId: group.id })
	);
	const meetingId = await meetings.addMeeting(group.id, 'information', '2026-01-27', database);
	await meetings.setMeetingAttendance(
		meetingId,
		child.id,
		{ parent1: true, parent2: false },
		database
	);
	await attendance.lockRegister(group.id, database);
	return { group, held, planned, child, meetingId };
}

async function snapshot() {
	return {
		sessions: await database.sessions.orderBy('id').toArray(),
		attendance: await database.attendance.toArray(),
		meetings: await database.meetings.toArray(),
		meetingAttendance: await database.meetingAttendance.toArray()
	};
}

type Setup = Awaited<ReturnType<typeof lockedRegister>>;

/**
 * Every public write that touches a group's sessions, marks or meetings, each aimed at the
 * held session (to cancel it where the function can) or at what it owns.
 */
const WRITES: Record<string, (s: Setup) => Promise<unknown>> = {
	'sessions.setSessionStatus': (s) =>
		sessions.setSessionStatus(s.held.id, 'cancelled', 'studiedag', database),
	'sessions.writeSessionStatus': (s) =>
		database.transaction('rw', [database.groups, database.sessions, database.attendance], () =>
			sessions.writeSessionStatus(database, s.held, 'cancelled', 'studiedag', 'now')
		),
	'sessions.replanGroup': (s) => sessions.replanGroup(s.group.id, '2026-03-03', 3, database),
	'sessions.replanWithHolidays': (s) => sessions.replanWithHolidays(s.group.id, database),
	'sessions.moveSession': (s) => sessions.moveSession(s.held.id, '2026-02-05', database),
	'sessions.bumpSession': (s) => sessions.bumpSession(s.held.id, database),
	'sessions.addSession': (s) => sessions.addSession(s.group.id, titles, database),
	'sessions.removeLastSession': (s) => sessions.removeLastSession(s.group.id, database),
	'sessions.followStartTime': (s) =>
		database.transaction('rw', [database.groups, database.sessions], () =>
			sessions.followStartTime(database, s.group.id, '13:30', '14:00', 'now')
		),
	'sessions.saveBlocks': (s) => sessions.saveBlocks(s.held.id, [], database),
	'sessions.saveSessionNotes': (s) => sessions.saveSessionNotes(s.held.id, 'afgelast', database),
	'sessions.appendCard': (s) =>
		sessions.appendCard(s.held.id, { id: 'c1', title: 'Kaart', minutes: 5 }, database),
	'attendance.markAttendance': (s) =>
		attendance.markAttendance(s.held.id, s.child.id, 'absent', {}, database),
	'attendance.markEveryonePresent': (s) => attendance.markEveryonePresent(s.planned.id, database),
	'attendance.clearAttendance': (s) => attendance.clearAttendance(s.held.id, s.child.id, database),
	'meetings.addMeeting': (s) =>
		meetings.addMeeting(s.group.id, 'follow-up', '2026-04-01', database),
	'meetings.updateMeeting': (s) => meetings.updateMeeting(s.meetingId, { notes: 'x' }, database),
	'meetings.deleteMeeting': (s) => meetings.deleteMeeting(s.meetingId, database),
	'meetings.setMeetingAttendance': (s) =>
		meetings.setMeetingAttendance(
			s.meetingId,
			s.child.id,
			{ parent1: false, parent2: false },
			database
		),
	'meetings.setMeetingRecorded': (s) => meetings.setMeetingRecorded(s.meetingId, true, database),
	'groups.updateGroupDetails': (s) =>
		groups.updateGroupDetails(s.group.id, { ...s.group, startTime: '14:00' }, database),
	'groups.deleteGroup': async (s) => {
		await database.participants.clear();
		return groups.deleteGroup(s.group.id, database);
	}
};

/** Exports that write nothing, or no session, mark or meeting of an existing group. */
const NOT_REGISTER_WRITES = new Set([
	'sessions.newSession',
	'sessions.PlanConflictError',
	'sessions.sessionsOf',
	'meetings.newMeeting',
	'attendance.ConsentConfirmationError',
	'attendance.AUDIT_LOCK',
	'attendance.AUDIT_UNLOCK',
	'attendance.lockRegister',
	'attendance.unlockRegister',
	'attendance.lockHistory',
	'attendance.registerData',
	'attendance.childData',
	'groups.defaultTemplateFor',
	'groups.createGroup',
	'groups.setGroupStatus',
	'groups.GroupHasChildrenError'
]);

describe('a locked register', () => {
	it('lists every public function of the session, meeting, mark and group owners here', () => {
		const modules = { sessions, meetings, attendance, groups };
		const exported = Object.entries(modules).flatMap(([name, module]) =>
			Object.keys(module).map((key) => `${name}.${key}`)
		);
		const unlisted = exported.filter((key) => !(key in WRITES) && !NOT_REGISTER_WRITES.has(key));
		expect(unlisted).toEqual([]);
	});

	for (const [name, write] of Object.entries(WRITES)) {
		it(`refuses ${name} and leaves sessions, marks and meetings as they were`, async () => {
			const setup = await lockedRegister();
			const before = await snapshot();
			await expect(write(setup)).rejects.toBeInstanceOf(RegisterLockedError);
			expect(await snapshot()).toEqual(before);
			expect((await database.sessions.get(setup.held.id))?.status).toBe('held');
		});
	}

	it('lets the session be cancelled, its marks cleared, once the register is unlocked', async () => {
		const { group, held } = await lockedRegister();
		await attendance.unlockRegister(group.id, database);
		await sessions.setSessionStatus(held.id, 'cancelled', ' studiedag ', database);
		expect(await database.sessions.get(held.id)).toMatchObject({
			status: 'cancelled',
			cancelReason: 'studiedag'
		});
		expect(await database.attendance.where('sessionId').equals(held.id).count()).toBe(0);
	});
});
