import { describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { memoryOf } from './app-lock-seal';
import { freshDb } from '../../../tests/unit/db';
import {
	makeGroup,
	makeMeeting,
	makeParticipant,
	makeSession,
	makeTemplate
} from '../../../tests/unit/factories';
import { saveBlocks, saveSessionNotes, setSessionStatus } from './sessions';
import { updateMeeting } from './meetings';
import { saveGroupAsTemplate } from './templates';
import { createGroup } from './groups';
import { eraseParticipant } from './privacy';
import { AppDB } from './db';
import {
	appLockIdleMinutes,
	AppLockedError,
	appLockStatus,
	disableAppLock,
	enableAppLock,
	loadAppLock,
	lockApp,
	NotSealedError,
	unlockApp,
	unlockWithKey
} from './app-lock';
import { addChild, stopChild, updateChild } from './children';
import { createBackup, inspectBackup, restoreBackup } from './backup';
import { WrongPassphraseError } from '$lib/domain/crypto';
import { applySharedChanges } from './shared';
import { rowKey } from '$lib/sync/shape';

const PASSCODE = 'tablet groep 7b';
const FAST = 100_000; // the least a stored lock may use
const NAMES = ['Şeyma Yılmaz', '李明'];

/** Every record of every store as IndexedDB holds it (another connection, without the key). */
async function rawDump(name: string): Promise<string> {
	const raw = new AppDB(name);
	try {
		const out: unknown[] = [];
		for (const table of raw.tables) out.push(await table.toArray());
		return JSON.stringify(out);
	} finally {
		raw.close();
	}
}

async function setUp() {
	const database = freshDb();
	const group = makeGroup();
	await database.groups.add(group);
	await database.participants.bulkAdd([
		makeParticipant({ groupId: group.id, name: NAMES[0], notes: 'spreekt Turks thuis' }),
		makeParticipant({ groupId: group.id, name: NAMES[1], notes: '' })
	]);
	return { database, group };
}

describe('app lock at rest', () => {
	it('seals every child when turned on, and nothing is in plain text', async () => {
		const { database } = await setUp();
		await expect(enableAppLock(PASSCODE, database, FAST, 0)).rejects.toThrow(RangeError);
		await enableAppLock(PASSCODE, database, FAST, 12);
		expect(await appLockIdleMinutes(database)).toBe(12);
		const dump = await rawDump(database.name);
		for (const name of NAMES) expect(dump).not.toContain(name);
		expect(dump).not.toContain('spreekt Turks');
		// Unlocked, readers see the names as before.
		const names = (await database.participants.toArray()).map((p) => p.name).sort();
		expect(names).toEqual([...NAMES].sort());
	});

	it('after a lock (or a reload) the names stay sealed until the right passcode', async () => {
		const { database } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		lockApp(database);
		expect((await database.participants.toArray()).map((p) => p.name)).toEqual(['', '']);
		// A reload: a new connection knows only that the lock is on.
		const reloaded = new AppDB(database.name);
		expect(await loadAppLock(reloaded)).toBe(true);
		expect(await appLockIdleMinutes(reloaded)).toBe(5);
		expect(appLockStatus(reloaded)).toEqual({ enabled: true, unlocked: false });
		await expect(unlockApp('tablet groep 7c', reloaded)).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
		expect(JSON.stringify(await reloaded.participants.toArray())).not.toContain('李明');
		await unlockApp(PASSCODE, reloaded);
		const names = (await reloaded.participants.toArray()).map((p) => p.name).sort();
		expect(names).toEqual([...NAMES].sort());
		reloaded.close();
	});

	it('refuses writes while locked, and keeps new and edited children sealed when unlocked', async () => {
		const { database, group } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		const [first] = await database.participants.toArray();
		const input = {
			name: 'Zoë de Vries',
			birthYear: 2015,
			schoolClass: '5',
			consent1: first.consent1,
			consent2: first.consent2,
			notes: 'broer in groep 8'
		};
		const id = await addChild(group.id, input, database);
		await updateChild(id, { ...input, notes: 'broer Joris' }, database);
		await stopChild(first.id, '2026-03-01', 'moved', database);
		const dump = await rawDump(database.name);
		for (const text of ['Zoë', 'Joris', 'broer', ...NAMES]) expect(dump).not.toContain(text);
		expect((await database.participants.get(id))?.notes).toBe('broer Joris');
		// A write that did not seal first is refused, not stored plain.
		await expect(
			database.participants.put({ ...first, name: 'Nieuwe naam' })
		).rejects.toBeInstanceOf(NotSealedError);
		lockApp(database);
		await expect(stopChild(id, '2026-03-01', 'moved', database)).rejects.toBeInstanceOf(
			AppLockedError
		);
		await expect(addChild(group.id, input, database)).rejects.toBeInstanceOf(AppLockedError);
	});

	it('turning it off writes every child back in plain text', async () => {
		const { database } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		lockApp(database);
		await expect(disableAppLock('verkeerde code!', database)).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
		await disableAppLock(PASSCODE, database);
		expect(appLockStatus(database)).toEqual({ enabled: false, unlocked: false });
		const dump = await rawDump(database.name);
		for (const name of NAMES) expect(dump).toContain(name);
		expect(dump).not.toContain('"sealed"');
	});

	it('backups: refused while locked, open when unlocked, restored sealed', async () => {
		const { database } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		const { text } = await createBackup({ includeSignals: false }, database);
		for (const name of NAMES) expect(text).toContain(name);
		expect(text).not.toContain('appLock');
		const contents = await inspectBackup(text);
		lockApp(database);
		await expect(createBackup({ includeSignals: false }, database)).rejects.toBeInstanceOf(
			AppLockedError
		);
		await expect(restoreBackup(contents, 'replace', database)).rejects.toBeInstanceOf(
			AppLockedError
		);
		await unlockApp(PASSCODE, database);
		await restoreBackup(contents, 'replace', database);
		const dump = await rawDump(database.name);
		for (const name of NAMES) expect(dump).not.toContain(name);
		expect(dump).toContain('appLock');
		const names = (await database.participants.toArray()).map((p) => p.name).sort();
		expect(names).toEqual([...NAMES].sort());
	});

	it('changes from a shared group arrive sealed, and wait while locked', async () => {
		const { database, group } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		const [first] = await database.participants.toArray();
		const arrived = makeParticipant({ groupId: group.id, name: 'Zoë de Vries', notes: 'tweeling' });
		await applySharedChanges(
			[
				{ key: rowKey('child', arrived.id), op: 'put', row: { ...arrived } },
				{ key: rowKey('child', first.id), op: 'patch', fields: { notes: 'broer Joris' } }
			],
			database
		);
		const dump = await rawDump(database.name);
		for (const text of ['Zoë', 'tweeling', 'Joris', ...NAMES]) expect(dump).not.toContain(text);
		expect((await database.participants.get(arrived.id))?.name).toBe('Zoë de Vries');
		expect((await database.participants.get(first.id))?.notes).toBe('broer Joris');
		lockApp(database);
		await expect(
			applySharedChanges(
				[{ key: rowKey('child', first.id), op: 'patch', fields: { name: 'Anders' } }],
				database
			)
		).rejects.toBeInstanceOf(AppLockedError);
		expect(await rawDump(database.name)).not.toContain('Anders');
	});
});

describe('app lock: notes of sessions, meetings and templates at rest', () => {
	const block = (notes: string) => ({
		id: crypto.randomUUID(),
		kind: 'free' as const,
		cardId: null,
		title: 'Kringgesprek',
		minutes: 10,
		notes
	});

	async function withNotes() {
		const { database, group } = await setUp();
		const session = makeSession({
			groupId: group.id,
			notes: 'Şeyma Yılmaz was verdrietig',
			blocks: [block('Şeyma Yılmaz naast de coach'), block('')]
		});
		const meeting = makeMeeting({ groupId: group.id, notes: 'Vader van 李明 kwam' });
		const template = makeTemplate({
			name: 'Plan van Şeyma Yılmaz',
			sessions: [{ blocks: [block('Let op Şeyma Yılmaz')] }]
		});
		await database.sessions.add(session);
		await database.meetings.add(meeting);
		await database.templates.add(template);
		return { database, group, session, meeting, template };
	}

	it('seals every note when turned on, reads them back unlocked, and keeps them sealed after a reload', async () => {
		const { database, session, meeting, template } = await withNotes();
		await enableAppLock(PASSCODE, database, FAST);
		const dump = await rawDump(database.name);
		for (const text of ['verdrietig', 'naast de coach', 'Vader van', 'Let op', 'Plan van'])
			expect(dump).not.toContain(text);
		expect((await database.sessions.get(session.id))?.blocks[0].notes).toBe(
			'Şeyma Yılmaz naast de coach'
		);
		lockApp(database);
		expect((await database.sessions.get(session.id))?.notes).toBe('');
		expect((await database.meetings.get(meeting.id))?.notes).toBe('');
		await expect(saveSessionNotes(session.id, 'iets', database)).rejects.toBeInstanceOf(
			AppLockedError
		);
		const reloaded = new AppDB(database.name);
		await loadAppLock(reloaded);
		await unlockApp(PASSCODE, reloaded);
		expect((await reloaded.sessions.get(session.id))?.notes).toBe('Şeyma Yılmaz was verdrietig');
		expect((await reloaded.meetings.get(meeting.id))?.notes).toBe('Vader van 李明 kwam');
		expect((await reloaded.templates.get(template.id))?.name).toBe('Plan van Şeyma Yılmaz');
		expect((await reloaded.templates.get(template.id))?.sessions[0].blocks[0].notes).toBe(
			'Let op Şeyma Yılmaz'
		);
		reloaded.close();
	});

	it('keeps notes written while unlocked sealed: session, block, cancel reason, meeting, template, new group', async () => {
		const { database, group, session, meeting } = await withNotes();
		await enableAppLock(PASSCODE, database, FAST);
		await saveSessionNotes(session.id, 'Zoë huilde', database);
		const stored = (await database.sessions.get(session.id))!;
		await saveBlocks(
			session.id,
			[{ ...stored.blocks[0], notes: 'Zoë mag beginnen' }, ...stored.blocks.slice(1)],
			database,
			stored.blocks
		);
		await setSessionStatus(session.id, 'cancelled', 'Joris jarig', database);
		await updateMeeting(meeting.id, { notes: 'Moeder van Zoë belt' }, database);
		const templateId = await saveGroupAsTemplate(group.id, 'Groep van Zoë', database);
		const newGroup = await createGroup(
			{
				name: 'Nieuwe groep',
				ageBand: '7-12',
				schoolId: null,
				location: 'School',
				coaches: ['Anne', 'Mehmet'],
				weekday: 2,
				startTime: '13:30',
				sessionMinutes: 60,
				sessionCount: 2,
				maxSize: 10,
				startDate: '2026-09-29'
			},
			{ templateId },
			{ welcome: 'Welkom', closing: 'Afsluiting', spare: 'Vrije ruimte' },
			database
		);
		const dump = await rawDump(database.name);
		for (const text of ['Zoë', 'Joris', ...NAMES]) expect(dump).not.toContain(text);
		const after = (await database.sessions.get(session.id))!;
		expect([after.notes, after.blocks[0].notes, after.cancelReason]).toEqual([
			'Zoë huilde',
			'Zoë mag beginnen',
			'Joris jarig'
		]);
		expect((await database.templates.get(templateId))?.name).toBe('Groep van Zoë');
		const copied = await database.sessions.where('groupId').equals(newGroup).toArray();
		expect(copied.flatMap((s) => s.blocks.map((b) => b.notes))).toContain('Zoë mag beginnen');
		// A note written without sealing first is refused, never stored plain.
		await expect(
			database.meetings.put({ ...(await database.meetings.get(meeting.id))!, notes: 'Anders' })
		).rejects.toBeInstanceOf(NotSealedError);
	});

	it('erasing a child while unlocked takes its name out of the notes, and they stay sealed', async () => {
		const { database, session, meeting, template } = await withNotes();
		await enableAppLock(PASSCODE, database, FAST);
		const seyma = (await database.participants.toArray()).find((p) => p.name === NAMES[0])!;
		await eraseParticipant(seyma.id, database);
		expect((await database.sessions.get(session.id))?.notes).toBe('[…] was verdrietig');
		expect((await database.templates.get(template.id))?.sessions[0].blocks[0].notes).toBe(
			'Let op […]'
		);
		expect((await database.meetings.get(meeting.id))?.notes).toBe('Vader van 李明 kwam');
		const dump = await rawDump(database.name);
		for (const text of ['verdrietig', 'Let op', 'Vader van']) expect(dump).not.toContain(text);
	});

	it('turning it off writes every note back in plain text; a restore while on writes them sealed', async () => {
		const { database, session } = await withNotes();
		await enableAppLock(PASSCODE, database, FAST);
		const { text } = await createBackup({ includeSignals: false }, database);
		expect(text).toContain('Şeyma Yılmaz was verdrietig');
		await disableAppLock(PASSCODE, database);
		let dump = await rawDump(database.name);
		for (const note of [
			'Şeyma Yılmaz was verdrietig',
			'Şeyma Yılmaz naast de coach',
			'Vader van 李明',
			'Let op'
		])
			expect(dump).toContain(note);
		expect(dump).not.toContain('sealedTexts');
		expect((await database.sessions.get(session.id))?.blocks[0].notes).toBe(
			'Şeyma Yılmaz naast de coach'
		);
		await enableAppLock(PASSCODE, database, FAST);
		await restoreBackup(await inspectBackup(text), 'replace', database);
		dump = await rawDump(database.name);
		for (const note of ['verdrietig', 'naast de coach', 'Vader van', 'Let op'])
			expect(dump).not.toContain(note);
		expect((await database.sessions.get(session.id))?.notes).toBe('Şeyma Yılmaz was verdrietig');
	});

	it('notes that arrive from a shared group are sealed too', async () => {
		const { database, session } = await withNotes();
		await enableAppLock(PASSCODE, database, FAST);
		const arrived = makeSession({ groupId: session.groupId, notes: 'Zoë kwam te laat' });
		await applySharedChanges(
			[
				{ key: rowKey('session', arrived.id), op: 'put', row: { ...arrived } },
				{ key: rowKey('session', session.id), op: 'patch', fields: { notes: 'Joris ziek' } }
			],
			database
		);
		const dump = await rawDump(database.name);
		for (const text of ['Zoë', 'Joris']) expect(dump).not.toContain(text);
		expect((await database.sessions.get(session.id))?.notes).toBe('Joris ziek');
	});
});

describe('app lock: two tabs unlocked at once', () => {
	it('a child and a note another tab wrote open here too, and live queries read again', async () => {
		const { database, group } = await setUp();
		await enableAppLock(PASSCODE, database, FAST);
		// The second tab: its own connection, unlocked with the same key (db/app-lock-tabs.ts).
		const other = new AppDB(database.name);
		await loadAppLock(other);
		await unlockWithKey(memoryOf(database).key!, other);
		const session = makeSession({ groupId: group.id });
		await database.sessions.add(session);
		const seen: string[][] = [];
		const subscription = liveQuery(() => other.participants.toArray()).subscribe((rows) =>
			seen.push(rows.map((p) => p.name).sort())
		);
		await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
		const input = {
			name: 'Zoë de Vries',
			birthYear: 2015,
			schoolClass: '5',
			consent1: { given: false, date: null, how: '' as const },
			consent2: { given: false, date: null, how: '' as const },
			notes: ''
		};
		const id = await addChild(group.id, input, database);
		await saveSessionNotes(session.id, 'Zoë huilde', database);
		// This tab had never opened those seals: now it shows them, without a reload.
		await vi.waitFor(async () => {
			expect((await other.participants.get(id))?.name).toBe('Zoë de Vries');
			expect((await other.sessions.get(session.id))?.notes).toBe('Zoë huilde');
		});
		await vi.waitFor(() => expect(seen.at(-1)).toContain('Zoë de Vries'));
		subscription.unsubscribe();
		other.close();
	});
});
