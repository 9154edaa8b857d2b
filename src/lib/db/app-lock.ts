/**
 * The app lock at rest (issue 22). While it is on, a child's name and notes are stored only
 * sealed with the data key (`sealed` on the participant; `name` and `notes` stay empty), and the
 * data key is stored only wrapped by the passcode. The unwrapped key lives in memory only, per
 * database, and is gone with the page: a reload always starts locked.
 *
 * A middleware under every read and write of `participants` does the work, so every reader
 * (pages, exports, backups, sync) sees the names when unlocked and nothing when locked:
 * - reads put back the name and notes of records opened at unlock (or sealed here since);
 * - writes store the seal made ahead by `sealAhead` for exactly that child, name and notes.
 *   WebCrypto is asynchronous and would end an IndexedDB transaction, so a writer with new
 *   text seals it before its transaction; a write with plain text that was not sealed ahead,
 *   or any write while locked, is refused: nothing is ever stored in plain text by mistake.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, Middleware } from 'dexie';
import type { AppDB } from './db';
import type { Sealed } from '$lib/domain/crypto';
import {
	createWrappedKey,
	isWrappedKey,
	openChild,
	sealChild,
	unwrapKey,
	type ChildSecret
} from '$lib/domain/app-lock';
import { assertPassphrase } from '$lib/domain/passphrase';

export const APP_LOCK_SETTING = 'appLock';

/** Thrown by a read of children's data or a write while the app is locked. */
export class AppLockedError extends Error {
	readonly code = 'app-locked';
	constructor() {
		super('the app is locked: give the passcode first');
	}
}

/** Thrown when a writer stores a child's text it did not seal first (a bug, never plain text). */
export class NotSealedError extends Error {
	constructor(readonly id: string) {
		super(`child ${id} was written without sealing its name first`);
	}
}

export class AppLockAlreadyOnError extends Error {
	constructor() {
		super('the app lock is already on');
	}
}

interface LockMemory {
	enabled: boolean;
	key: CryptoKey | null;
	/** ciphertext → the name and notes inside it */
	opened: Map<string, ChildSecret>;
	/** child id + name + notes → its seal */
	seals: Map<string, Sealed>;
}

const memories = new WeakMap<object, LockMemory>();

function memoryOf(database: object): LockMemory {
	let memory = memories.get(database);
	if (!memory) {
		memory = { enabled: false, key: null, opened: new Map(), seals: new Map() };
		memories.set(database, memory);
	}
	return memory;
}

function sealKey(id: string, secret: ChildSecret): string {
	return JSON.stringify([id, secret.name, secret.notes]);
}

type Row = Record<string, unknown>;

/** A stored record as readers see it: the name and notes back in when they were opened. */
function opened(memory: LockMemory, value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	const row = value as Row;
	const sealed = row.sealed as Sealed | undefined;
	if (!sealed) return value;
	const secret = memory.opened.get(sealed.ciphertext);
	if (!secret) return value;
	const rest = { ...row };
	delete rest.sealed;
	return { ...rest, name: secret.name, notes: secret.notes };
}

/** A record as it is stored while the lock is on. */
function stored(memory: LockMemory, value: Row): Row {
	const name = String(value.name ?? '');
	const notes = String(value.notes ?? '');
	const rest = { ...value };
	delete rest.sealed;
	if (name === '' && notes === '') {
		// Nothing to hide (an erased child), or a record that stays sealed as it was read.
		return value.sealed ? value : rest;
	}
	const seal = memory.seals.get(sealKey(String(value.id), { name, notes }));
	if (!seal) throw new NotSealedError(String(value.id));
	return { ...rest, name: '', notes: '', sealed: seal };
}

function isUpgrade(request: DBCoreMutateRequest): boolean {
	return (request.trans as unknown as { mode?: string }).mode === 'versionchange';
}

function openedCursor(memory: LockMemory, cursor: DBCoreCursor): DBCoreCursor {
	return new Proxy(cursor, {
		get(target, property) {
			if (property === 'value') return opened(memory, target.value);
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/** The middleware for one database (see the top of this file). */
export function appLockMiddleware(database: object): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'app-lock',
		// Under the field rules (they check the plain record), over Dexie's cache and observers.
		level: 5,
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				if (name !== 'participants') return table;
				const memory = memoryOf(database);
				return {
					...table,
					get: (req) => table.get(req).then((value) => opened(memory, value)),
					getMany: (req) =>
						table.getMany(req).then((values) => values.map((v) => opened(memory, v))),
					query: (req) =>
						table
							.query(req)
							.then((res) =>
								req.values ? { ...res, result: res.result.map((v) => opened(memory, v)) } : res
							),
					openCursor: (req) =>
						table
							.openCursor(req)
							.then((cursor) => (cursor && req.values ? openedCursor(memory, cursor) : cursor)),
					mutate: (request) => {
						if (!memory.enabled || isUpgrade(request)) return table.mutate(request);
						if (memory.key === null) return Promise.reject(new AppLockedError());
						if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
						try {
							const values = request.values.map((v) => stored(memory, v as Row));
							return table.mutate({ ...request, values } as DBCoreMutateRequest);
						} catch (err) {
							return Promise.reject(err);
						}
					}
				};
			}
		})
	};
}

interface AppLockValue {
	wrapped: unknown;
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
export function appLockStatus(database: AppDB): { enabled: boolean; unlocked: boolean } {
	const memory = memoryOf(database);
	return { enabled: memory.enabled, unlocked: memory.key !== null };
}

/** Throws AppLockedError while the lock is on and closed (exports, backups, sync). */
export function assertUnlocked(database: AppDB): void {
	const memory = memoryOf(database);
	if (memory.enabled && memory.key === null) throw new AppLockedError();
}

/**
 * Seals the name and notes of these children ahead of a write (a no-op with the lock off).
 * Call before the transaction that writes them.
 */
export async function sealAhead(
	database: AppDB,
	children: readonly { id: string; name?: string; notes?: string }[]
): Promise<void> {
	const memory = memoryOf(database);
	if (!memory.enabled) return;
	const key = memory.key;
	if (key === null) throw new AppLockedError();
	for (const child of children) {
		const secret = { name: child.name ?? '', notes: child.notes ?? '' };
		if (secret.name === '' && secret.notes === '') continue;
		const k = sealKey(child.id, secret);
		if (memory.seals.has(k)) continue;
		const seal = await sealChild(key, secret);
		memory.seals.set(k, seal);
		memory.opened.set(seal.ciphertext, secret);
	}
}

/**
 * Turns the lock on: a new data key wrapped by the passcode, and every child sealed in one
 * transaction with the setting (nothing is lost: a failure keeps everything as it was). The
 * app stays unlocked afterwards.
 */
export async function enableAppLock(passcode: string, database: AppDB, iterations?: number) {
	assertPassphrase(passcode);
	const memory = memoryOf(database);
	if (memory.enabled || (await storedLock(database))) throw new AppLockAlreadyOnError();
	const { wrapped, key } = await createWrappedKey(passcode, iterations);
	memory.key = key;
	memory.enabled = true;
	try {
		await sealAhead(database, await database.participants.toArray());
		await database.transaction('rw', [database.settings, database.participants], async () => {
			await database.settings.put({ key: APP_LOCK_SETTING, value: { wrapped } });
			await database.participants.bulkPut(await database.participants.toArray());
		});
	} catch (err) {
		memory.enabled = false;
		forget(memory);
		throw err;
	}
}

function forget(memory: LockMemory): void {
	memory.key = null;
	memory.opened.clear();
	memory.seals.clear();
}

/**
 * Opens the lock with the passcode: the data key in memory and every child's name opened.
 * A wrong passcode throws WrongPassphraseError and leaves the app locked.
 */
export async function unlockApp(passcode: string, database: AppDB): Promise<void> {
	const wrapped = await storedLock(database);
	if (!wrapped) throw new Error('the app lock is not on');
	const key = await unwrapKey(wrapped, passcode);
	const memory = memoryOf(database);
	const children = (await database.participants.toArray()) as unknown as Row[];
	for (const child of children) {
		const seal = child.sealed as Sealed | undefined;
		if (!seal || memory.opened.has(seal.ciphertext)) continue;
		const secret = await openChild(key, seal);
		memory.opened.set(seal.ciphertext, secret);
		memory.seals.set(sealKey(String(child.id), secret), seal);
	}
	memory.enabled = true;
	memory.key = key;
}

/** Locks now: the key and every opened name are forgotten. */
export function lockApp(database: AppDB): void {
	forget(memoryOf(database));
}

/**
 * Turns the lock off with the passcode: every child written back in plain text in one
 * transaction with the setting removed.
 */
export async function disableAppLock(passcode: string, database: AppDB): Promise<void> {
	await unlockApp(passcode, database);
	const memory = memoryOf(database);
	try {
		await database.transaction('rw', [database.settings, database.participants], async () => {
			const children = await database.participants.toArray();
			memory.enabled = false;
			await database.participants.bulkPut(children);
			await database.settings.delete(APP_LOCK_SETTING);
		});
	} catch (err) {
		memory.enabled = true;
		throw err;
	}
	forget(memory);
}
