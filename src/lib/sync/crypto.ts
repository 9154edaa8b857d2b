/**
 * Encryption of what identifies a child, before it enters a group's document (WebCrypto only).
 *
 * - The group key is an AES-GCM 256 key with a short `keyId`; it travels only inside the
 *   invitation and the per-device wrapped keys (see re-keying in DOC-SHAPE.md), never to the server.
 * - A field is stored as `enc1.<keyId>.<iv>.<ciphertext>` (base64url). The additional data binds
 *   the ciphertext to its group, record and field, so a server cannot swap two children's names.
 * - Each device has an ECDH P-256 key pair; a new group key is wrapped for every remaining device
 *   with AES-GCM under HKDF(ECDH(sender, receiver)).
 */

const te = new TextEncoder();
const td = new TextDecoder();

export const ENC_PREFIX = 'enc1.';

/** Bytes to base64url without padding. */
export function toB64u(bytes: Uint8Array | ArrayBuffer): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let text = '';
	for (const byte of view) text += String.fromCharCode(byte);
	return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Base64url (with or without padding) to bytes; throws on anything else. */
export function fromB64u(text: string): Uint8Array<ArrayBuffer> {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error('not base64url');
	const plain = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	const bytes = new Uint8Array(plain.length);
	for (let i = 0; i < plain.length; i++) bytes[i] = plain.charCodeAt(i);
	return bytes;
}

/** The keys of one shared group: the current one encrypts, every known one decrypts. */
export class GroupCipher {
	readonly keys = new Map<string, CryptoKey>();

	constructor(
		readonly groupId: string,
		public currentKeyId: string,
		key: CryptoKey
	) {
		this.keys.set(currentKeyId, key);
	}

	/** Adds a key (from a re-keying); `current` makes it the one that encrypts. */
	addKey(keyId: string, key: CryptoKey, current = false): void {
		this.keys.set(keyId, key);
		if (current) this.currentKeyId = keyId;
	}

	private aad(keyId: string, where: string): Uint8Array<ArrayBuffer> {
		return te.encode(`kies|${this.groupId}|${keyId}|${where}`);
	}

	/** Encrypts one field's text; `where` names the record and field (`child:<id>.name`). */
	async encrypt(plain: string, where: string): Promise<string> {
		const keyId = this.currentKeyId;
		const key = this.keys.get(keyId);
		if (!key) throw new Error(`no group key ${keyId}`);
		const iv = crypto.getRandomValues(new Uint8Array(12));
		const data = await crypto.subtle.encrypt(
			{ name: 'AES-GCM', iv, additionalData: this.aad(keyId, where) },
			key,
			te.encode(plain)
		);
		return `${ENC_PREFIX}${keyId}.${toB64u(iv)}.${toB64u(data)}`;
	}

	/** The key id a stored value was encrypted with, or null for a value that is not encrypted. */
	static keyIdOf(value: unknown): string | null {
		if (typeof value !== 'string' || !value.startsWith(ENC_PREFIX)) return null;
		return value.split('.')[1] ?? null;
	}

	/** Decrypts a stored field; throws when the key is unknown or the text was changed. */
	async decrypt(value: string, where: string): Promise<string> {
		const [prefix, keyId, iv, data, ...rest] = value.split('.');
		if (`${prefix}.` !== ENC_PREFIX || !keyId || !iv || !data || rest.length > 0) {
			throw new Error('not an encrypted field');
		}
		const key = this.keys.get(keyId);
		if (!key) throw new MissingKeyError(keyId);
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: fromB64u(iv), additionalData: this.aad(keyId, where) },
			key,
			fromB64u(data)
		);
		return td.decode(plain);
	}
}

export class MissingKeyError extends Error {
	constructor(readonly keyId: string) {
		super(`group key ${keyId} is not on this device`);
	}
}

/** A new random group key with its id. */
export async function newGroupKey(): Promise<{ keyId: string; key: CryptoKey; raw: string }> {
	const rawBytes = crypto.getRandomValues(new Uint8Array(32));
	const keyId = toB64u(crypto.getRandomValues(new Uint8Array(6)));
	const key = await importGroupKey(toB64u(rawBytes));
	return { keyId, key, raw: toB64u(rawBytes) };
}

/** Imports a raw base64url group key (from an invitation or a backup). */
export async function importGroupKey(raw: string): Promise<CryptoKey> {
	const bytes = fromB64u(raw);
	if (bytes.length !== 32) throw new Error('a group key has 32 bytes');
	return crypto.subtle.importKey('raw', bytes, 'AES-GCM', true, ['encrypt', 'decrypt']);
}

/** The raw base64url form of a group key, for the invitation and the encrypted backup only. */
export async function exportGroupKey(key: CryptoKey): Promise<string> {
	return toB64u(await crypto.subtle.exportKey('raw', key));
}

// ---- device key pairs and wrapped keys (re-keying) ----

export interface DeviceKeys {
	privateKey: CryptoKey;
	publicJwk: JsonWebKey;
}

/** A new ECDH key pair for this device; the private key cannot be exported. */
export async function newDeviceKeys(): Promise<DeviceKeys> {
	const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
		'deriveBits'
	]);
	return {
		privateKey: pair.privateKey,
		publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey)
	};
}

async function wrappingKey(
	privateKey: CryptoKey,
	peerJwk: JsonWebKey,
	info: string
): Promise<CryptoKey> {
	const peer = await crypto.subtle.importKey(
		'jwk',
		peerJwk,
		{ name: 'ECDH', namedCurve: 'P-256' },
		false,
		[]
	);
	const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: peer }, privateKey, 256);
	const hkdf = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: te.encode(info) },
		hkdf,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** Wraps a raw group key for one receiving device. */
export async function wrapGroupKey(
	raw: string,
	sender: DeviceKeys,
	receiverJwk: JsonWebKey,
	info: string
): Promise<string> {
	const key = await wrappingKey(sender.privateKey, receiverJwk, info);
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, fromB64u(raw));
	return `${toB64u(iv)}.${toB64u(data)}`;
}

/** Unwraps a group key that `senderJwk` wrapped for this device. */
export async function unwrapGroupKey(
	wrapped: string,
	receiver: DeviceKeys,
	senderJwk: JsonWebKey,
	info: string
): Promise<string> {
	const [iv, data] = wrapped.split('.');
	const key = await wrappingKey(receiver.privateKey, senderJwk, info);
	const raw = await crypto.subtle.decrypt(
		{ name: 'AES-GCM', iv: fromB64u(iv) },
		key,
		fromB64u(data)
	);
	return toB64u(raw);
}

/**
 * A proof that a device entry was written by someone who holds the group key (the server does
 * not): HMAC-SHA-256 under a key derived from the group key.
 */
export async function deviceProof(groupKeyRaw: string, entry: string): Promise<string> {
	const hkdf = await crypto.subtle.importKey('raw', fromB64u(groupKeyRaw), 'HKDF', false, [
		'deriveKey'
	]);
	const mac = await crypto.subtle.deriveKey(
		{
			name: 'HKDF',
			hash: 'SHA-256',
			salt: new Uint8Array(0),
			info: te.encode('kies-device-proof')
		},
		hkdf,
		{ name: 'HMAC', hash: 'SHA-256', length: 256 },
		false,
		['sign']
	);
	return toB64u(await crypto.subtle.sign('HMAC', mac, te.encode(entry)));
}
