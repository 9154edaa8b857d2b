/**
 * Turning the app lock on and off, opening and closing it (issue 22). How children are sealed
 * at rest is in app-lock-seal.ts; the wrapped key is the `appLock` setting.
 */
import { db as defaultDb, type AppDB } from './db';
import { openText, type Sealed } from '$lib/domain/crypto';
import { TEXT_SEALED_TABLES } from '$lib/domain/app-lock-texts';
import { createWrappedKey, isWrappedKey, openChild, unwrapKey } from '$lib/domain/app-lock';
import { assertPassphrase } from '$lib/domain/passphrase';
import { sharesAtRest, sharesOpened } from './share-keys';
import { SHARED_GROUPS_SETTING, SYNC_SHARES_SETTING } from './shared-flag';
import {
	AppLockedError,
	memoryOf,
	sealAhead,
	sealKey,
	sealTextsAhead,
	textSealKey,
	type LockMemory,
	type Row,
	type TextSeals
} from './app-lock-seal';

export { AppLockedError, NotSealedError, sealAhead, sealTextsAhead } from './app-lock-seal';

/** The tables the lock seals, written together when it is turned on or off. */
function sealedTables(database: AppDB) {
	return [
		database.settings,
		database.participants,
		database.sessions,
		database.meetings,
		database.templates
	];
}

export const APP_LOCK_SETTING = 'appLock';

export class AppLockAlreadyOnError extends Error {
	constructor() {
		super('the app lock is already on');
	}
}

interface AppLockValue {
	wrapped: unknown;
	idleMinutes?: unknown;
}

export const DEFAULT_APP_IDLE_MINUTES = 5;

function validIdle(minutes: unknown): minutes is number {
	return Number.isInteger(minutes) && (minutes as number) >= 1 && (minutes as number) <= 60;
}

/** The minutes without use after which the app locks itself (1 to 60). */
export async function appLockIdleMinutes(database: AppDB = defaultDb): Promise<number> {
	const value = (await database.settings.get(APP_LOCK_SETTING))?.value as AppLockValue | undefined;
	return validIdle(value?.idleMinutes) ? value.idleMinutes : DEFAULT_APP_IDLE_MINUTES;
}

async function storedLock(database: AppDB) {
	const value = (await database.settings.get(APP_LOCK_SETTING))?.value as AppLockValue | undefined;
	return value && isWrappedKey(value.wrapped) ? value.wrapped : null;
}

/** Reads whether the lock is on (at start, before anything is written). */
export async function loadAppLock(database: AppDB): Promise<boolean> {
	const memory = memoryOf(database);
	memory.enabled = (await storedLock(database)) !== null;
	return memory.enabled;
}

/** Whether the lock is on, and whether it is open now. */
export function appLockStatus(database: AppDB = defaultDb): {
	enabled: boolean;
	unlocked: boolean;
} {
	const memory = memoryOf(database);
	return { enabled: memory.enabled, unlocked: memory.key !== null };
}

/** Throws AppLockedError while the lock is on and closed (exports, backups, sync). */
export function assertUnlocked(database: AppDB = defaultDb): void {
	const memory = memoryOf(database);
	if (memory.enabled && memory.key === null) throw new AppLockedError();
}

/**
 * Turns the lock on: a new data key wrapped by the passcode, and every child, session note and
 * meeting note sealed in one
 * transaction with the setting (nothing is lost: a failure keeps everything as it was). The
 * app stays unlocked afterwards.
 */
export async function enableAppLock(
	passcode: string,
	database: AppDB = defaultDb,
	iterations?: number,
	idleMinutes = DEFAULT_APP_IDLE_MINUTES
) {
	assertPassphrase(passcode);
	if (!validIdle(idleMinutes)) throw new RangeError('idle minutes are 1 to 60');
	const memory = memoryOf(database);
	if (memory.enabled || (await storedLock(database))) throw new AppLockAlreadyOnError();
	const { wrapped, key } = await createWrappedKey(passcode, iterations);
	memory.key = key;
	memory.enabled = true;
	try {
		await sealAhead(database, await database.participants.toArray());
		await sealTextsAhead(database, 'sessions', await database.sessions.toArray());
		await sealTextsAhead(database, 'meetings', await database.meetings.toArray());
		await sealTextsAhead(database, 'templates', await database.templates.toArray());
		const copy = await sharesCopyAs(database, sharesAtRest);
		await database.transaction('rw', sealedTables(database), async () => {
			await database.settings.put({ key: APP_LOCK_SETTING, value: { wrapped, idleMinutes } });
			if (copy) await database.settings.put(copy);
			await rewriteAll(database);
		});
	} catch (err) {
		memory.enabled = false;
		forget(memory);
		throw err;
	}
	await resealSyncStore(database);
}

/** The settings row of the shares' copy with its keys passed through `change`, or null. */
async function sharesCopyAs(
	database: AppDB,
	change: (shares: Row[], appDb: object) => Promise<Row[]>
): Promise<{ key: string; value: Row[] } | null> {
	const value = (await database.settings.get(SYNC_SHARES_SETTING))?.value;
	return Array.isArray(value)
		? { key: SYNC_SHARES_SETTING, value: await change(value, database) }
		: null;
}

/**
 * The group keys in the sync store (`kies-sync`), written again as the lock now says. That store
 * is another database, so this follows the transaction; it runs again at every unlock, so keys a
 * failure left plain are sealed then. Loaded only on a device that shares groups.
 */
async function resealSyncStore(database: AppDB): Promise<void> {
	const [shared, copy] = await database.settings.bulkGet([
		SHARED_GROUPS_SETTING,
		SYNC_SHARES_SETTING
	]);
	const has = (row: typeof shared) => Array.isArray(row?.value) && row.value.length > 0;
	if (!has(shared) && !has(copy)) return;
	const { resealShareKeys } = await import('./sync-store');
	await resealShareKeys(database);
}

/** Writes every child, session and meeting back, as the lock's state now says (sealed or plain). */
async function rewriteAll(database: AppDB): Promise<void> {
	await database.participants.bulkPut(await database.participants.toArray());
	await database.sessions.bulkPut(await database.sessions.toArray());
	await database.meetings.bulkPut(await database.meetings.toArray());
	await database.templates.bulkPut(await database.templates.toArray());
}

function forget(memory: LockMemory): void {
	memory.key = null;
	memory.opened.clear();
	memory.seals.clear();
	memory.openedTexts.clear();
	memory.textSeals.clear();
	memory.opening.clear();
}

/** Opens every sealed text of sessions and meetings into memory (at unlock). */
async function openTexts(database: AppDB, key: CryptoKey, memory: LockMemory): Promise<void> {
	for (const name of TEXT_SEALED_TABLES) {
		const rows = (await database.table(name).toArray()) as Row[];
		for (const row of rows) {
			const sealed = row.sealedTexts as TextSeals | undefined;
			for (const seal of Object.values(sealed ?? {})) {
				if (memory.openedTexts.has(seal.ciphertext)) continue;
				const text = await openText(key, seal);
				memory.openedTexts.set(seal.ciphertext, text);
				memory.textSeals.set(textSealKey(name, text), seal);
			}
		}
	}
}

/**
 * Opens the lock with the passcode: the data key in memory and every child's name opened.
 * A wrong passcode throws WrongPassphraseError and leaves the app locked.
 */
export async function unlockApp(passcode: string, database: AppDB = defaultDb): Promise<void> {
	const wrapped = await storedLock(database);
	if (!wrapped) throw new Error('the app lock is not on');
	await unlockWithKey(await unwrapKey(wrapped, passcode), database);
}

/**
 * Opens the lock with a data key another tab of this app unwrapped (db/app-lock-tabs.ts):
 * every sealed name and note opened with it, or it throws and the app stays locked.
 */
export async function unlockWithKey(key: CryptoKey, database: AppDB = defaultDb): Promise<void> {
	const memory = memoryOf(database);
	try {
		const children = (await database.participants.toArray()) as unknown as Row[];
		for (const child of children) {
			const seal = child.sealed as Sealed | undefined;
			if (!seal || memory.opened.has(seal.ciphertext)) continue;
			const secret = await openChild(key, seal);
			memory.opened.set(seal.ciphertext, secret);
			memory.seals.set(sealKey(String(child.id), secret), seal);
		}
		await openTexts(database, key, memory);
	} catch (err) {
		// Nothing opened so far stays readable without the key.
		if (memory.key === null) forget(memory);
		throw err;
	}
	memory.enabled = true;
	memory.key = key;
	await resealSyncStore(database).catch((err: unknown) =>
		console.error('app lock: group keys', err)
	);
}

/** Locks now: the key and every opened name are forgotten. */
export function lockApp(database: AppDB = defaultDb): void {
	forget(memoryOf(database));
}

/**
 * Turns the lock off with the passcode: every child and note written back in plain text in one
 * transaction with the setting removed.
 */
export async function disableAppLock(passcode: string, database: AppDB = defaultDb): Promise<void> {
	await unlockApp(passcode, database);
	const memory = memoryOf(database);
	const copy = await sharesCopyAs(database, sharesOpened);
	try {
		await database.transaction('rw', sealedTables(database), async () => {
			// Read while the lock is still on (opened), written with it off (plain).
			const [children, sessions, meetings, templates] = await Promise.all([
				database.participants.toArray(),
				database.sessions.toArray(),
				database.meetings.toArray(),
				database.templates.toArray()
			]);
			memory.enabled = false;
			await database.participants.bulkPut(children);
			await database.sessions.bulkPut(sessions);
			await database.meetings.bulkPut(meetings);
			await database.templates.bulkPut(templates);
			if (copy) await database.settings.put(copy);
			await database.settings.delete(APP_LOCK_SETTING);
		});
	} catch (err) {
		memory.enabled = true;
		throw err;
	}
	// The sync store's keys go plain again while the data key is still here to open them.
	await resealSyncStore(database);
	forget(memory);
}
