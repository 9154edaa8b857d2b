import { describe, expect, it } from 'vitest';
import { AppDB } from './db';
import { createBackup, exportBackupData, restoreFromText } from './backup';
import { createSchool } from './schools';
import { FieldRuleError } from './field-rules';
import { sha256Hex, ImportError } from '$lib/domain/envelope';
import { LIMITS } from '$lib/model/fields';
import { EXCHANGE_KEY_MAX } from '$lib/model/exchange';
import { TABLE_SCHEMAS } from '$lib/model/tables';

/** The fields of a record schema, also when it sits first in a pipe (a record-wide check). */
function entriesOf(schema: unknown): Record<string, unknown> {
	const s = schema as { entries?: Record<string, unknown>; pipe?: unknown[] };
	return s.entries ?? entriesOf(s.pipe?.[0]);
}
import {
	makeAttendance,
	makeAudit,
	makeCard,
	makeGroup,
	makeImport,
	makeImportedGroup,
	makeMeeting,
	makeMeetingAttendance,
	makeParticipant,
	makeSchool,
	makeSession,
	makeSignal,
	makeTemplate
} from '../../../tests/unit/factories';
import { fullDataset } from '../../../tests/unit/data-fixtures';
import { freshDb } from '../../../tests/unit/db';

async function fill(database: AppDB, data: Record<string, unknown[]>): Promise<void> {
	await database.transaction('rw', database.tables, async () => {
		for (const [name, records] of Object.entries(data)) await database.table(name).bulkAdd(records);
	});
}

async function dump(database: AppDB): Promise<string> {
	return JSON.stringify(await exportBackupData({ includeSignals: true }, database));
}

type Data = Record<string, Record<string, unknown>[]>;

describe('the hostile set of issue 21: refused whole, with the field and the reason, nothing written', async () => {
	const source = new AppDB(`test-hostile-src-${crypto.randomUUID()}`);
	await fill(source, fullDataset(2, 2));
	await source.settings.put({
		key: 'coachProfile',
		value: { id: crypto.randomUUID(), name: 'Anne', secret: 'c2VjcmV0LXNlY3JldC1zZWNyZXQ=' }
	});
	const good = (await createBackup({ includeSignals: true }, source)).text;
	await source.delete();

	/** A backup whose data was changed by `poison`, with a checksum made anew (as an attacker would). */
	const poisoned = async (poison: (data: Data) => void) => {
		const file = JSON.parse(good);
		poison(file.data);
		file.checksum = await sha256Hex(JSON.stringify(file.data));
		return JSON.stringify(file);
	};
	const setting = (data: Data, key: string) => data.settings.find((s) => s.key === key)!;

	const cases: [string, (data: Data) => void, string, string | null][] = [
		[
			'a session date "not-a-date"',
			(d) => (d.sessions[0].date = 'not-a-date'),
			'sessions[0].date',
			'format'
		],
		[
			'a group start "2026-02-30"',
			(d) => (d.groups[0].startDate = '2026-02-30'),
			'groups[0].startDate',
			'format'
		],
		[
			'a holiday from year 0001 to 9999',
			(d) => (d.schools[0].holidays = [{ name: 'x', start: '0001-01-01', end: '9999-12-31' }]),
			'schools[0].holidays.0.start',
			'format'
		],
		[
			'a start time "25:99"',
			(d) => (d.sessions[0].startTime = '25:99'),
			'sessions[0].startTime',
			'format'
		],
		['weekday 99', (d) => (d.groups[0].weekday = 99), 'groups[0].weekday', 'range'],
		['sessionCount -5', (d) => (d.groups[0].sessionCount = -5), 'groups[0].sessionCount', 'range'],
		[
			'sessionMinutes 1e308',
			(d) => (d.groups[0].sessionMinutes = 1e308),
			'groups[0].sessionMinutes',
			'range'
		],
		[
			'block minutes -1e308',
			(d) =>
				((d.templates[0].sessions as { blocks: { minutes: number }[] }[])[0].blocks[0].minutes =
					-1e308),
			'templates[0].sessions.0.blocks.0.minutes',
			'range'
		],
		[
			'attendance of a session that does not exist',
			(d) => (d.attendance[0].sessionId = 'nowhere'),
			'attendance[0].sessionId',
			'reference'
		],
		[
			'a child of a group that does not exist',
			(d) => (d.participants[0].groupId = 'nowhere'),
			'participants[0].groupId',
			'reference'
		],
		['a group with no coaches', (d) => (d.groups[0].coaches = []), 'groups[0].coaches', 'too-long'],
		[
			'a group of a school that does not exist',
			(d) => (d.groups[0].schoolId = 'nowhere'),
			'groups[0].schoolId',
			'reference'
		],
		[
			'garbage in the care-key salt',
			(d) =>
				d.settings.push({ key: 'careKeySalt', value: { salt: '<<garbage>>', iterations: 'x' } }),
			'settings[2].value',
			'format'
		],
		[
			"garbage in a signal's ciphertext",
			(d) => (d.signals[0].ciphertext = '%%% not base64 %%%'),
			'signals[0].ciphertext',
			'format'
		],
		[
			'garbage in the coach profile',
			(d) => (setting(d, 'coachProfile').value = { id: 7, name: {}, secret: null }),
			'settings[0].value',
			'format'
		],
		[
			'importedGroups.data = {}',
			(d) => (d.importedGroups[0].data = {}),
			'importedGroups[0].data.groupKey',
			'type'
		],
		[
			'a 1 MB school name',
			(d) => (d.schools[0].name = 'x'.repeat(1_000_000)),
			'schools[0].name',
			'too-long'
		],
		[
			'a child start day "2026-02-30" (schema 2)',
			(d) => (d.participants[0].startedOn = '2026-02-30'),
			'participants[0].startedOn',
			'format'
		],
		[
			'a parent meeting of -5 minutes (schema 2)',
			(d) => (d.meetings[0].minutes = -5),
			'meetings[0].minutes',
			'range'
		],
		[
			'a parent meeting recorded "yes" (schema 2)',
			(d) => (d.meetings[0].recorded = 'yes'),
			'meetings[0].recorded',
			'type'
		],
		[
			'an imported group set aside for one that does not exist (schema 2)',
			(d) => (d.importedGroups[0].setAsideFor = 'nowhere'),
			'importedGroups[0].setAsideFor',
			'reference'
		],
		[
			'an imported id of 301 characters',
			(d) => (d.importedGroups[0].id = 'i'.repeat(301)),
			'importedGroups[0].id',
			'too-long'
		]
	];

	it.each(cases)('%s', async (_name, poison, detail, reason) => {
		const database = freshDb();
		await fill(database, fullDataset(1, 1));
		const before = await dump(database);
		const text = await poisoned(poison);
		const error = await restoreFromText(text, { mode: 'merge' }, database).catch((e) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect({ code: error.code, detail: error.detail, reason: error.reason }).toEqual({
			code: 'invalid',
			detail,
			reason
		});
		expect(await dump(database)).toBe(before);
	});

	it('one record altered with its checksum field deleted', async () => {
		const database = freshDb();
		const file = JSON.parse(good);
		file.data.groups[0].name = 'Aangepast';
		delete file.checksum;
		const error = await restoreFromText(JSON.stringify(file), { mode: 'replace' }, database).catch(
			(e) => e
		);
		expect(error.code).toBe('checksum');
		expect(await database.groups.count()).toBe(0);
	});

	it('the untouched backup restores (the cases above fail for their poison only)', async () => {
		const database = freshDb();
		await restoreFromText(good, { mode: 'replace' }, database);
		expect(await database.groups.count()).toBe(2);
	});
});

describe('every write meets the same rules, so no backup the app makes is refused', () => {
	it('refuses a 1 MB school name at input and writes nothing', async () => {
		const database = freshDb();
		await expect(createSchool('x'.repeat(1_000_000), database)).rejects.toBeInstanceOf(
			FieldRuleError
		);
		expect(await database.schools.count()).toBe(0);
	});

	it('round-trips every field of every table filled to its maximum', async () => {
		const long = (n: number, c = 'ä') => c.repeat(n);
		const name = long(LIMITS.name, 'Ş');
		const note = long(LIMITS.note, '😊'.length === 2 ? 'é' : 'é');
		const lines = (n: number) =>
			Array.from({ length: n }, (_, i) => `${i}`.padEnd(LIMITS.line, 'x'));
		const block = (i: number) => ({
			id: `block-${i}`.padEnd(200, 'b'),
			kind: 'card' as const,
			cardId: 'card-max',
			title: name,
			minutes: 600,
			notes: note
		});
		const school = makeSchool({
			name,
			holidays: Array.from({ length: 200 }, () => ({
				name,
				start: '1900-01-01',
				end: '2100-12-31'
			}))
		});
		const group = makeGroup({
			name,
			schoolId: school.id,
			location: name,
			coaches: [name, name],
			weekday: 7,
			startTime: '23:59',
			sessionMinutes: 600,
			sessionCount: 100,
			maxSize: 100,
			startDate: '2100-12-31',
			status: 'finished',
			finishedAt: '2100-12-31T23:59:59.999Z',
			registerLockedAt: '2100-12-31T23:59:59.999Z'
		});
		const session = makeSession({
			groupId: group.id,
			number: 100,
			date: '2100-12-31',
			startTime: '00:00',
			cancelReason: note,
			notes: note,
			blocks: Array.from({ length: 100 }, (_, i) => block(i))
		});
		const meeting = makeMeeting({
			groupId: group.id,
			notes: note,
			startTime: '23:59',
			minutes: 600,
			location: name,
			recorded: true
		});
		const child = makeParticipant({
			groupId: group.id,
			name,
			birthYear: 2100,
			schoolClass: long(LIMITS.short),
			notes: note,
			startedOn: '2100-12-31',
			stoppedOn: '2100-12-31',
			stopReason: 'other',
			consent1: { given: true, date: '2100-12-31', how: 'digital' },
			consent2: { given: true, date: '1900-01-01', how: 'paper' }
		});
		const card = makeCard({
			id: 'card-max',
			title: name,
			summary: note,
			ageBands: ['4-6', '7-12', '13-17'],
			themes: lines(20),
			minutes: 240,
			groupSizeMin: 40,
			groupSizeMax: 40,
			materials: Array.from({ length: 50 }, () => ({ name, amount: 999, per: 'group' as const })),
			preparation: note,
			goals: lines(60),
			steps: lines(60),
			variationYounger: note,
			variationOlder: note,
			tips: note,
			attention: note,
			worksheet: { title: name, instruction: note, area: 'lines' },
			source: name,
			licence: name,
			exampleId: 'e'.repeat(200),
			favourite: true,
			archived: true
		});
		const imported = makeImport({
			coachId: long(LIMITS.short, 'c'),
			coachName: name,
			fileName: name
		});
		// An exchanged group's history at every limit of the exchange rules.
		const key = (prefix: string, i: number) => `${prefix}${i}`.padEnd(EXCHANGE_KEY_MAX, 'p');
		const exchanged = {
			groupKey: long(LIMITS.short, 'g'),
			syncGroupId: long(LIMITS.short, 'y'),
			name: long(200, 'Ş'),
			school: long(200, 'Ş'),
			ageBand: '13-17' as const,
			coaches: Array.from({ length: 10 }, () => long(200, 'Ş')),
			status: 'finished' as const,
			startDate: '2100-12-31',
			sessions: Array.from({ length: 100 }, (_, i) => ({
				id: key('s', i),
				number: i + 1,
				date: '2100-12-31',
				status: 'held' as const
			})),
			children: Array.from({ length: 100 }, (_, i) => ({
				id: key('c', i),
				startedOn: '1900-01-01',
				stoppedOn: '2100-12-31',
				stopReason: 'other' as const
			})),
			attendance: Array.from({ length: 10_000 }, (_, i) => ({
				session: key('s', i % 100),
				child: key('c', Math.floor(i / 100)),
				mark: 'absent-notice' as const
			})),
			meetings: Array.from({ length: 20 }, () => ({
				kind: 'evaluation' as const,
				date: '2100-12-31',
				recorded: true,
				parents: Array.from({ length: 100 }, (_, i) => ({
					child: key('c', i),
					parent1: true,
					parent2: true
				}))
			}))
		};
		const kept = makeImportedGroup({
			data: exchanged,
			id: `${long(LIMITS.short, 'c')}:${long(LIMITS.short, 'k')}`,
			importId: imported.id,
			coachId: long(LIMITS.short, 'c'),
			coachName: name,
			groupKey: long(LIMITS.short, 'k'),
			school: name
		});
		const data: Record<string, unknown[]> = {
			cards: [card],
			exampleLedger: [
				{ exampleId: 'e'.repeat(200), version: 1_000_000, installedAt: '2100-12-31T23:59:59.999Z' }
			],
			schools: [school],
			groups: [group],
			sessions: [session],
			meetings: [meeting],
			participants: [child],
			attendance: [
				makeAttendance({
					sessionId: session.id,
					participantId: child.id,
					groupId: group.id,
					mark: 'absent-notice',
					reason: 'other',
					consentOverride: true,
					markedBy: note,
					markedById: note
				})
			],
			meetingAttendance: [
				makeMeetingAttendance({
					meetingId: meeting.id,
					participantId: child.id,
					groupId: group.id,
					parent2: true
				})
			],
			templates: [
				makeTemplate({
					name,
					sessions: Array.from({ length: 100 }, () => ({ blocks: [block(0)] }))
				})
			],
			audit: [makeAudit({ kind: long(LIMITS.short, 'k'), detail: note })],
			settings: [
				{
					key: 'k'.repeat(200),
					value: { text: long(190_000) },
					updatedAt: '2100-12-31T23:59:59.999Z'
				}
			],
			imports: [imported],
			importedGroups: [
				makeImportedGroup({
					importId: imported.id,
					coachId: long(LIMITS.short, 'c'),
					coachName: name,
					groupKey: long(LIMITS.short, 'g'),
					school: name,
					// The same real group, sent by the other co-coach: set aside for the one kept.
					setAsideFor: kept.id
				}),
				kept
			],
			signals: [
				makeSignal({ participantId: child.id, groupId: group.id, ciphertext: long(100_000, 'A') })
			]
		};
		// Every field each table's rule knows is filled, so a field added later is not forgotten.
		for (const [table, schema] of Object.entries(TABLE_SCHEMAS)) {
			const fields = Object.keys(entriesOf(schema));
			const record = data[table]?.[0] as Record<string, unknown>;
			expect(
				fields.filter((f) => record?.[f] === undefined),
				table
			).toEqual([]);
		}
		const device = freshDb();
		// Written through the same rules as every form's write.
		await fill(device, data);
		const before = await exportBackupData({ includeSignals: true }, device);
		const { text } = await createBackup({ includeSignals: true }, device);

		const fresh = freshDb();
		await restoreFromText(text, { mode: 'replace' }, fresh);
		const after = await exportBackupData({ includeSignals: true }, fresh);
		expect({ ...after, audit: after.audit?.filter((e) => e.kind !== 'restore-replace') }).toEqual(
			before
		);
		for (const [table, records] of Object.entries(data)) {
			expect(after[table as keyof typeof after]?.length, table).toBeGreaterThanOrEqual(
				records.length
			);
		}
	});

	it('refuses one character over each limit at the write', async () => {
		const database = freshDb();
		await expect(
			database.groups.add(makeGroup({ name: 'x'.repeat(LIMITS.name + 1) }))
		).rejects.toThrow('groups.name');
		await expect(
			database.sessions.add(makeSession({ notes: 'x'.repeat(LIMITS.note + 1) }))
		).rejects.toThrow('sessions.notes');
		expect(await database.groups.count()).toBe(0);
	});
});
