/**
 * The device's sync database `kies-sync`, apart from the app's database so that yjs and y-dexie
 * load only with the sync code (lazily), never on the first page. It holds one Y.Doc per shared
 * group (y-dexie keeps every update in IndexedDB, so changes made offline survive closing the
 * browser), the shares (server, keys, members, sync state) and this device's sign-in.
 * Group keys stay here and in passphrase-protected backups only.
 */
import Dexie, { type EntityTable } from 'dexie';
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
	/** Raw group keys by key id; `keyId` is the one that encrypts. */
	keys: Record<string, string>;
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

	constructor(name = SYNC_DB_NAME) {
		super(name, { addons: [yDexie] });
		this.version(1).stores({ docs: 'id, doc:Y.Doc', shares: 'groupId', signin: 'id' });
	}
}

let instance: SyncDB | null = null;

/** The device's sync database (opened on first use). */
export function syncDb(): SyncDB {
	instance ??= new SyncDB();
	return instance;
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
	await database.transaction('rw', database.shares, () => database.shares.put(share));
}

/** Changes some fields of a share (sync state, members, keys). */
export async function updateShare(
	groupId: string,
	patch: Partial<Omit<ShareRecord, 'groupId'>>,
	database = syncDb()
): Promise<void> {
	await database.transaction('rw', database.shares, () => database.shares.update(groupId, patch));
}

export async function shareOf(groupId: string, database = syncDb()): Promise<ShareRecord | null> {
	return (await database.shares.get(groupId)) ?? null;
}

export async function allShares(database = syncDb()): Promise<ShareRecord[]> {
	return database.shares.toArray();
}

/** Removes a share and its document from this device (after leaving or being removed). */
export async function removeShare(groupId: string, database = syncDb()): Promise<void> {
	await database.transaction('rw', [database.shares, database.docs], async () => {
		await database.shares.delete(groupId);
		await database.docs.delete(groupId);
	});
}
