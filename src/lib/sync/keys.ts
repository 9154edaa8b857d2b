/**
 * Group keys in the doc: each device publishes its public key (with a proof that it holds the
 * group key, which the server cannot forge); after a member is removed, the remover makes a new
 * key, wraps it for every remaining member's device and seals every name again with it.
 */
import type * as Y from 'yjs';
import {
	deviceProof,
	importGroupKey,
	newGroupKey,
	unwrapGroupKey,
	wrapGroupKey,
	type DeviceKeys
} from './crypto';
import { docMaps } from './shape';
import { LOCAL_ORIGIN } from './mirror';

export interface DeviceEntry {
	accountId: string;
	name: string;
	publicJwk: JsonWebKey;
	keyId: string;
	proof: string;
}

export interface ThisDevice extends DeviceKeys {
	deviceId: string;
	accountId: string;
	name: string;
}

function proofText(groupId: string, deviceId: string, entry: Omit<DeviceEntry, 'proof'>): string {
	return JSON.stringify([groupId, deviceId, entry.accountId, entry.keyId, entry.publicJwk]);
}

function wrapInfo(groupId: string, keyId: string): string {
	return `kies-wrap-1|${groupId}|${keyId}`;
}

/** Writes this device's public key into the doc (once per key id). */
export async function publishDevice(
	doc: Y.Doc,
	groupId: string,
	me: ThisDevice,
	keyId: string,
	rawKey: string
): Promise<void> {
	const { devices } = docMaps(doc);
	const known = devices.get(me.deviceId) as DeviceEntry | undefined;
	if (known && known.keyId === keyId) return;
	const entry = { accountId: me.accountId, name: me.name, publicJwk: me.publicJwk, keyId };
	const proof = await deviceProof(rawKey, proofText(groupId, me.deviceId, entry));
	doc.transact(() => devices.set(me.deviceId, { ...entry, proof }), LOCAL_ORIGIN);
}

/** Devices whose entry carries a valid proof under a key we hold. */
async function provenDevices(
	doc: Y.Doc,
	groupId: string,
	keys: Record<string, string>
): Promise<Map<string, DeviceEntry>> {
	const proven = new Map<string, DeviceEntry>();
	for (const [deviceId, value] of docMaps(doc).devices.entries()) {
		const entry = value as unknown as DeviceEntry;
		const raw = keys[entry?.keyId];
		if (!raw) continue;
		const { proof, ...rest } = entry;
		if (proof === (await deviceProof(raw, proofText(groupId, deviceId, rest))))
			proven.set(deviceId, entry);
	}
	return proven;
}

/**
 * After removing `removedAccountId`: a new key, wrapped for the proven devices of the members
 * that stay. Returns the new key (the caller seals every field again with it).
 */
export async function rekey(
	doc: Y.Doc,
	groupId: string,
	me: ThisDevice,
	keys: Record<string, string>,
	remainingAccounts: readonly string[]
): Promise<{ keyId: string; raw: string; key: CryptoKey; wrappedFor: number }> {
	const fresh = await newGroupKey();
	const devices = await provenDevices(doc, groupId, keys);
	const wrapped: Record<string, { from: string; wrapped: string }> = {};
	for (const [deviceId, entry] of devices) {
		if (deviceId === me.deviceId || !remainingAccounts.includes(entry.accountId)) continue;
		wrapped[deviceId] = {
			from: me.deviceId,
			wrapped: await wrapGroupKey(fresh.raw, me, entry.publicJwk, wrapInfo(groupId, fresh.keyId))
		};
	}
	const { keyring, meta, devices: deviceMap } = docMaps(doc);
	doc.transact(() => {
		keyring.set(fresh.keyId, wrapped);
		meta.set('keyId', fresh.keyId);
		for (const [deviceId, entry] of devices) {
			if (!remainingAccounts.includes(entry.accountId)) deviceMap.delete(deviceId);
		}
	}, LOCAL_ORIGIN);
	return { ...fresh, wrappedFor: Object.keys(wrapped).length };
}

/** Keys wrapped for this device that it does not hold yet (after someone re-keyed). */
export async function receiveKeys(
	doc: Y.Doc,
	groupId: string,
	me: ThisDevice,
	keys: Record<string, string>
): Promise<{ keyId: string; raw: string; key: CryptoKey }[]> {
	const { keyring } = docMaps(doc);
	const found: { keyId: string; raw: string; key: CryptoKey }[] = [];
	const proven = await provenDevices(doc, groupId, keys);
	for (const [keyId, value] of keyring.entries()) {
		if (keys[keyId]) continue;
		const mine = (value as Record<string, { from: string; wrapped: string } | undefined>)[
			me.deviceId
		];
		// Only a device that proved it holds the group key may hand out a new one.
		const sender = mine ? proven.get(mine.from) : undefined;
		if (!mine || !sender) continue;
		try {
			const raw = await unwrapGroupKey(
				mine.wrapped,
				me,
				sender.publicJwk,
				wrapInfo(groupId, keyId)
			);
			found.push({ keyId, raw, key: await importGroupKey(raw) });
		} catch {
			// Not for us after all (or changed on the way): the names stay readable with the old key.
		}
	}
	return found;
}

/** The key id the doc says encrypts now. */
export function currentKeyId(doc: Y.Doc): string | null {
	const value = docMaps(doc).meta.get('keyId');
	return typeof value === 'string' ? value : null;
}
