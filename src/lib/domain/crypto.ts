/**
 * Passphrase encryption for files that leave the device and for data at rest:
 * WebCrypto AES-GCM (256-bit) with a key derived by PBKDF2-SHA-256 and a random salt.
 */

export const PBKDF2_ITERATIONS = 600_000;
export const ENCRYPTED_FORMAT = 'kies-encrypted';

export interface EncryptedFile {
	format: typeof ENCRYPTED_FORMAT;
	formatVersion: 1;
	kdf: 'PBKDF2-SHA-256';
	iterations: number;
	cipher: 'AES-GCM';
	salt: string;
	iv: string;
	ciphertext: string;
}

export interface Sealed {
	iv: string;
	ciphertext: string;
}

/** Raised when a passphrase does not open the data (or the data was changed). */
export class WrongPassphraseError extends Error {
	readonly code = 'wrong-passphrase';
	constructor() {
		super('wrong passphrase or damaged data');
	}
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(length));
}

/** Derives an AES-GCM key from a passphrase; the key cannot be exported. */
export async function deriveKey(
	passphrase: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations = PBKDF2_ITERATIONS
): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey(
		'raw',
		encoder.encode(passphrase),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** Encrypts text with a key; every call uses a fresh 96-bit IV. */
export async function sealText(key: CryptoKey, text: string): Promise<Sealed> {
	const iv = randomBytes(12);
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv },
		key,
		encoder.encode(text)
	);
	return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Decrypts what sealText made; a wrong key throws WrongPassphraseError. */
export async function openText(key: CryptoKey, sealed: Sealed): Promise<string> {
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: fromBase64(sealed.iv) },
			key,
			fromBase64(sealed.ciphertext)
		);
		return decoder.decode(plain);
	} catch {
		// AES-GCM cannot tell a wrong key from changed data: both mean "cannot open".
		throw new WrongPassphraseError();
	}
}

/** Encrypts a whole file's text with a passphrase. */
export async function encryptFile(text: string, passphrase: string): Promise<EncryptedFile> {
	const salt = randomBytes(16);
	const key = await deriveKey(passphrase, salt);
	const sealed = await sealText(key, text);
	return {
		format: ENCRYPTED_FORMAT,
		formatVersion: 1,
		kdf: 'PBKDF2-SHA-256',
		iterations: PBKDF2_ITERATIONS,
		cipher: 'AES-GCM',
		salt: toBase64(salt),
		...sealed
	};
}

/** True for the outer shape of an encrypted file. */
export function isEncryptedFile(value: unknown): value is EncryptedFile {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		v.format === ENCRYPTED_FORMAT &&
		typeof v.salt === 'string' &&
		typeof v.iv === 'string' &&
		typeof v.ciphertext === 'string' &&
		typeof v.iterations === 'number' &&
		v.iterations >= 100_000 &&
		v.iterations <= 10_000_000
	);
}

/** Decrypts an encrypted file's text; a wrong passphrase throws WrongPassphraseError. */
export async function decryptFile(file: EncryptedFile, passphrase: string): Promise<string> {
	let salt: Uint8Array<ArrayBuffer>;
	try {
		salt = fromBase64(file.salt);
	} catch {
		throw new WrongPassphraseError();
	}
	const key = await deriveKey(passphrase, salt, file.iterations);
	return openText(key, file);
}
