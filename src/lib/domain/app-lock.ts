/**
 * The app lock's keys and seals (issue 22): a random AES-GCM data key seals a child's name and
 * notes at rest; the data key is stored only wrapped by a key derived from the coach's passcode
 * (PBKDF2-SHA-256, as the signal log's passphrase), the way Bitwarden and Standard Notes keep
 * their vault key. Pure WebCrypto, no storage: db/app-lock.ts keeps the wrapped key.
 */
import {
	deriveKey,
	fromBase64,
	openText,
	PBKDF2_ITERATIONS,
	randomBytes,
	sealText,
	toBase64,
	type Sealed
} from './crypto';
import { assertPassphrase } from './passphrase';

/** The wrapped data key and what is needed to unwrap it with the passcode. */
export interface WrappedKey {
	salt: string;
	iterations: number;
	iv: string;
	ciphertext: string;
}

/** The fields of a child that identify it: stored only sealed while the lock is on. */
export interface ChildSecret {
	name: string;
	notes: string;
}

async function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, [
		'encrypt',
		'decrypt'
	]);
}

/**
 * A fresh data key wrapped by the passcode (which must follow the passphrase rule); the key
 * handed back cannot be exported.
 */
export async function createWrappedKey(
	passcode: string,
	iterations = PBKDF2_ITERATIONS
): Promise<{ wrapped: WrappedKey; key: CryptoKey }> {
	assertPassphrase(passcode);
	const raw = randomBytes(32);
	const salt = randomBytes(16);
	const wrapping = await deriveKey(passcode, salt, iterations);
	const sealed = await sealText(wrapping, toBase64(raw));
	const key = await importDataKey(raw);
	raw.fill(0);
	return { wrapped: { salt: toBase64(salt), iterations, ...sealed }, key };
}

/** The data key, if the passcode opens it; otherwise WrongPassphraseError. */
export async function unwrapKey(wrapped: WrappedKey, passcode: string): Promise<CryptoKey> {
	const wrapping = await deriveKey(passcode, fromBase64(wrapped.salt), wrapped.iterations);
	const raw = fromBase64(await openText(wrapping, wrapped));
	try {
		return await importDataKey(raw);
	} finally {
		raw.fill(0);
	}
}

/** Seals a child's name and notes together. */
export function sealChild(key: CryptoKey, secret: ChildSecret): Promise<Sealed> {
	return sealText(key, JSON.stringify([secret.name, secret.notes]));
}

/** Opens what sealChild made; a wrong key or changed data throws WrongPassphraseError. */
export async function openChild(key: CryptoKey, sealed: Sealed): Promise<ChildSecret> {
	const [name, notes] = JSON.parse(await openText(key, sealed)) as [string, string];
	return { name, notes };
}

/** True for a value shaped like a wrapped key (a stored setting is checked before use). */
export function isWrappedKey(value: unknown): value is WrappedKey {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		typeof v.salt === 'string' &&
		typeof v.iv === 'string' &&
		typeof v.ciphertext === 'string' &&
		typeof v.iterations === 'number' &&
		v.iterations >= 100_000 &&
		v.iterations <= 10_000_000
	);
}

/** Print requests that hold children's names (the register, a session's kit, a series pack). */
const PRINTS_WITH_CHILDREN = ['session', 'group', 'register'];

/**
 * Pages that show no child, open while the app is locked: the start page, the card library and
 * printing cards. A print of a session, a group or a register holds names, so it waits for the code.
 */
export function openWhileLocked(path: string, search = ''): boolean {
	if (path === '/' || path === '') return true;
	if (path === '/werkvormen' || path.startsWith('/werkvormen/')) return true;
	if (path === '/print' || path.startsWith('/print/')) {
		const params = new URLSearchParams(search);
		return !PRINTS_WITH_CHILDREN.some((kind) => params.has(kind));
	}
	return false;
}
