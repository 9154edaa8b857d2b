/**
 * The encrypted signal log (issue 9) and the care settings. Only ids stay readable in
 * `signals`; the content is AES-GCM ciphertext under a key derived from the coach's
 * passphrase. The key is never stored: the caller holds it in memory (care-lock state).
 *
 * Crypto runs outside Dexie transactions: awaiting WebCrypto inside one would end it.
 */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type { SignalRecord } from '$lib/model';
import {
	deriveKey,
	fromBase64,
	openText,
	PBKDF2_ITERATIONS,
	randomBytes,
	sealText,
	toBase64,
	WrongPassphraseError,
	type Sealed
} from '$lib/domain/crypto';
import {
	deserialiseSignal,
	serialiseSignal,
	sortSignals,
	type Signal,
	type SignalContent
} from '$lib/domain/signals';
import { assertPassphrase } from '$lib/domain/passphrase';
export { PassphraseTooShortError } from '$lib/domain/passphrase';

export const CARE_KEY_SETTING = 'careKeySalt';
export const CARE_IDLE_SETTING = 'careIdleMinutes';
export const DEFAULT_IDLE_MINUTES = 5;

/** The known text sealed with the key, so a wrong passphrase is told apart from a right one. */
const VERIFIER_TEXT = 'kies-care-verifier-v1';

export interface CareKeySetting {
	salt: string;
	iterations: number;
	verifier: Sealed;
}

export class PassphraseAlreadySetError extends Error {
	readonly code = 'passphrase-already-set';
	constructor() {
		super('a passphrase is already set');
	}
}

async function keySetting(database: AppDB): Promise<CareKeySetting | null> {
	const row = await database.settings.get(CARE_KEY_SETTING);
	const v = row?.value as CareKeySetting | undefined;
	if (!v || typeof v.salt !== 'string' || typeof v.iterations !== 'number' || !v.verifier) {
		return null;
	}
	return v;
}

async function newKeySetting(
	passphrase: string,
	iterations: number
): Promise<{ key: CryptoKey; setting: CareKeySetting }> {
	assertPassphrase(passphrase);
	const salt = randomBytes(16);
	const key = await deriveKey(passphrase, salt, iterations);
	const verifier = await sealText(key, VERIFIER_TEXT);
	return { key, setting: { salt: toBase64(salt), iterations, verifier } };
}

/** True when the coach has set a passphrase for the signal log. */
export async function hasPassphrase(database: AppDB = defaultDb): Promise<boolean> {
	return (await keySetting(database)) !== null;
}

/** Sets the first passphrase and returns the key to hold in memory. */
export async function setPassphrase(
	passphrase: string,
	database: AppDB = defaultDb,
	iterations = PBKDF2_ITERATIONS
): Promise<CryptoKey> {
	if (await hasPassphrase(database)) throw new PassphraseAlreadySetError();
	const { key, setting } = await newKeySetting(passphrase, iterations);
	await database.transaction('rw', [database.settings], async () => {
		if (await database.settings.get(CARE_KEY_SETTING)) throw new PassphraseAlreadySetError();
		await database.settings.put({ key: CARE_KEY_SETTING, value: setting });
	});
	return key;
}

/** Opens the log with the passphrase; a wrong one throws WrongPassphraseError. */
export async function unlockSignals(
	passphrase: string,
	database: AppDB = defaultDb
): Promise<CryptoKey> {
	const setting = await keySetting(database);
	if (!setting) throw new WrongPassphraseError();
	const key = await deriveKey(passphrase, fromBase64(setting.salt), setting.iterations);
	if ((await openText(key, setting.verifier)) !== VERIFIER_TEXT) throw new WrongPassphraseError();
	return key;
}

/**
 * Changes the passphrase: every signal is decrypted with the old key and sealed again with
 * the new one, then all of it is written in one transaction. Returns the new key.
 */
export async function changePassphrase(
	oldKey: CryptoKey,
	newPassphrase: string,
	database: AppDB = defaultDb,
	iterations = PBKDF2_ITERATIONS
): Promise<CryptoKey> {
	const current = await keySetting(database);
	if (!current || (await openText(oldKey, current.verifier)) !== VERIFIER_TEXT) {
		throw new WrongPassphraseError();
	}
	const { key, setting } = await newKeySetting(newPassphrase, iterations);
	const records = await database.signals.toArray();
	const resealed: SignalRecord[] = [];
	for (const record of records) {
		const sealed = await sealText(key, await openText(oldKey, record));
		resealed.push({ ...record, ...sealed });
	}
	await database.transaction('rw', [database.settings, database.signals], async () => {
		if ((await database.signals.count()) !== records.length) {
			throw new Error('the signal log changed while the passphrase was being changed');
		}
		await database.signals.bulkPut(resealed);
		await database.settings.put({ key: CARE_KEY_SETTING, value: setting });
	});
	return key;
}

/** Erases the whole signal log and its passphrase (for a forgotten passphrase). */
export async function eraseSignalLog(database: AppDB = defaultDb): Promise<void> {
	await database.transaction('rw', [database.settings, database.signals], async () => {
		await database.signals.clear();
		await database.settings.delete(CARE_KEY_SETTING);
	});
}

/** Saves a new signal (no id) or replaces an existing one, encrypted with the key. */
export async function saveSignal(
	key: CryptoKey,
	input: { id?: string; participantId: string; groupId: string; content: SignalContent },
	database: AppDB = defaultDb
): Promise<string> {
	const sealed = await sealText(key, serialiseSignal(input.content));
	const id = input.id ?? newId();
	const now = nowIso();
	await database.transaction('rw', [database.signals], async () => {
		const existing = input.id ? await database.signals.get(input.id) : undefined;
		await database.signals.put({
			id,
			participantId: input.participantId,
			groupId: input.groupId,
			...sealed,
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
	});
	return id;
}

/** Removes one signal. */
export async function deleteSignal(id: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction('rw', [database.signals], async () => {
		await database.signals.delete(id);
	});
}

/** Decrypts one record; a wrong key throws WrongPassphraseError. */
export async function openSignal(key: CryptoKey, record: SignalRecord): Promise<Signal> {
	const content = deserialiseSignal(await openText(key, record));
	return {
		...content,
		id: record.id,
		participantId: record.participantId,
		groupId: record.groupId,
		createdAt: record.createdAt,
		updatedAt: record.updatedAt
	};
}

/** One child's signals, decrypted, newest first. */
export async function childSignals(
	key: CryptoKey,
	participantId: string,
	database: AppDB = defaultDb
): Promise<Signal[]> {
	const records = await database.signals.where('participantId').equals(participantId).toArray();
	const signals: Signal[] = [];
	for (const record of records) signals.push(await openSignal(key, record));
	return sortSignals(signals);
}

/** How many signals each child has (readable without the key: only ids are counted). */
export async function signalCountsByChild(
	database: AppDB = defaultDb
): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	await database.signals.each((record) => {
		counts.set(record.participantId, (counts.get(record.participantId) ?? 0) + 1);
	});
	return counts;
}

/** Minutes of no activity after which the log locks itself. */
export async function getIdleMinutes(database: AppDB = defaultDb): Promise<number> {
	const v = (await database.settings.get(CARE_IDLE_SETTING))?.value;
	return typeof v === 'number' && v >= 1 && v <= 60 ? v : DEFAULT_IDLE_MINUTES;
}

export async function saveIdleMinutes(minutes: number, database: AppDB = defaultDb): Promise<void> {
	const value = Math.min(60, Math.max(1, Math.round(minutes)));
	await database.transaction('rw', [database.settings], async () => {
		await database.settings.put({ key: CARE_IDLE_SETTING, value });
	});
}
