/**
 * Who made an exchange file: every coach has an ECDSA P-256 key pair (WebCrypto). The file
 * carries the public key and a signature over its format, export time and checksum (which
 * covers the data, coach id included). A coordinator pins the first key seen for a coach id
 * and refuses a file for that coach signed by any other key.
 */
import { fromBase64, toBase64 } from './crypto';
import { ImportError, sha256Hex } from './envelope';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A coach's key pair as stored in the profile (JWK, so it survives a backup as JSON). */
export interface SigningKeyPair {
	publicKey: JsonWebKey;
	privateKey: JsonWebKey;
}

/** What a signed envelope carries next to its data. */
export interface FileSignature {
	alg: 'ES256';
	publicKey: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
	value: string;
}

/** A new key pair for a coach. */
export async function generateSigningKey(): Promise<SigningKeyPair> {
	const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
	return {
		publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
		privateKey: await crypto.subtle.exportKey('jwk', pair.privateKey)
	};
}

function signedText(format: string, exportedAt: string, checksum: string): Uint8Array {
	return new TextEncoder().encode(`${format}\n${exportedAt}\n${checksum}`);
}

function publicPart(jwk: JsonWebKey): FileSignature['publicKey'] {
	return { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) };
}

/** The signature for an envelope's format, export time and checksum. */
export async function signEnvelope(
	keys: SigningKeyPair,
	envelope: { format: string; exportedAt: string; checksum: string }
): Promise<FileSignature> {
	const key = await crypto.subtle.importKey('jwk', keys.privateKey, ALGORITHM, false, ['sign']);
	const value = await crypto.subtle.sign(
		SIGN,
		key,
		signedText(envelope.format, envelope.exportedAt, envelope.checksum) as BufferSource
	);
	return {
		alg: 'ES256',
		publicKey: publicPart(keys.publicKey),
		value: toBase64(new Uint8Array(value))
	};
}

const B64URL = /^[A-Za-z0-9_-]{43}$/;

/**
 * Checks an envelope's signature; returns the signing key's fingerprint. A file without a
 * signature, with a malformed one, or one that does not match its content is refused.
 */
export async function verifyEnvelope(envelope: {
	format: string;
	exportedAt: string;
	checksum: string;
	signature?: unknown;
}): Promise<string> {
	const signature = envelope.signature as Partial<FileSignature> | undefined;
	if (typeof signature !== 'object' || signature === null) throw new ImportError('unsigned');
	const pub = signature.publicKey;
	if (
		signature.alg !== 'ES256' ||
		typeof signature.value !== 'string' ||
		signature.value.length > 200 ||
		typeof pub !== 'object' ||
		pub === null ||
		pub.kty !== 'EC' ||
		pub.crv !== 'P-256' ||
		!B64URL.test(String(pub.x)) ||
		!B64URL.test(String(pub.y))
	) {
		throw new ImportError('signature');
	}
	let valid: boolean;
	try {
		const key = await crypto.subtle.importKey('jwk', publicPart(pub), ALGORITHM, false, ['verify']);
		valid = await crypto.subtle.verify(
			SIGN,
			key,
			fromBase64(signature.value) as BufferSource,
			signedText(envelope.format, envelope.exportedAt, envelope.checksum) as BufferSource
		);
	} catch (err) {
		// A key that is not a point on the curve, or a signature that is not base64: not valid.
		throw new ImportError('signature', String(err));
	}
	if (!valid) throw new ImportError('signature');
	return keyFingerprint(publicPart(pub));
}

/** A short stable name of a public key: SHA-256 of its coordinates. */
export function keyFingerprint(publicKey: { x?: string; y?: string }): Promise<string> {
	return sha256Hex(`${publicKey.x}.${publicKey.y}`);
}
