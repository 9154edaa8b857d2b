/**
 * The tables' side of a shared group: reads every record the group's document mirrors, and
 * writes the changes that arrived from other devices, in one transaction. The mapping itself
 * lives in `$lib/sync/` (lazy-loaded); this file only knows tables and keys.
 */
import { db as defaultDb, type AppDB } from './db';
import { assertUnlocked, sealAhead, sealTextsAhead } from './app-lock';
import { sharesAtRest, sharesOpened } from './share-keys';
import { pairId, rowKey, splitKey, type Kind, type Row, type RowKey } from '$lib/sync/shape';

/** The table of each record kind in the document. */
export const KIND_TABLE = {
	group: 'groups',
	school: 'schools',
	session: 'sessions',
	meeting: 'meetings',
	child: 'participants',
	att: 'attendance',
	matt: 'meetingAttendance'
} as const satisfies Record<Kind, string>;

import { SHARED_GROUPS_SETTING, SYNC_SHARES_SETTING } from './shared-flag';

export { SHARED_GROUPS_SETTING };

function tablesOf(database: AppDB) {
	return [
		database.groups,
		database.schools,
		database.sessions,
		database.meetings,
		database.participants,
		database.attendance,
		database.meetingAttendance
	];
}

/** Every record of a group that its shared document holds, by `kind:id`. */
export async function sharedRowsOf(
	groupId: string,
	database: AppDB = defaultDb
): Promise<Map<RowKey, Row>> {
	return database.transaction('r', tablesOf(database), async () => {
		const rows = new Map<RowKey, Row>();
		const group = await database.groups.get(groupId);
		if (!group) return rows;
		rows.set(rowKey('group', groupId), { ...group });
		if (group.schoolId) {
			const school = await database.schools.get(group.schoolId);
			if (school) rows.set(rowKey('school', school.id), { ...school });
		}
		const [sessions, meetings, children, marks, meetingMarks] = await Promise.all([
			database.sessions.where('groupId').equals(groupId).toArray(),
			database.meetings.where('groupId').equals(groupId).toArray(),
			database.participants.where('groupId').equals(groupId).toArray(),
			database.attendance.where('groupId').equals(groupId).toArray(),
			database.meetingAttendance.where('groupId').equals(groupId).toArray()
		]);
		for (const s of sessions) rows.set(rowKey('session', s.id), { ...s });
		for (const x of meetings) rows.set(rowKey('meeting', x.id), { ...x });
		for (const p of children) rows.set(rowKey('child', p.id), { ...p });
		for (const a of marks) rows.set(rowKey('att', pairId(a.sessionId, a.participantId)), { ...a });
		for (const a of meetingMarks)
			rows.set(rowKey('matt', pairId(a.meetingId, a.participantId)), { ...a });
		return rows;
	});
}

/** One change from the document: a whole record, some fields of one, or a removal. */
export type SharedChange =
	| { key: RowKey; op: 'put'; row: Row }
	| { key: RowKey; op: 'patch'; fields: Row }
	| { key: RowKey; op: 'delete' };

function tableKey(kind: Kind, id: string): string | [string, string] {
	if (kind === 'att' || kind === 'matt') {
		const at = id.indexOf(':');
		return [id.slice(0, at), id.slice(at + 1)];
	}
	return id;
}

/**
 * With the app lock on, the children's names and notes that arrive are sealed before the
 * write (see app-lock-seal.ts); while it is closed this throws AppLockedError and nothing is
 * written (the changes stay in the document and come in at the next unlock).
 */
async function sealChildren(changes: readonly SharedChange[], database: AppDB): Promise<void> {
	const children: { id: string; name?: string; notes?: string }[] = [];
	for (const change of changes) {
		const { kind, id } = splitKey(change.key);
		if (kind !== 'child' || change.op === 'delete') continue;
		if (change.op === 'put') {
			children.push({ id, name: change.row.name as string, notes: change.row.notes as string });
		} else if ('name' in change.fields || 'notes' in change.fields) {
			const current = await database.participants.get(id);
			if (!current) continue;
			children.push({
				id,
				name: (change.fields.name as string | undefined) ?? current.name,
				notes: (change.fields.notes as string | undefined) ?? current.notes
			});
		}
	}
	if (children.length > 0) assertUnlocked(database);
	await sealAhead(database, children);
	// Sessions' and meetings' notes: a whole record or the fields that changed.
	for (const change of changes) {
		const { kind } = splitKey(change.key);
		if ((kind !== 'session' && kind !== 'meeting') || change.op === 'delete') continue;
		const row = change.op === 'put' ? change.row : change.fields;
		await sealTextsAhead(database, kind === 'session' ? 'sessions' : 'meetings', [row]);
	}
}

/** Writes changes that came from the group's document (other devices) in one transaction. */
export async function applySharedChanges(
	changes: readonly SharedChange[],
	database: AppDB = defaultDb
): Promise<void> {
	if (changes.length === 0) return;
	await sealChildren(changes, database);
	await database.transaction('rw', tablesOf(database), async () => {
		for (const change of changes) {
			const { kind, id } = splitKey(change.key);
			const table = database.table(KIND_TABLE[kind]);
			const key = tableKey(kind, id);
			if (change.op === 'put') await table.put(change.row);
			else if (change.op === 'patch') {
				// A record removed here meanwhile stays removed: the removal goes out next.
				if (await table.get(key)) await table.update(key, change.fields);
			} else if (kind !== 'group' && kind !== 'school') await table.delete(key);
		}
	});
}

/** The ids of the groups this device shares. */
export async function sharedGroupIds(database: AppDB = defaultDb): Promise<string[]> {
	const row = await database.settings.get(SHARED_GROUPS_SETTING);
	return Array.isArray(row?.value) ? (row.value as string[]) : [];
}

/** Marks a group as shared (or local only again) on this device. */
export async function setGroupShared(
	groupId: string,
	shared: boolean,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.settings], async () => {
		const row = await database.settings.get(SHARED_GROUPS_SETTING);
		const ids = new Set(Array.isArray(row?.value) ? (row.value as string[]) : []);
		if (shared) ids.add(groupId);
		else ids.delete(groupId);
		await database.settings.put({ key: SHARED_GROUPS_SETTING, value: [...ids].sort() });
	});
}

/** Who this device is signed in as at the sync server (no secrets: those stay in kies-sync). */
export const SYNC_ACCOUNT_SETTING = 'sync.account';

export interface SyncAccount {
	server: string;
	account: { id: string; name: string; role: string };
}

export async function syncAccount(database: AppDB = defaultDb): Promise<SyncAccount | null> {
	const row = await database.settings.get(SYNC_ACCOUNT_SETTING);
	return (row?.value as SyncAccount | undefined) ?? null;
}

/** Remembers (or forgets, with null) who this device is signed in as. */
export async function setSyncAccount(
	value: SyncAccount | null,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.settings], async () => {
		if (value) await database.settings.put({ key: SYNC_ACCOUNT_SETTING, value });
		else await database.settings.delete(SYNC_ACCOUNT_SETTING);
	});
}

/** The names of groups by id (a shared group that has not arrived yet has none). */
export async function groupNames(
	ids: readonly string[],
	database: AppDB = defaultDb
): Promise<Record<string, string>> {
	const groups = await database.groups.bulkGet([...ids]);
	return Object.fromEntries(groups.filter((g) => g !== undefined).map((g) => [g.id, g.name]));
}

/**
 * A copy of the shares (server, group keys, members) in the settings, so that a backup holds
 * them. `createBackup` leaves it out unless the backup is protected by a passphrase.
 */
export { SYNC_SHARES_SETTING };

/** The copy of the shares, their keys opened (none while the app lock is closed: share-keys.ts). */
export async function sharesCopy(database: AppDB = defaultDb): Promise<Row[]> {
	const row = await database.settings.get(SYNC_SHARES_SETTING);
	return Array.isArray(row?.value) ? sharesOpened(row.value as Row[], database) : [];
}

/** Saves the copy of the shares; their keys sealed while the app lock is on. */
export async function saveSharesCopy(shares: Row[], database: AppDB = defaultDb): Promise<void> {
	const stored = await sharesAtRest(shares, database);
	await database.transaction('rw', [database.settings], async () => {
		await database.settings.put({ key: SYNC_SHARES_SETTING, value: stored });
	});
}
