import { describe, expect, it } from 'vitest';
import { makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { noConsent } from '$lib/domain/consent';
import { buildRegister } from '$lib/domain/register';
import { freshDb, type AppDB } from '../../../tests/unit/db';
import type { ParentMeeting } from '$lib/model';
import {
	ConsentConfirmationError,
	lockHistory,
	lockRegister,
	markAttendance,
	markEveryonePresent,
	unlockRegister
} from './attendance';
import { RegisterLockedError } from './lock';
import { setMeetingAttendance } from './meetings';
import { setSessionStatus } from './sessions';

let database: AppDB;

async function setUp() {
	database = freshDb();
	const group = makeGroup();
	const s1 = makeSession({ groupId: group.id, number: 1, date: '2026-02-03' });
	const s2 = makeSession({ groupId: group.id, number: 2, date: '2026-02-10' });
	const anna = makeParticipant({ groupId: group.id, name: 'Anna' });
	const seyma = makeParticipant({ groupId: group.id, name: 'Şeyma', consent2: noConsent() });
	const daan = makeParticipant({ groupId: group.id, name: 'Daan', stoppedOn: '2026-02-01' });
	await database.groups.add(group);
	await database.sessions.bulkAdd([s1, s2]);
	await database.participants.bulkAdd([anna, seyma, daan]);
	return { group, s1, s2, anna, seyma, daan };
}

async function register(groupId: string) {
	return buildRegister(
		await database.sessions.where('groupId').equals(groupId).toArray(),
		await database.participants.where('groupId').equals(groupId).toArray(),
		await database.attendance.where('groupId').equals(groupId).toArray()
	);
}

describe('marking a session', () => {
	it('marks everyone with consent present, skips the rest and makes the session held', async () => {
		const { group, s1, anna, seyma } = await setUp();
		expect(await markEveryonePresent(s1.id, database)).toEqual({ marked: 1, skipped: [seyma.id] });
		expect((await database.sessions.get(s1.id))?.status).toBe('held');
		const marks = await database.attendance.where('sessionId').equals(s1.id).toArray();
		expect(marks.map((m) => [m.participantId, m.mark])).toEqual([[anna.id, 'present']]);
		const model = await register(group.id);
		// Şeyma (no consent) is left unmarked: a gap, not an absence.
		expect(model.rate).toEqual({ attended: 1, counted: 1, unmarked: 1, rate: 1 });
	});

	it('keeps exceptions already marked when everyone is marked present', async () => {
		const { s1, anna } = await setUp();
		await markAttendance(s1.id, anna.id, 'absent-notice', { reason: 'other' }, database);
		await markEveryonePresent(s1.id, database);
		expect(await database.attendance.get([s1.id, anna.id])).toMatchObject({
			mark: 'absent-notice',
			reason: 'other'
		});
	});

	it('marks a child without consent present only after confirming, and flags it', async () => {
		const { s1, seyma } = await setUp();
		await expect(markAttendance(s1.id, seyma.id, 'late', {}, database)).rejects.toThrow(
			ConsentConfirmationError
		);
		expect(await database.attendance.count()).toBe(0);
		await markAttendance(s1.id, seyma.id, 'late', { confirmedWithoutConsent: true }, database);
		expect(await database.attendance.get([s1.id, seyma.id])).toMatchObject({
			mark: 'late',
			consentOverride: true
		});
		await markAttendance(s1.id, seyma.id, 'absent', {}, database);
		expect((await database.attendance.get([s1.id, seyma.id]))?.consentOverride).toBe(false);
	});

	it('drops the marks of a session that is cancelled, so it counts for nobody', async () => {
		const { group, s1, s2, anna } = await setUp();
		await markAttendance(s1.id, anna.id, 'present', {}, database);
		await markAttendance(s2.id, anna.id, 'absent', {}, database);
		await setSessionStatus(s2.id, 'cancelled', 'Studiedag', database);
		expect(await database.sessions.get(s2.id)).toMatchObject({
			status: 'cancelled',
			cancelReason: 'Studiedag'
		});
		const model = await register(group.id);
		expect(model.rows.find((r) => r.participant.id === anna.id)?.rate.rate).toBe(1);
	});
});

describe('locking the register', () => {
	it('refuses changes while locked and records lock and unlock with their time', async () => {
		const { group, s1, anna } = await setUp();
		await lockRegister(group.id, database);
		expect((await database.groups.get(group.id))?.registerLockedAt).toBeTruthy();
		await expect(markAttendance(s1.id, anna.id, 'present', {}, database)).rejects.toThrow(
			RegisterLockedError
		);
		await expect(markEveryonePresent(s1.id, database)).rejects.toThrow(RegisterLockedError);
		await expect(setSessionStatus(s1.id, 'cancelled', '', database)).rejects.toThrow(
			RegisterLockedError
		);
		await unlockRegister(group.id, database);
		expect((await database.groups.get(group.id))?.registerLockedAt).toBeNull();
		await markAttendance(s1.id, anna.id, 'present', {}, database);
		const history = await lockHistory(group.id, database);
		expect(history.map((h) => h.kind).sort()).toEqual(['register-locked', 'register-unlocked']);
		expect(history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
	});

	it('does not log a second lock of a register that is already locked', async () => {
		const { group } = await setUp();
		await lockRegister(group.id, database);
		await lockRegister(group.id, database);
		expect(await lockHistory(group.id, database)).toHaveLength(1);
	});
});

describe('parent meetings', () => {
	it('records which parents came, and refuses while the register is locked', async () => {
		const { group, anna } = await setUp();
		const meeting: ParentMeeting = {
			id: 'meeting-1',
			createdAt: '2026-01-05T10:00:00Z',
			updatedAt: '2026-01-05T10:00:00Z',
			groupId: group.id,
			kind: 'information',
			date: '2026-01-20',
			startTime: '19:30',
			notes: '',
			recorded: false
		};
		await database.meetings.add(meeting);
		await setMeetingAttendance(meeting.id, anna.id, { parent1: true, parent2: false }, database);
		expect(await database.meetingAttendance.get([meeting.id, anna.id])).toMatchObject({
			parent1: true,
			parent2: false
		});
		await lockRegister(group.id, database);
		await expect(
			setMeetingAttendance(meeting.id, anna.id, { parent1: true, parent2: true }, database)
		).rejects.toThrow(RegisterLockedError);
	});
});
