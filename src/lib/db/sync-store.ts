/**
 * The device's sync database `kies-sync`, apart from the app's database so that yjs and y-dexie
 * load only with the sync code (lazily), never on the first page. It holds one Y.Doc per shared
 * group (y-dexie keeps every update in IndexedDB, so changes made offline survive closing the
 * browser), the shares (server, keys, members, sync state) and this device's sign-in.
 * Group keys stay here and in passphrase-protected backups only. While the app lock is on, a
 * share's group keys are stored only sealed with the app lock's data key (`sealedKeys`; `keys`
 * stays empty): with this database alone nobody can read the names in a group's document.
 */
import Dexie, { type EntityTable } from 'dexie';
import { db as defaultAppDb, type AppDB } from './db';
import { shareAtRest, shareOpened } from './share-keys';
import type { Sealed } from '$lib/domain/crypto';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';

export const SYNC_DB_NAME = 'kies-sync';

export interface SharedDoc {
	id: string;
	doc: Y.Doc;
}

export interface MemberInfo {
	accountId: string;
	name: string;
	joinedAt: string;
}

/** Why the server refused a group, as the contract names it. */
export type RefusalCode =
	| 'unauthorized'
	| 'forbidden'
	| 'not-found'
	| 'too-large'
	| 'rate-limited'
	| 'limit-reached'
	| 'removed';

export interface ShareRecord {
	groupId: string;
	/** The server's http(s) origin. */
	server: string;
	/** Raw group keys by key id; `keyId` is the one that encrypts. Empty while the app is locked. */
	keys: Record<string, string>;
	/** At rest while the app lock is on: `keys` sealed with its data key (never handed out). */
	sealedKeys?: Sealed;
	keyId: string;
	members: MemberInfo[];
	sharedAt: string;
	/** Last time the server had everything this device wrote. */
	syncedAt: string | null;
	/** Set while this device has changes the server has not confirmed. */
	pendingSince: string | null;
	/** Set when the connection was lost (and it was not refused). */
	offlineSince: string | null;
	refused: RefusalCode | null;
}

export interface DeviceSignin {
	/** Always 'device': one sign-in per device. */
	id: 'device';
	server: string;
	deviceId: string;
	deviceToken: string;
	account: { id: string; name: string; role: string };
	/** This device's ECDH key pair for re-keying (the private key is not extractable). */
	privateKey: CryptoKey;
	publicJwk: JsonWebKey;
	signedInAt: string;
}

export class SyncDB extends Dexie {
	docs!: EntityTable<SharedDoc, 'id'>;
	shares!: EntityTable<ShareRecord, 'groupId'>;
	signin!: EntityTable<DeviceSignin, 'id'>;

	/** The app's database, whose lock seals the group keys here. */
	readonly appDb: AppDB;

	constructor(name = SYNC_DB_NAME, appDb: AppDB = defaultAppDb) {
		super(name, { addons: [yDexie] });
		this.version(1).stores({ docs: 'id, doc:Y.Doc', shares: 'groupId', signin: 'id' });
		this.appDb = appDb;
		syncOf.set(appDb, this);
	}
}

const syncOf = new WeakMap<AppDB, SyncDB>();
let instance: SyncDB | null = null;

/** The device's sync database (opened on first use). */
export function syncDb(): SyncDB {
	instance ??= new SyncDB();
	return instance;
}

/** The sync database that belongs to an app database (the device's own for the app's). */
export function syncDbOf(appDb: AppDB): SyncDB {
	return syncOf.get(appDb) ?? (appDb === defaultAppDb ? syncDb() : new SyncDB(SYNC_DB_NAME, appDb));
}

/** Whether this share's group keys are at hand (not while the app lock keeps them sealed). */
export function shareKeysOpen(share: ShareRecord): boolean {
	return Boolean(share.keys[share.keyId]);
}

/**
 * Writes every share's group keys again as the app lock now says: sealed while it is on, plain
 * when it was turned off (called by db/app-lock.ts with the data key still in memory).
 */
export async function resealShareKeys(appDb: AppDB): Promise<void> {
	const database = syncDbOf(appDb);
	const shares = await Promise.all(
		(await database.shares.toArray()).map((s) => shareOpened(s, database.appDb))
	);
	const stored = await Promise.all(shares.map((s) => shareAtRest(s, database.appDb)));
	await database.transaction('rw', database.shares, () => database.shares.bulkPut(stored));
}

/** The Y.Doc row of a group, created when missing. */
export async function sharedDoc(groupId: string, database = syncDb()): Promise<Y.Doc> {
	return database.transaction('rw', database.docs, async () => {
		const row = await database.docs.get(groupId);
		if (row) return row.doc;
		await database.docs.add({ id: groupId } as SharedDoc);
		return (await database.docs.get(groupId))!.doc;
	});
}

/** Saves this device's sign-in (replacing an earlier one). */
export async function saveSignin(signin: DeviceSignin, database = syncDb()): Promise<void> {
	await database.transaction('rw', database.signin, () => database.signin.put(signin));
}

export async function currentSignin(database = syncDb()): Promise<DeviceSignin | null> {
	return (await database.signin.get('device')) ?? null;
}

/** Forgets the sign-in (the shares stay, but cannot sync until signed in again). */
export async function forgetSignin(database = syncDb()): Promise<void> {
	await database.transaction('rw', database.signin, () => database.signin.delete('device'));
}

export async function saveShare(share: ShareRecord, database = syncDb()): Promise<void> {
	const stored = await shareAtRest(share, database.appDb);
	await database.transaction('rw', database.shares, () => database.shares.put(stored));
}

/** Changes some fields of a share (sync state, members, keys). */
export async function updateShare(
	groupId: string,
	patch: Partial<Omit<ShareRecord, 'groupId'>>,
	database = syncDb()
): Promise<void> {
	const stored = await shareAtRest(patch, database.appDb);
	await database.transaction('rw', database.shares, () => database.shares.update(groupId, stored));
}

export async function shareOf(groupId: string, database = syncDb()): Promise<ShareRecord | null> {
	const share = await database.shares.get(groupId);
	return share ? shareOpened(share, database.appDb) : null;
}

export async function allShares(database = syncDb()): Promise<ShareRecord[]> {
	return Promise.all((await database.shares.toArray()).map((s) => shareOpened(s, database.appDb)));
}

/** Removes a share and its document from this device (after leaving or being removed). */
export async function removeShare(groupId: string, database = syncDb()): Promise<void> {
	await database.transaction('rw', [database.shares, database.docs], async () => {
		await database.shares.delete(groupId);
		await database.docs.delete(groupId);
	});
}
