/**
 * The sync code's entry point, loaded lazily (dynamic import) by `$lib/state/sync.svelte.ts`:
 * sign-in, sharing, joining, members, re-keying, and one `GroupSync` per shared group.
 */
import {
	saveSharesCopy,
	setGroupShared,
	setSyncAccount,
	sharedGroupIds,
	sharesCopy
} from '$lib/db/shared';
import {
	allShares,
	currentSignin,
	forgetSignin,
	removeShare,
	saveShare,
	saveSignin,
	shareKeysOpen,
	shareOf,
	updateShare,
	type DeviceSignin,
	type MemberInfo,
	type ShareRecord
} from '$lib/db/sync-store';
import { appLockStatus } from '$lib/db/app-lock';
import { exportGroupKey, newDeviceKeys, newGroupKey } from './crypto';
import {
	api,
	assertAllowed,
	encodeInvitation,
	parseInvitation,
	parseSignin,
	serverOrigin,
	SyncError
} from './api';
import { GroupSync, type GroupSyncState } from './group-sync';
import { rekey } from './keys';

export type { GroupSyncState } from './group-sync';
export { SyncError } from './api';

type Listener = (groupId: string, state: GroupSyncState | null) => void;

const running = new Map<string, GroupSync>();
let listener: Listener = () => {};

/** Tells the UI every change of a group's sync state. */
export function onSyncState(fn: Listener): void {
	listener = fn;
	for (const [id, sync] of running) fn(id, sync.state());
}

async function requireSignin(): Promise<DeviceSignin> {
	const signin = await currentSignin();
	if (!signin) throw new SyncError('not-signed-in');
	return signin;
}

/** Exchanges a sign-in code for this device's token. `server` overrides the code's address. */
export async function signIn(code: string, server: string, deviceName: string) {
	const parsed = parseSignin(code);
	const origin = server.trim() ? serverOrigin(server) : parsed.server;
	if (!origin) throw new SyncError('bad-server');
	assertAllowed(origin);
	let result: { deviceId: string; deviceToken: string; account: DeviceSignin['account'] };
	try {
		result = await api(origin, 'POST', '/api/devices', null, { signin: parsed.code, deviceName });
	} catch (err) {
		// A refused sign-in code is a wrong (or used up) code, not a signed-out device.
		if (err instanceof SyncError && err.code === 'unauthorized') throw new SyncError('bad-signin');
		throw err;
	}
	const keys = await newDeviceKeys();
	const signin: DeviceSignin = {
		id: 'device',
		server: origin,
		deviceId: result.deviceId,
		deviceToken: result.deviceToken,
		account: result.account,
		privateKey: keys.privateKey,
		publicJwk: keys.publicJwk,
		signedInAt: new Date().toISOString()
	};
	await saveSignin(signin);
	await setSyncAccount({ server: origin, account: result.account });
	// Groups refused for a bad token get another chance with the new one: signing in again
	// (after a revoked device) restarts the running groups with the new token.
	for (const share of await allShares()) {
		if (share.refused === 'unauthorized') await updateShare(share.groupId, { refused: null });
	}
	stopAll();
	await startAll();
	return { server: origin, account: result.account };
}

/** Who this device is signed in as (null when not). */
export async function signedInAs() {
	const signin = await currentSignin();
	return signin ? { server: signin.server, account: signin.account } : null;
}

export async function signOut(): Promise<void> {
	stopAll();
	await forgetSignin();
	await setSyncAccount(null);
}

async function startGroup(share: ShareRecord, signin: DeviceSignin): Promise<GroupSync> {
	running.get(share.groupId)?.stop();
	const sync = new GroupSync(share, signin, (id, state) => listener(id, state));
	sync.onKeysChanged = () => void copySharesForBackup();
	running.set(share.groupId, sync);
	await sync.start();
	return sync;
}

/** Keeps the copy of the shares that backups carry (see db/shared.ts) up to date. */
async function copySharesForBackup(): Promise<void> {
	const shares = await allShares();
	await saveSharesCopy(
		shares.map(({ groupId, server, keys, keyId, members, sharedAt }) => ({
			groupId,
			server,
			keys,
			keyId,
			members,
			sharedAt
		}))
	);
}

/** Shares restored from a backup (in the settings) that this device's sync store lacks. */
async function restoreSharesFromBackup(shared: ReadonlySet<string>): Promise<void> {
	for (const copy of await sharesCopy()) {
		const groupId = String(copy.groupId);
		if (!shared.has(groupId) || (await shareOf(groupId))) continue;
		await saveShare({
			...(copy as unknown as ShareRecord),
			syncedAt: null,
			pendingSince: null,
			offlineSince: null,
			refused: null
		});
	}
}

/** A shared group's state while the app lock is closed: its key is sealed, sync waits. */
const LOCKED: GroupSyncState = {
	phase: 'locked',
	since: null,
	reason: null,
	pending: false,
	unreadable: 0
};

/**
 * The app lock closed: every group stops (the keys leave memory with it) and says it waits
 * for the passcode; `startAll` at the unlock continues where the document left off.
 */
export async function pauseForLock(): Promise<void> {
	stopAll();
	for (const groupId of await sharedGroupIds()) listener(groupId, LOCKED);
}

/** Starts every shared group of this device (after the app started, and at each unlock). */
export async function startAll(): Promise<void> {
	const shared = new Set(await sharedGroupIds());
	const lock = appLockStatus();
	if (lock.enabled && !lock.unlocked) {
		for (const groupId of shared) listener(groupId, LOCKED);
		return;
	}
	await restoreSharesFromBackup(shared);
	const signin = await currentSignin();
	if (!signin) return;
	// A restore replaces the settings: who is signed in is this device's own fact.
	await setSyncAccount({ server: signin.server, account: signin.account });
	for (const share of await allShares()) {
		if (!shared.has(share.groupId) || running.has(share.groupId)) continue;
		if (!shareKeysOpen(share)) {
			listener(share.groupId, LOCKED);
			continue;
		}
		try {
			await startGroup(share, signin);
		} catch (err) {
			console.error('sync start', share.groupId, err);
		}
	}
}

export function stopAll(): void {
	for (const sync of running.values()) sync.stop();
	running.clear();
}

function sharing(groupId: string): GroupSync {
	const sync = running.get(groupId);
	if (!sync) throw new SyncError('not-found');
	return sync;
}

/** The group's sync, waiting a moment while it starts after a page load. */
async function started(groupId: string): Promise<GroupSync> {
	for (let i = 0; i < 100 && !running.has(groupId); i++) {
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return sharing(groupId);
}

/** "Deel deze groep": creates the group on the server, starts syncing it, returns an invitation. */
export async function shareGroup(groupId: string): Promise<string> {
	const signin = await requireSignin();
	assertAllowed(signin.server);
	await api(signin.server, 'POST', '/api/groups', signin.deviceToken, { groupId });
	const { keyId, key } = await newGroupKey();
	const share: ShareRecord = {
		groupId,
		server: signin.server,
		keys: { [keyId]: await exportGroupKey(key) },
		keyId,
		members: [
			{
				accountId: signin.account.id,
				name: signin.account.name,
				joinedAt: new Date().toISOString()
			}
		],
		sharedAt: new Date().toISOString(),
		syncedAt: null,
		pendingSince: null,
		offlineSince: null,
		refused: null
	};
	await saveShare(share);
	await setGroupShared(groupId, true);
	await copySharesForBackup();
	await startGroup(share, signin);
	return createInvitation(groupId);
}

/** A new invitation for a shared group (a code and the content of the QR code). */
export async function createInvitation(groupId: string): Promise<string> {
	const signin = await requireSignin();
	const share = (await shareOf(groupId)) ?? sharing(groupId).share;
	const invite = await api<{ inviteId: string; inviteSecret: string; expiresAt: string }>(
		share.server,
		'POST',
		`/api/groups/${encodeURIComponent(groupId)}/invites`,
		signin.deviceToken
	);
	return encodeInvitation({
		server: share.server,
		groupId,
		inviteId: invite.inviteId,
		inviteSecret: invite.inviteSecret,
		groupKey: share.keys[share.keyId],
		keyId: share.keyId
	});
}

/** "Deelnemen met een uitnodiging": joins, then waits for the first full sync. */
export async function joinWithInvitation(
	code: string
): Promise<{ groupId: string; synced: boolean }> {
	const invite = await parseInvitation(code);
	const signin = await requireSignin();
	if (invite.server !== signin.server) throw new SyncError('bad-invite', 'other server');
	assertAllowed(invite.server);
	await api(
		invite.server,
		'POST',
		`/api/groups/${encodeURIComponent(invite.groupId)}/join`,
		signin.deviceToken,
		{
			inviteId: invite.inviteId,
			inviteSecret: invite.inviteSecret
		}
	);
	const earlier = await shareOf(invite.groupId);
	const share: ShareRecord = {
		groupId: invite.groupId,
		server: invite.server,
		keys: { ...(earlier?.keys ?? {}), [invite.keyId]: invite.groupKey },
		keyId: invite.keyId,
		members: earlier?.members ?? [],
		sharedAt: earlier?.sharedAt ?? new Date().toISOString(),
		syncedAt: null,
		pendingSince: null,
		offlineSince: null,
		refused: null
	};
	await saveShare(share);
	await setGroupShared(invite.groupId, true);
	await copySharesForBackup();
	const sync = await startGroup(share, signin);
	const synced = await sync.whenSynced();
	return { groupId: invite.groupId, synced };
}

/** The group's members, from the server (kept on the device for when it is offline). */
export async function members(groupId: string): Promise<MemberInfo[]> {
	const signin = await requireSignin();
	// Read from the store: the group's sync may still be starting after a page load.
	const share = (await shareOf(groupId)) ?? sharing(groupId).share;
	try {
		const list = await api<MemberInfo[]>(
			share.server,
			'GET',
			`/api/groups/${encodeURIComponent(groupId)}/members`,
			signin.deviceToken
		);
		await updateShare(groupId, { members: list });
		await copySharesForBackup();
		return list;
	} catch (err) {
		if (err instanceof SyncError && err.code === 'network') return share.members;
		throw err;
	}
}

/** Removes a member and re-keys the names for the members that stay; or leaves (yourself). */
export async function removeMember(groupId: string, accountId: string): Promise<void> {
	const signin = await requireSignin();
	const sync = await started(groupId);
	const path = `/api/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(accountId)}`;
	const self = accountId === signin.account.id;
	try {
		await api(sync.share.server, 'DELETE', path, signin.deviceToken);
	} catch (err) {
		// Leaving a group the server already took away (removed, or the group is gone) still
		// leaves it here: otherwise a removed member keeps a refused group for ever.
		const gone = err instanceof SyncError && (err.code === 'forbidden' || err.code === 'not-found');
		if (!(self && gone)) throw err;
	}
	if (self) {
		await leaveLocally(groupId);
		return;
	}
	const remaining = (await members(groupId)).map((m) => m.accountId);
	const fresh = await rekey(sync.doc, groupId, sync.device, sync.share.keys, remaining);
	await sync.useKey(fresh.keyId, fresh.raw, fresh.key);
	await copySharesForBackup();
}

/** Stops sharing on this device: the group stays here as a local group. */
export async function leaveLocally(groupId: string): Promise<void> {
	running.get(groupId)?.stop();
	running.delete(groupId);
	await setGroupShared(groupId, false);
	await removeShare(groupId);
	await copySharesForBackup();
	listener(groupId, null);
}

/** Tries a refused group again. */
export async function retry(groupId: string): Promise<void> {
	await running.get(groupId)?.retry();
}

/** The share record of a group (server, members, state) or null. */
export function shareFor(groupId: string): Promise<ShareRecord | null> {
	return shareOf(groupId);
}

/** For tests and benches: waits until the group's changes are confirmed by the server. */
export async function whenSynced(groupId: string, timeoutMs?: number): Promise<boolean> {
	return (await running.get(groupId)?.whenSynced(timeoutMs)) ?? false;
}
