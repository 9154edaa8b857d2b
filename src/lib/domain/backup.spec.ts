import { describe, expect, it } from 'vitest';
import {
	backupFileName,
	buildBackupFile,
	countRecords,
	isEncryptedText,
	mergeWrites,
	readBackup,
	validateBackupData
} from './backup';
import { ImportError } from './envelope';
import { WrongPassphraseError } from './crypto';
import {
	makeAttendance,
	makeCard,
	makeGroup,
	makeMeetingAttendance,
	makeParticipant
} from '../../../tests/unit/factories';
import { asVersion1, fullDataset } from '../../../tests/unit/data-fixtures';
import * as v from 'valibot';
import { FAST_CHECKS, TABLE_SCHEMAS, type BackupTable } from './backup-schemas';

async function codeOf(action: () => unknown): Promise<string> {
	try {
		await action();
	} catch (err) {
		if (err instanceof ImportError) return err.code;
		if (err instanceof WrongPassphraseError) return err.code;
		return `other: ${String(err)}`;
	}
	return 'no error';
}

const options = { schemaVersion: 1, appVersion: '0.1.0' };

describe('backup file', () => {
	it('names the file after the day it was made', () => {
		expect(backupFileName(new Date(2026, 10, 22, 23, 30))).toBe('kies-backup-2026-11-22.json');
	});

	it('carries counts per table and reads back every record', async () => {
		const data = fullDataset(2, 3);
		const text = await buildBackupFile(data, options);
		const read = await readBackup(text, { schemaVersion: 1 });
		expect(read.counts.participants).toBe(6);
		expect(read.counts).toEqual(countRecords(data));
		expect(read.data).toEqual(data);
		expect(read.encrypted).toBe(false);
	});

	it('keeps markup and any script in text exactly as typed', async () => {
		const card = makeCard({ title: '<img src=x onerror=alert(1)> Şeyma "李" 😊' });
		const read = await readBackup(await buildBackupFile({ cards: [card] }, options), {
			schemaVersion: 1
		});
		expect(read.data.cards?.[0].title).toBe(card.title);
	});

	it('encrypts with a passphrase and refuses the wrong one', async () => {
		const group = makeGroup();
		const data = {
			groups: [group],
			participants: [makeParticipant({ name: 'Şeyma', groupId: group.id })]
		};
		const text = await buildBackupFile(data, { ...options, passphrase: 'lange wachtzin' });
		expect(text).not.toContain('Şeyma');
		expect(isEncryptedText(text)).toBe(true);
		expect(await codeOf(() => readBackup(text, { schemaVersion: 1 }))).toBe('encrypted');
		expect(await codeOf(() => readBackup(text, { schemaVersion: 1, passphrase: 'fout' }))).toBe(
			'wrong-passphrase'
		);
		const read = await readBackup(text, { schemaVersion: 1, passphrase: 'lange wachtzin' });
		expect(read.data).toEqual(data);
		expect(read.encrypted).toBe(true);
	});

	it('refuses a backup made by a newer app version', async () => {
		const text = await buildBackupFile({ cards: [] }, { ...options, schemaVersion: 2 });
		expect(await codeOf(() => readBackup(text, { schemaVersion: 1 }))).toBe('newer-version');
	});

	it('refuses counts that do not match the records', async () => {
		const envelope = JSON.parse(await buildBackupFile({ cards: [makeCard()] }, options));
		envelope.counts.cards = 5;
		expect(await codeOf(() => readBackup(JSON.stringify(envelope), { schemaVersion: 1 }))).toBe(
			'invalid'
		);
	});
});

describe('validateBackupData', () => {
	it('refuses an unknown table', () => {
		expect(() => validateBackupData({ cards: [], secrets: [] })).toThrow(/secrets/);
	});

	it('names the record and field that are wrong', () => {
		const card = { ...makeCard(), phase: 'middle' };
		expect(() => validateBackupData({ cards: [makeCard(), card] })).toThrow(/cards\[1\]\.phase/);
	});

	it('refuses two records with the same key', () => {
		const mark = makeAttendance();
		expect(() => validateBackupData({ attendance: [mark, { ...mark }] })).toThrow(/duplicate/);
	});

	it('keeps fields it does not know, so nothing is lost', () => {
		const card = { ...makeCard(), colour: 'blue' };
		expect(validateBackupData({ cards: [card] }).cards?.[0]).toEqual(card);
	});

	it('restores a backup made before schema 2 with the fields it lacks filled in', async () => {
		const data = asVersion1(fullDataset(1, 2));
		data.meetings.push({ ...(data.meetings[0] as object), id: 'never-recorded' });
		const read = await readBackup(await buildBackupFile(data, options), { schemaVersion: 2 });
		expect(read.data.participants?.map((p) => p.startedOn)).toEqual([null, null]);
		expect(read.data.meetings?.map((m) => [m.id === 'never-recorded', m.recorded])).toEqual([
			[false, true],
			[true, false]
		]);
		expect(read.data.importedGroups?.map((g) => g.setAsideFor)).toEqual([null]);
	});

	it('accepts "unknown" as the reason of an absence with notice', () => {
		const data = fullDataset(1, 1);
		const mark = { ...(data.attendance[0] as object), mark: 'absent-notice', reason: 'unknown' };
		data.attendance = [mark];
		expect(validateBackupData(data).attendance).toEqual([mark]);
	});

	it('judges attendance on the quick path exactly as its schema does', () => {
		const variants: [BackupTable, unknown][] = [
			['attendance', makeAttendance()],
			['attendance', { ...makeAttendance(), note: 'extra' }],
			['attendance', makeAttendance({ mark: 'absent-notice', reason: 'ill' })],
			['attendance', makeAttendance({ mark: 'absent-notice', reason: 'unknown' })],
			['attendance', { ...makeAttendance(), mark: 'gone' }],
			['attendance', { ...makeAttendance(), reason: undefined }],
			['attendance', { ...makeAttendance(), sessionId: '' }],
			['attendance', { ...makeAttendance(), groupId: 'x'.repeat(201) }],
			['attendance', { ...makeAttendance(), consentOverride: 'false' }],
			['attendance', { ...makeAttendance(), updatedAt: 'x'.repeat(41) }],
			['attendance', { ...makeAttendance(), participantId: 7 }],
			['attendance', [makeAttendance()]],
			['attendance', null],
			['meetingAttendance', makeMeetingAttendance()],
			['meetingAttendance', { ...makeMeetingAttendance(), parent2: 1 }],
			['meetingAttendance', { ...makeMeetingAttendance(), meetingId: '' }]
		];
		for (const [table, record] of variants) {
			expect(FAST_CHECKS[table]?.(record), JSON.stringify(record)).toBe(
				v.is(TABLE_SCHEMAS[table], record)
			);
		}
		const wrong = { ...makeAttendance(), mark: 'gone' };
		expect(() => validateBackupData({ attendance: [makeAttendance(), wrong] })).toThrow(
			/attendance\[1\]\.mark/
		);
	});
});

describe('mergeWrites', () => {
	it('adds new records and takes a stored one only when the backup is newer', () => {
		const older = makeCard({ updatedAt: '2026-01-01T00:00:00.000Z', title: 'oud' });
		const newer = { ...older, updatedAt: '2026-02-01T00:00:00.000Z', title: 'nieuw' };
		const fresh = makeCard();
		expect(mergeWrites([newer, fresh], [older, undefined])).toEqual([newer, fresh]);
		expect(mergeWrites([older], [newer])).toEqual([]);
		expect(mergeWrites([older], [older])).toEqual([]);
	});

	it('never overwrites a stored setting with one from a backup that has no time', () => {
		expect(mergeWrites([{ key: 'a', value: 1 }], [{ key: 'a', value: 2 }])).toEqual([]);
	});

	it('takes each setting from the side that wrote it last', () => {
		const at = (h: number) => `2026-03-02T${String(h).padStart(2, '0')}:00:00.000Z`;
		const incoming = [
			{ key: 'a', value: 'backup', updatedAt: at(12) },
			{ key: 'b', value: 'backup', updatedAt: at(8) }
		];
		const stored = [
			{ key: 'a', value: 'device', updatedAt: at(9) },
			{ key: 'b', value: 'device', updatedAt: at(10) }
		];
		expect(mergeWrites(incoming, stored)).toEqual([incoming[0]]);
	});
});
