import { describe, expect, it } from 'vitest';
import { AppDB } from './db';
import {
	buildExchangeFile,
	getCoachProfile,
	importExchangeFile,
	listImports,
	removeImport,
	setCoachName
} from './exchange';
import { computeOverview, loadReportGroups } from './overview';
import { setGroupShared } from './shared';
import { ImportError, sha256Hex } from '$lib/domain/envelope';
import { signEnvelope } from '$lib/domain/signing';
import { WrongPassphraseError } from '$lib/domain/crypto';
import { NO_FILTERS } from '$lib/domain/report';
import { schoolYearRange } from '$lib/domain/school-year';
import { makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';

/** The file with its checksum made anew and signed by that device's coach key (or left with the old signature). */
async function resign(file: Record<string, unknown>, database: AppDB | null) {
	const checksum = await sha256Hex(JSON.stringify(file.data));
	const next = { ...file, checksum };
	if (!database) return next;
	const profile = await getCoachProfile(database);
	return { ...next, signature: await signEnvelope(profile.signingKey!, next as never) };
}

/** A coach's device with one group: 2 held sessions, 2 children (one stopped), an info meeting. */
async function coachDevice(name: string, groupName = 'De Regenboog 7-12') {
	const database = freshDb();
	await setCoachName(name, database);
	const group = makeGroup({ name: groupName, startDate: '2025-09-02', status: 'running' });
	const s1 = makeSession({ groupId: group.id, number: 1, date: '2025-09-02', status: 'held' });
	const s2 = makeSession({ groupId: group.id, number: 2, date: '2025-09-09', status: 'held' });
	const sara = makeParticipant({
		groupId: group.id,
		name: 'Sara',
		notes: 'Geheime notitie',
		schoolClass: 'groep 6'
	});
	const şeyma = makeParticipant({ groupId: group.id, name: 'Şeyma', stoppedOn: '2025-09-09' });
	await database.groups.add(group);
	await database.sessions.bulkAdd([s1, s2]);
	await database.participants.bulkAdd([sara, şeyma]);
	const mark = (sessionId: string, participantId: string, m: 'present' | 'absent') => ({
		sessionId,
		participantId,
		groupId: group.id,
		mark: m,
		reason: '' as const,
		consentOverride: false,
		updatedAt: '2025-09-02T12:00:00.000Z'
	});
	await database.attendance.bulkAdd([
		mark(s1.id, sara.id, 'present'),
		mark(s1.id, şeyma.id, 'present'),
		mark(s2.id, sara.id, 'absent')
	]);
	const meetingId = crypto.randomUUID();
	await database.meetings.add({
		id: meetingId,
		groupId: group.id,
		kind: 'information',
		date: '2025-08-25',
		startTime: '19:00',
		notes: 'Vader van Sara boos',
		recorded: true,
		createdAt: '2025-08-01T00:00:00.000Z',
		updatedAt: '2025-08-01T00:00:00.000Z'
	});
	await database.meetingAttendance.add({
		meetingId,
		participantId: sara.id,
		groupId: group.id,
		parent1: true,
		parent2: true,
		updatedAt: '2025-08-25T20:00:00.000Z'
	});
	return { database, group, s2, sara };
}

const year = schoolYearRange(2025);
const at = (iso: string) => new Date(iso);

async function errorCode(action: () => Promise<unknown>): Promise<string> {
	try {
		await action();
	} catch (err) {
		if (err instanceof ImportError || err instanceof WrongPassphraseError) return err.code;
		return `other: ${String(err)}`;
	}
	return 'no error';
}

describe('exchange export', () => {
	it('holds no child names, notes, birth years or classes', async () => {
		const { database, group } = await coachDevice('Anne');
		const text = await buildExchangeFile([group.id], '', database);
		for (const secret of [
			'Sara',
			'Şeyma',
			'Geheime notitie',
			'Vader van Sara',
			'groep 6',
			'2016'
		]) {
			expect(text).not.toContain(secret);
		}
		const data = JSON.parse(text).data;
		expect(data.coach.name).toBe('Anne');
		// Children travel as a pseudonym, a start and a stop: no birth year, class or name field.
		for (const child of data.groups[0].children)
			expect(Object.keys(child)).toEqual(['id', 'startedOn', 'stoppedOn', 'stopReason']);
	});

	it('gives each child the same pseudonym in every export', async () => {
		const { database, group } = await coachDevice('Anne');
		const first = JSON.parse(await buildExchangeFile([group.id], '', database));
		const second = JSON.parse(await buildExchangeFile([group.id], '', database));
		expect(second.data.groups[0].children).toEqual(first.data.groups[0].children);
		expect((await getCoachProfile(database)).id).toBe(first.data.coach.id);
	});
});

describe('exchange import', () => {
	it('adds a coach’s groups and their figures count in the overview', async () => {
		const coach = await coachDevice('Anne');
		const coordinator = freshDb();
		const file = await buildExchangeFile([coach.group.id], '', coach.database);
		const outcome = await importExchangeFile(file, 'anne.json', '', coordinator);
		expect(outcome.counts).toEqual({ add: 1, replace: 0, same: 0, older: 0 });
		const report = await computeOverview({ range: year, ...NO_FILTERS }, coordinator, '2026-01-10');
		expect(report.children).toBe(2);
		expect(report.stopped.count).toBe(1);
		expect(report.attendance).toEqual({ count: 2, of: 3, share: 2 / 3 });
		expect(report.parentsInformation).toEqual({ count: 2, of: 4, share: 0.5 });
		const sources = await listImports(coordinator);
		expect(sources.map((s) => [s.coachName, s.groups, s.fileName])).toEqual([
			['Anne', 1, 'anne.json']
		]);
	});

	it('changes nothing when the same file is imported twice', async () => {
		const coach = await coachDevice('Anne');
		const coordinator = freshDb();
		const file = await buildExchangeFile([coach.group.id], '', coach.database);
		await importExchangeFile(file, 'anne.json', '', coordinator);
		const again = await importExchangeFile(file, 'anne.json', '', coordinator);
		expect(again.counts).toEqual({ add: 0, replace: 0, same: 1, older: 0 });
		expect(await coordinator.imports.count()).toBe(1);
		expect(await coordinator.importedGroups.count()).toBe(1);
	});

	it('replaces a group with a newer export and ignores an older one', async () => {
		const coach = await coachDevice('Anne');
		const coordinator = freshDb();
		const older = await buildExchangeFile(
			[coach.group.id],
			'',
			coach.database,
			at('2026-01-01T10:00:00Z')
		);
		await coach.database.sessions.update(coach.s2.id, { status: 'cancelled' });
		const newer = await buildExchangeFile(
			[coach.group.id],
			'',
			coach.database,
			at('2026-02-01T10:00:00Z')
		);
		await importExchangeFile(older, 'jan.json', '', coordinator);
		const replaced = await importExchangeFile(newer, 'feb.json', '', coordinator);
		expect(replaced.counts.replace).toBe(1);
		const late = await importExchangeFile(older, 'jan.json', '', coordinator);
		expect(late.counts.older).toBe(1);
		const report = await computeOverview({ range: year, ...NO_FILTERS }, coordinator, '2026-03-01');
		expect(report.sessionsCancelled).toBe(1);
		expect(report.sessionsHeld).toBe(1);
		// The January import supplies nothing any more, so it is no longer listed.
		expect((await listImports(coordinator)).map((s) => s.fileName)).toEqual(['feb.json']);
	});

	it('removes one coach’s import and keeps the other', async () => {
		const anne = await coachDevice('Anne');
		const bo = await coachDevice('Bo', 'Het Anker 4-6');
		const coordinator = freshDb();
		await importExchangeFile(
			await buildExchangeFile([anne.group.id], '', anne.database),
			'a.json',
			'',
			coordinator
		);
		await importExchangeFile(
			await buildExchangeFile([bo.group.id], '', bo.database),
			'b.json',
			'',
			coordinator
		);
		const annes = (await listImports(coordinator)).find((s) => s.coachName === 'Anne')!;
		await removeImport(annes.id, coordinator);
		expect((await listImports(coordinator)).map((s) => s.coachName)).toEqual(['Bo']);
		const report = await computeOverview({ range: year, ...NO_FILTERS }, coordinator);
		expect(report.groups.total).toBe(1);
	});

	it('opens an encrypted file only with its passphrase', async () => {
		const coach = await coachDevice('Anne');
		const coordinator = freshDb();
		const file = await buildExchangeFile([coach.group.id], 'lange zin om te delen', coach.database);
		expect(file).not.toContain(coach.group.name);
		expect(await errorCode(() => importExchangeFile(file, 'a.json', '', coordinator))).toBe(
			'encrypted'
		);
		expect(await errorCode(() => importExchangeFile(file, 'a.json', 'fout', coordinator))).toBe(
			'wrong-passphrase'
		);
		const outcome = await importExchangeFile(file, 'a.json', 'lange zin om te delen', coordinator);
		expect(outcome.counts.add).toBe(1);
	});

	it('refuses hostile files with a code and writes nothing', async () => {
		const coach = await coachDevice('Anne');
		const coordinator = freshDb();
		const good = JSON.parse(await buildExchangeFile([coach.group.id], '', coach.database));
		const tampered = structuredClone(good);
		tampered.data.groups[0].children[0].id = 'x'.repeat(5000);
		const dangling = structuredClone(good);
		dangling.data.groups[0].attendance[0].child = 'nobody';
		const badDay = structuredClone(good);
		badDay.data.groups[0].startDate = '2025-02-30';
		const { signature: _signature, ...unsigned } = good;
		void _signature;
		const longIds = structuredClone(good);
		longIds.data.groups[0].groupKey = 'g'.repeat(150);
		longIds.data.coach.id = 'c'.repeat(150);
		const hostile = [
			['not json', 'not-json'],
			[JSON.stringify({ format: 'kies-backup', formatVersion: 1, data: {} }), 'wrong-format'],
			[JSON.stringify(tampered), 'checksum'],
			[JSON.stringify({ ...good, checksum: undefined }), 'checksum'],
			[JSON.stringify(unsigned), 'unsigned'],
			[JSON.stringify(await resign(dangling, null)), 'signature'],
			[JSON.stringify(await resign(dangling, coach.database)), 'invalid'],
			[JSON.stringify(await resign(badDay, coach.database)), 'invalid'],
			[JSON.stringify(await resign(longIds, coach.database)), 'invalid'],
			[JSON.stringify({ ...good, exportedAt: 'gisteren' }), 'invalid'],
			[JSON.stringify({ ...good, formatVersion: 2 }), 'newer-version']
		];
		for (const [text, code] of hostile) {
			expect(await errorCode(() => importExchangeFile(text, 'x.json', '', coordinator))).toBe(code);
		}
		expect(await coordinator.imports.count()).toBe(0);
		expect(await coordinator.importedGroups.count()).toBe(0);
	});

	it('pins the first key seen for a coach and refuses a file for that coach signed by another', async () => {
		const anne = await coachDevice('Anne');
		const coordinator = freshDb();
		await importExchangeFile(
			await buildExchangeFile([anne.group.id], '', anne.database),
			'anne.json',
			'',
			coordinator
		);
		const before = await coordinator.importedGroups.toArray();

		// Someone else takes Anne's coach id and group key, with a later export date.
		const mallory = await coachDevice('Anne');
		const forged = JSON.parse(
			await buildExchangeFile([mallory.group.id], '', mallory.database, new Date('2030-01-01'))
		);
		forged.data.coach.id = (await getCoachProfile(anne.database)).id;
		forged.data.groups[0].groupKey = anne.group.id;
		forged.data.groups[0].attendance = [];
		const text = JSON.stringify(await resign(forged, mallory.database));
		expect(await errorCode(() => importExchangeFile(text, 'forged.json', '', coordinator))).toBe(
			'coach-key'
		);
		expect(await coordinator.importedGroups.toArray()).toEqual(before);

		// Anne's own later export still replaces her group.
		const later = await buildExchangeFile(
			[anne.group.id],
			'',
			anne.database,
			new Date('2030-01-02')
		);
		const outcome = await importExchangeFile(later, 'anne-2.json', '', coordinator);
		expect(outcome.counts.replace).toBe(1);
	});

	it('does not import a device’s own groups back into itself', async () => {
		const coach = await coachDevice('Anne');
		const file = await buildExchangeFile([coach.group.id], '', coach.database);
		const outcome = await importExchangeFile(file, 'a.json', '', coach.database);
		expect(outcome.own).toBe(true);
		expect(await coach.database.importedGroups.count()).toBe(0);
	});
});

/** A second coach's device holding the same shared group (as the sync mirror writes it). */
async function coCoachDevice(name: string, from: AppDB, groupId: string) {
	const database = freshDb();
	await setCoachName(name, database);
	const tables = [
		'groups',
		'sessions',
		'participants',
		'attendance',
		'meetings',
		'meetingAttendance'
	] as const;
	const rows = await Promise.all(tables.map((table) => from.table(table).toArray()));
	await database.transaction('rw', database.tables, async () => {
		for (const [i, table] of tables.entries()) await database.table(table).bulkAdd(rows[i]);
	});
	await setGroupShared(groupId, true, database);
	await setGroupShared(groupId, true, from);
	return database;
}

describe('one shared group sent by both co-coaches', () => {
	it('carries the group’s sync id only when the group is shared', async () => {
		const anne = await coachDevice('Anne');
		const local = JSON.parse(await buildExchangeFile([anne.group.id], '', anne.database));
		expect(local.data.groups[0].syncGroupId).toBeNull();
		await setGroupShared(anne.group.id, true, anne.database);
		const shared = JSON.parse(await buildExchangeFile([anne.group.id], '', anne.database));
		expect(shared.data.groups[0].syncGroupId).toBe(anne.group.id);
	});

	it('counts the group once, with the newer file’s figures, in whichever order the files come', async () => {
		const anne = await coachDevice('Anne');
		const mehmet = await coCoachDevice('Mehmet', anne.database, anne.group.id);
		const annes = await buildExchangeFile(
			[anne.group.id],
			'',
			anne.database,
			at('2026-01-10T10:00:00Z')
		);
		// Mehmet cancelled session 2 afterwards; his later file has it.
		await mehmet.sessions.update(anne.s2.id, { status: 'cancelled' });
		const mehmets = await buildExchangeFile(
			[anne.group.id],
			'',
			mehmet,
			at('2026-01-11T10:00:00Z')
		);
		for (const order of [
			[annes, mehmets],
			[mehmets, annes]
		]) {
			const coordinator = freshDb();
			const outcomes = [];
			for (const file of order)
				outcomes.push(await importExchangeFile(file, 'x.json', '', coordinator));
			expect(outcomes.every((o) => !o.own)).toBe(true);
			expect(await coordinator.importedGroups.count()).toBe(1);
			const report = await computeOverview(
				{ range: year, ...NO_FILTERS },
				coordinator,
				'2026-01-12'
			);
			expect(report.groups.total).toBe(1);
			expect(report.children).toBe(2);
			expect(report.sessionsHeld).toBe(1);
			expect(report.sessionsCancelled).toBe(1);
			expect(report.parentsInformation).toEqual({ count: 2, of: 4, share: 0.5 });
			const groups = await loadReportGroups(year, coordinator);
			expect(
				groups.map((g) => [g.syncGroupId, g.source.kind === 'imported' && g.source.coachName])
			).toEqual([[anne.group.id, 'Mehmet']]);
			// The file that lost supplies nothing and is not listed.
			expect((await listImports(coordinator)).map((i) => i.coachName)).toEqual(['Mehmet']);
		}
	});

	it('replaces a coach’s earlier file from before the group was shared', async () => {
		const anne = await coachDevice('Anne');
		const before = await buildExchangeFile(
			[anne.group.id],
			'',
			anne.database,
			at('2026-01-01T10:00:00Z')
		);
		const mehmet = await coCoachDevice('Mehmet', anne.database, anne.group.id);
		const after = await buildExchangeFile([anne.group.id], '', mehmet, at('2026-01-05T10:00:00Z'));
		const again = await buildExchangeFile(
			[anne.group.id],
			'',
			anne.database,
			at('2026-01-06T10:00:00Z')
		);
		const coordinator = freshDb();
		await importExchangeFile(before, 'a.json', '', coordinator);
		await importExchangeFile(after, 'm.json', '', coordinator);
		// Anne's unshared record stays Anne's until her own shared file replaces it.
		expect(await coordinator.importedGroups.count()).toBe(2);
		await importExchangeFile(again, 'a2.json', '', coordinator);
		expect((await coordinator.importedGroups.toArray()).map((g) => g.id)).toEqual([
			`sync:${anne.group.id}`
		]);
		const report = await computeOverview({ range: year, ...NO_FILTERS }, coordinator, '2026-01-12');
		expect(report.groups.total).toBe(1);
		expect(report.children).toBe(2);
	});

	it('counts the coordinator’s own copy of the shared group rather than a coach’s file of it', async () => {
		const anne = await coachDevice('Anne');
		const mehmet = await coCoachDevice('Mehmet', anne.database, anne.group.id);
		await mehmet.sessions.update(anne.s2.id, { status: 'cancelled' });
		await importExchangeFile(
			await buildExchangeFile([anne.group.id], '', mehmet),
			'm.json',
			'',
			anne.database
		);
		const report = await computeOverview(
			{ range: year, ...NO_FILTERS },
			anne.database,
			'2026-01-12'
		);
		expect(report.groups.total).toBe(1);
		expect(report.sessionsCancelled).toBe(0);
	});
});
