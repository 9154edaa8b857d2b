/**
 * Full backup and restore of the database. Export reads every table in one read transaction;
 * restore writes every table in ONE read-write transaction, so it is all or nothing, also with
 * other tabs open. The file format and its checks live in $lib/domain/backup.
 */
import { assertPassphrase } from '$lib/domain/passphrase';
import { db, newId, nowIso, SCHEMA_VERSION, type AppDB } from './db';
import { APP_VERSION } from '$lib/version';
import { CARE_KEY_SETTING, SIGNAL_ERASURES_SETTING } from './signals';
import { APP_LOCK_SETTING, assertUnlocked, sealAhead, sealTextsAhead } from './app-lock';
import { SHARED_GROUPS_SETTING, SYNC_ACCOUNT_SETTING, SYNC_SHARES_SETTING } from './shared';
import {
	BACKUP_TABLES,
	buildBackupFile,
	backupFileName,
	dexieKey,
	mergeWrites,
	readBackup,
	type BackupContents,
	type BackupData,
	type BackupTable
} from '$lib/domain/backup';
import { alignExampleCards, exampleIdClashes } from '$lib/domain/backup-merge';
import { ERASURE_KINDS, erasureRecord, returningErased } from '$lib/domain/erasures';
import { erasedParticipant } from './privacy';
import type { Participant } from '$lib/model';
import type { Row } from '$lib/sync/shape';
import { sharesAtRest, sharesOpened } from './share-keys';

export type RestoreMode = 'replace' | 'merge';

function tablesOf(database: AppDB, names: readonly BackupTable[] = BACKUP_TABLES) {
	return names.map((name) => database.table(name));
}

/** Every table's records; the `signals` table only when asked for (it stays ciphertext). */
export async function exportBackupData(
	options: { includeSignals: boolean },
	database: AppDB = db
): Promise<BackupData> {
	// Refused while the app lock is closed: the names are sealed; unlocked, they are read open.
	assertUnlocked(database);
	const names = BACKUP_TABLES.filter((name) => name !== 'signals' || options.includeSignals);
	const data = await database.transaction('r', tablesOf(database, names), async () => {
		const data: BackupData = {};
		for (const name of names) {
			data[name] = (await database.table(name).toArray()) as Record<string, unknown>[];
		}
		// Without the signals, their key check would only give an attacker something to guess at.
		if (!options.includeSignals && data.settings) {
			data.settings = data.settings.filter((row) => row.key !== CARE_KEY_SETTING);
		}
		// The app lock belongs to this device: its wrapped key never leaves in a backup.
		if (data.settings) data.settings = data.settings.filter((row) => row.key !== APP_LOCK_SETTING);
		return data;
	});
	// The shares' group keys, sealed at rest under the app lock, go into the backup opened.
	if (data.settings)
		data.settings = await sharesSetting(data.settings, (v) => sharesOpened(v, database));
	return data;
}

/** The settings with the shares' copy (`sync.shares`) passed through `change`. */
async function sharesSetting(
	settings: Record<string, unknown>[],
	change: (shares: Row[]) => Promise<Row[]>
): Promise<Record<string, unknown>[]> {
	return Promise.all(
		settings.map(async (row) =>
			row.key === SYNC_SHARES_SETTING && Array.isArray(row.value)
				? { ...row, value: await change(row.value as Row[]) }
				: row
		)
	);
}

/** The backup file's name and text (encrypted when a passphrase is given). */
export async function createBackup(
	options: { includeSignals: boolean; passphrase?: string; now?: Date },
	database: AppDB = db
): Promise<{ fileName: string; text: string }> {
	if (options.passphrase !== undefined) assertPassphrase(options.passphrase);
	const data = await exportBackupData(options, database);
	// The keys of shared groups go only into a backup protected by a passphrase; without them
	// a restored group is a local group again, and the backup says which groups those are. The
	// sign-in belongs to this device only.
	if (data.settings) {
		const shared = data.settings.find((row) => row.key === SHARED_GROUPS_SETTING)?.value;
		const left = options.passphrase
			? [SYNC_ACCOUNT_SETTING, SHARED_WITHOUT_KEYS_SETTING]
			: [
					SYNC_ACCOUNT_SETTING,
					SYNC_SHARES_SETTING,
					SHARED_GROUPS_SETTING,
					SHARED_WITHOUT_KEYS_SETTING
				];
		data.settings = data.settings.filter((row) => !left.includes(String(row.key)));
		if (!options.passphrase && Array.isArray(shared) && shared.length > 0)
			data.settings.push({ key: SHARED_WITHOUT_KEYS_SETTING, value: shared });
	}
	const text = await buildBackupFile(data, {
		schemaVersion: SCHEMA_VERSION,
		appVersion: APP_VERSION,
		passphrase: options.passphrase,
		now: options.now
	});
	return { fileName: backupFileName(options.now), text };
}

/**
 * In a backup made without a passphrase: the ids of the groups that were shared, whose keys it
 * leaves out. Restored, they are local copies; the coach joins again with a new invitation.
 */
export const SHARED_WITHOUT_KEYS_SETTING = 'sync.sharedWithoutKeys';

function idList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The shared groups a backup holds: `withKeys` come back as shared groups (their keys and
 * members are in it: a passphrase-protected backup), `withoutKeys` come back as local copies.
 */
export function sharedGroupsIn(data: BackupData): { withKeys: string[]; withoutKeys: string[] } {
	const rows = data.settings ?? [];
	const value = (key: string) => rows.find((row) => row.key === key)?.value;
	const keyed = new Set(
		(Array.isArray(value(SYNC_SHARES_SETTING)) ? (value(SYNC_SHARES_SETTING) as Row[]) : [])
			.filter((share) => share && typeof share.keys === 'object' && share.keys !== null)
			.map((share) => String(share.groupId))
	);
	return {
		withKeys: idList(value(SHARED_GROUPS_SETTING)).filter((id) => keyed.has(id)),
		withoutKeys: idList(value(SHARED_WITHOUT_KEYS_SETTING))
	};
}

/** This device's own sync settings: its sign-in, its shared groups, the copy of their keys. */
async function deviceSync(database: AppDB) {
	const [account, shared, shares] = await database.settings.bulkGet([
		SYNC_ACCOUNT_SETTING,
		SHARED_GROUPS_SETTING,
		SYNC_SHARES_SETTING
	]);
	return { account, shared: idList(shared?.value), shares: rowList(shares?.value) };
}

function rowList(value: unknown): Row[] {
	return Array.isArray(value) ? (value as Row[]) : [];
}

/**
 * After a restore's settings are written: the device keeps its sign-in and the groups it shares
 * (a restore never ends a membership), and gains the shared groups whose keys the backup holds.
 * The note of groups left without keys is not kept.
 */
async function keepDeviceSync(
	database: AppDB,
	before: Awaited<ReturnType<typeof deviceSync>>,
	restored: BackupData
): Promise<void> {
	const fromBackup = sharedGroupsIn(restored);
	const backupShares = rowList(
		restored.settings?.find((row) => row.key === SYNC_SHARES_SETTING)?.value
	);
	const own = new Set(before.shares.map((share) => String(share.groupId)));
	const shares = [
		...before.shares,
		...backupShares.filter(
			(share) =>
				!own.has(String(share.groupId)) && fromBackup.withKeys.includes(String(share.groupId))
		)
	];
	const shared = [...new Set([...before.shared, ...fromBackup.withKeys])].sort();
	await database.settings.delete(SHARED_WITHOUT_KEYS_SETTING);
	if (before.account) await database.settings.put(before.account);
	if (shared.length > 0) await database.settings.put({ key: SHARED_GROUPS_SETTING, value: shared });
	else await database.settings.delete(SHARED_GROUPS_SETTING);
	if (shares.length > 0) await database.settings.put({ key: SYNC_SHARES_SETTING, value: shares });
	else await database.settings.delete(SYNC_SHARES_SETTING);
}

/** Reads and checks a backup file completely; writes nothing. */
export function inspectBackup(text: string, passphrase?: string): Promise<BackupContents> {
	return readBackup(text, { schemaVersion: SCHEMA_VERSION, passphrase });
}

/**
 * Writes a checked backup in one transaction over all tables. Replace empties every table the
 * backup holds first; a table the backup leaves out (signals, by default) is kept as it is,
 * and so is the care key setting those signals need.
 * Merge adds new records and takes a stored one from the backup only when it is newer.
 */
export async function restoreBackup(
	contents: BackupContents,
	mode: RestoreMode,
	database: AppDB = db,
	options: { bringBackErased?: boolean } = {}
): Promise<RestoreOutcome> {
	const keepWithSignals = contents.data.signals === undefined;
	const outcome: RestoreOutcome = { signalsLeftOut: 0 };
	// With the app lock on, the children are written sealed: refused while it is closed.
	assertUnlocked(database);
	await sealAhead(database, (contents.data.participants ?? []) as { id: string }[]);
	await sealTextsAhead(database, 'sessions', contents.data.sessions ?? []);
	await sealTextsAhead(database, 'meetings', contents.data.meetings ?? []);
	await sealTextsAhead(database, 'templates', contents.data.templates ?? []);
	// The backup's group keys are written sealed while the app lock is on (share-keys.ts).
	if (contents.data.settings) {
		const settings = await sharesSetting(contents.data.settings, (v) => sharesAtRest(v, database));
		contents = { ...contents, data: { ...contents.data, settings } };
	}
	await database.transaction('rw', tablesOf(database), async () => {
		// A merge takes another log's signals only if they are sealed under this device's key
		// (the same care key setting) or this device has no log yet; otherwise they would sit
		// here unreadable with either passphrase, so they stay out and the restore says so.
		const deviceKey = (await database.settings.get(CARE_KEY_SETTING))?.value;
		const backupKey = contents.data.settings?.find((s) => s.key === CARE_KEY_SETTING)?.value;
		const foreignSignals =
			mode === 'merge' &&
			deviceKey !== undefined &&
			JSON.stringify(deviceKey) !== JSON.stringify(backupKey);
		const before = await deviceSync(database);
		let data = contents.data;
		// Children erased here stay erased (unless the coach chose otherwise after the warning),
		// and the record of erasures outlives a replace.
		const erasures = (await database.audit.toArray()).filter((e) => ERASURE_KINDS.has(e.kind));
		const record = erasureRecord(erasures, await database.participants.toArray());
		const returning = returningErased(data.participants ?? [], record);
		if (!options.bringBackErased) data = keepErased(data, returning);
		const pending = await pendingSignalErasures(database);
		// Example cards carry their own id on every device: match them by their example.
		const stored = new Map<string, { id: string; createdAt: string }>();
		if (mode === 'merge') {
			await database.cards
				.where('exampleId')
				.above('')
				.each((card) => {
					if (card.exampleId)
						stored.set(card.exampleId, { id: card.id, createdAt: card.createdAt });
				});
			data = alignExampleCards(data, stored);
		}
		const names = BACKUP_TABLES.filter((name) => data[name] !== undefined);
		for (const name of names) {
			const table = database.table(name);
			let incoming = data[name] ?? [];
			// This device's app lock stays as it is (a backup never carries one; older ones might).
			const lock = name === 'settings' ? await table.get(APP_LOCK_SETTING) : undefined;
			if (name === 'settings') incoming = incoming.filter((r) => r.key !== APP_LOCK_SETTING);
			if (lock && mode === 'replace') incoming = [...incoming, lock];
			if (mode === 'replace') {
				// Signals on the device that the backup leaves out stay readable only with the
				// device's own care key: keep that setting with them.
				const kept =
					keepWithSignals && name === 'settings' ? await table.get(CARE_KEY_SETTING) : undefined;
				await table.clear();
				await table.bulkAdd(
					kept ? [...incoming.filter((r) => r.key !== CARE_KEY_SETTING), kept] : incoming
				);
			} else {
				const existing = await table.bulkGet(incoming.map((r) => dexieKey(name, r)));
				let writes = mergeWrites(incoming, existing as (Record<string, unknown> | undefined)[]);
				if (name === 'signals' && foreignSignals) {
					outcome.signalsLeftOut = writes.length;
					writes = [];
				}
				if (name === 'cards') {
					const holders = new Map([...stored].map(([exampleId, card]) => [exampleId, card.id]));
					const clashes = exampleIdClashes(writes, holders);
					// Kept as the coach's own card rather than failing the whole restore.
					writes = writes.map((card) =>
						clashes.has(card.exampleId as string) ? { ...card, exampleId: null } : card
					);
				}
				await table.bulkPut(writes);
			}
		}
		if (data.settings !== undefined) await keepDeviceSync(database, before, data);
		await database.audit.bulkPut(erasures);
		// A sealed signal names its child only inside the ciphertext: the signals of children
		// erased here go at the next unlock, with the erasures already waiting on this device.
		for (const id of await pendingSignalErasures(database)) pending.add(id);
		for (const { id } of returning) {
			if (options.bringBackErased) pending.delete(id);
			else pending.add(id);
		}
		if (pending.size === 0) await database.settings.delete(SIGNAL_ERASURES_SETTING);
		else {
			await database.settings.put({ key: SIGNAL_ERASURES_SETTING, value: [...pending] });
		}
		await database.audit.add({
			id: newId(),
			at: nowIso(),
			kind: mode === 'replace' ? 'restore-replace' : 'restore-merge',
			groupId: null,
			detail: JSON.stringify(contents.counts)
		});
	});
	return outcome;
}

/** What a restore could not take, to tell the coach. */
export interface RestoreOutcome {
	/** Signals of another signal log (another passphrase) left out of a merge. */
	signalsLeftOut: number;
}

/** The children whose sealed signals are still to be erased at the next unlock. */
async function pendingSignalErasures(database: AppDB): Promise<Set<string>> {
	const value = (await database.settings.get(SIGNAL_ERASURES_SETTING))?.value;
	return new Set(Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []);
}

/**
 * The backup's records with the children erased here erased again, and their signals left out
 * where the record names the child (before schema 3); sealed ones go at the next unlock.
 */
function keepErased(data: BackupData, returning: { id: string; erasedAt: string }[]): BackupData {
	if (returning.length === 0) return data;
	const when = new Map(returning.map((r) => [r.id, r.erasedAt]));
	return {
		...data,
		participants: data.participants?.map((p) =>
			when.has(String(p.id))
				? (erasedParticipant(
						p as unknown as Participant,
						when.get(String(p.id))!
					) as unknown as Record<string, unknown>)
				: p
		),
		signals: data.signals?.filter((s) => !when.has(String(s.participantId)))
	};
}

/** The children this backup would bring back although they were erased on this device. */
export async function findReturningErased(
	contents: BackupContents,
	database: AppDB = db
): Promise<{ id: string; erasedAt: string }[]> {
	return database.transaction('r', [database.audit, database.participants], async () => {
		const audit = await database.audit.toArray();
		const record = erasureRecord(audit, await database.participants.toArray());
		return returningErased(contents.data.participants ?? [], record);
	});
}

/** Reads, checks and writes a backup file: all or nothing. */
export async function restoreFromText(
	text: string,
	options: { mode: RestoreMode; passphrase?: string; bringBackErased?: boolean },
	database: AppDB = db
): Promise<BackupContents> {
	const contents = await inspectBackup(text, options.passphrase);
	await restoreBackup(contents, options.mode, database, {
		bringBackErased: options.bringBackErased
	});
	return contents;
}
