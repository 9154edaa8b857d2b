/**
 * The app lock's seal at rest (issue 22). While it is on, a child's name and notes are stored only
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
import Dexie, {
	type DBCore,
	type DBCoreCursor,
	type DBCoreMutateRequest,
	type DBCoreTable,
	type Middleware
} from 'dexie';
import { openText, sealText, type Sealed } from '$lib/domain/crypto';
import { openChild, sealChild, type ChildSecret } from '$lib/domain/app-lock';
import {
	freeTexts,
	hasTextPath,
	isTextSealedTable,
	withoutTexts,
	withTexts,
	type TextSealedTable
} from '$lib/domain/app-lock-texts';

/** Thrown by a read of children's data or a write while the app is locked. */
export class AppLockedError extends Error {
	override readonly name = 'AppLockedError';
	readonly code = 'app-locked';
	constructor() {
		super('the app is locked: give the passcode first');
	}
}

/** Thrown when a writer stores a child's or a note's text it did not seal first (a bug, never plain text). */
export class NotSealedError extends Error {
	constructor(readonly id: string) {
		super(`record ${id} was written without sealing its text first`);
	}
}

export interface LockMemory {
	enabled: boolean;
	key: CryptoKey | null;
	/** ciphertext → the name and notes inside it */
	opened: Map<string, ChildSecret>;
	/** child id + name + notes → its seal */
	seals: Map<string, Sealed>;
	/** ciphertext → the free text inside it (sessions, meetings) */
	openedTexts: Map<string, string>;
	/** table + text → a seal of it */
	textSeals: Map<string, Sealed>;
	/** ciphertexts being opened in the background (see openLater) */
	opening: Set<string>;
}

const memories = new WeakMap<object, LockMemory>();

export function memoryOf(database: object): LockMemory {
	let memory = memories.get(database);
	if (!memory) {
		memory = {
			enabled: false,
			key: null,
			opened: new Map(),
			seals: new Map(),
			openedTexts: new Map(),
			textSeals: new Map(),
			opening: new Set()
		};
		memories.set(database, memory);
	}
	return memory;
}

export function sealKey(id: string, secret: ChildSecret): string {
	return JSON.stringify([id, secret.name, secret.notes]);
}

/**
 * Text seals are found by table and text: a writer that makes new records (a series from a
 * template, a restore) seals their texts before it knows their ids or paths. Two records with
 * the same text may share a ciphertext (a plan copied from a template does); nothing else is shown.
 */
export function textSealKey(table: string, text: string): string {
	return JSON.stringify([table, text]);
}

export type Row = Record<string, unknown>;
export type TextSeals = Record<string, Sealed>;

/**
 * A seal this tab has not opened while it holds the key: written by another tab since this one
 * was unlocked. It is opened in the background, then every live query reads again (Dexie's
 * storagemutated event), so the other tab's new name or note shows here too, not an empty one.
 */
function openLater(memory: LockMemory, seal: Sealed, open: (key: CryptoKey) => Promise<void>) {
	const key = memory.key;
	if (key === null || memory.opening.has(seal.ciphertext)) return;
	memory.opening.add(seal.ciphertext);
	open(key)
		.then(() => {
			if (memory.key === key) Dexie.on.storagemutated.fire({ all: true } as never);
		})
		.catch((err: unknown) => console.error('app lock: a seal from another tab', err));
}

/** A stored record as readers see it: the name and notes back in when they were opened. */
function opened(memory: LockMemory, value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	const row = value as Row;
	const sealed = row.sealed as Sealed | undefined;
	if (!sealed) return value;
	const secret = memory.opened.get(sealed.ciphertext);
	if (!secret) {
		openLater(memory, sealed, (key) =>
			openChild(key, sealed).then((found) => {
				memory.opened.set(sealed.ciphertext, found);
				memory.seals.set(sealKey(String(row.id), found), sealed);
			})
		);
		return value;
	}
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

/** A session or meeting as readers see it: the texts opened at unlock (or sealed here) put back. */
function openedWithTexts(memory: LockMemory, table: TextSealedTable, value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	const row = value as Row;
	const sealed = row.sealedTexts as TextSeals | undefined;
	if (!sealed) return value;
	const texts: Record<string, string> = {};
	const unknown: TextSeals = {};
	for (const [path, seal] of Object.entries(sealed)) {
		const text = memory.openedTexts.get(seal.ciphertext);
		if (text === undefined) {
			unknown[path] = seal;
			openLater(memory, seal, (key) =>
				openText(key, seal).then((found) => {
					memory.openedTexts.set(seal.ciphertext, found);
					memory.textSeals.set(textSealKey(table, found), seal);
				})
			);
		} else texts[path] = text;
	}
	const rest = { ...row };
	delete rest.sealedTexts;
	const out = withTexts(table, rest, texts);
	// A seal this tab could not open (written by another tab meanwhile) stays as it was.
	if (Object.keys(unknown).length > 0) out.sealedTexts = unknown;
	return out;
}

/** A session or meeting as it is stored while the lock is on. */
function storedWithTexts(memory: LockMemory, table: TextSealedTable, value: Row): Row {
	const id = String(value.id);
	const seals: TextSeals = {};
	for (const [path, text] of Object.entries(freeTexts(table, value))) {
		const seal = memory.textSeals.get(textSealKey(table, text));
		if (!seal) throw new NotSealedError(id);
		seals[path] = seal;
	}
	for (const [path, seal] of Object.entries((value.sealedTexts ?? {}) as TextSeals)) {
		if (!(path in seals) && hasTextPath(table, value, path)) seals[path] = seal;
	}
	const out = withoutTexts(table, value);
	delete out.sealedTexts;
	if (Object.keys(seals).length > 0) out.sealedTexts = seals;
	return out;
}

function isUpgrade(request: DBCoreMutateRequest): boolean {
	return (request.trans as unknown as { mode?: string }).mode === 'versionchange';
}

function openedCursor(open: (value: unknown) => unknown, cursor: DBCoreCursor): DBCoreCursor {
	return new Proxy(cursor, {
		get(target, property) {
			if (property === 'value') return open(target.value);
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/** The reads and writes of one table, with the lock's opening and sealing. */
function sealedTable(
	memory: LockMemory,
	table: DBCoreTable,
	open: (value: unknown) => unknown,
	store: (value: Row) => Row
): DBCoreTable {
	return {
		...table,
		get: (req) => table.get(req).then(open),
		getMany: (req) => table.getMany(req).then((values) => values.map(open)),
		query: (req) =>
			table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
		openCursor: (req) =>
			table
				.openCursor(req)
				.then((cursor) => (cursor && req.values ? openedCursor(open, cursor) : cursor)),
		mutate: (request) => {
			if (!memory.enabled || isUpgrade(request)) return table.mutate(request);
			if (memory.key === null) return Promise.reject(new AppLockedError());
			if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
			try {
				const values = request.values.map((v) => store(v as Row));
				return table.mutate({ ...request, values } as DBCoreMutateRequest);
			} catch (err) {
				return Promise.reject(err);
			}
		}
	};
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
				const memory = memoryOf(database);
				if (name === 'participants')
					return sealedTable(
						memory,
						table,
						(v) => opened(memory, v),
						(v) => stored(memory, v)
					);
				if (isTextSealedTable(name))
					return sealedTable(
						memory,
						table,
						(v) => openedWithTexts(memory, name, v),
						(v) => storedWithTexts(memory, name, v)
					);
				return table;
			}
		})
	};
}

/**
 * Seals the name and notes of these children ahead of a write (a no-op with the lock off).
 * Call before the transaction that writes them.
 */
export async function sealAhead(
	database: object,
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
 * Seals the free texts of these sessions or meetings ahead of a write (a no-op with the lock
 * off): whole records or only the fields a writer changes (`{ notes }`, `{ blocks }`). Call
 * before the transaction that writes them.
 */
export async function sealTextsAhead(
	database: object,
	table: TextSealedTable,
	records: readonly Row[]
): Promise<void> {
	const memory = memoryOf(database);
	if (!memory.enabled) return;
	const key = memory.key;
	if (key === null) throw new AppLockedError();
	for (const record of records) {
		for (const text of Object.values(freeTexts(table, record))) {
			const k = textSealKey(table, text);
			if (memory.textSeals.has(k)) continue;
			const seal = await sealText(key, text);
			memory.textSeals.set(k, seal);
			memory.openedTexts.set(seal.ciphertext, text);
		}
	}
}
