/**
 * The encrypted signal log (issue 9) and the care settings. Only the record's id and group stay
 * readable in `signals`; the content, the child it is about and when it was written are one
 * AES-GCM ciphertext under a key derived from the coach's passphrase (issue 22). The key is
 * never stored: the caller holds it in memory (care-lock state).
 *
 * Records from before schema 3 carry the child and the times in the clear; every unlock seals
 * them, and carries out the erasures of single children asked for while the log was locked.
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
/** Children whose sealed signals must go at the next unlock (ids only: the child is erased). */
export const SIGNAL_ERASURES_SETTING = 'signalErasures';
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
	await sealLegacySignals(key, database);
	return key;
}

/** What one ciphertext holds since schema 3. */
interface SealedSignal {
	participantId: string;
	createdAt: string;
	updatedAt: string;
	content: string;
}

async function seal(
	key: CryptoKey,
	id: string,
	groupId: string,
	meta: SealedSignal
): Promise<SignalRecord> {
	return { id, groupId, ...(await sealText(key, JSON.stringify(meta))) };
}

/** The child, times and content of a record, old or new. */
async function unseal(key: CryptoKey, record: SignalRecord): Promise<SealedSignal> {
	const text = await openText(key, record);
	if (record.participantId !== undefined) {
		return {
			participantId: record.participantId,
			createdAt: record.createdAt ?? '',
			updatedAt: record.updatedAt ?? record.createdAt ?? '',
			content: text
		};
	}
	return JSON.parse(text) as SealedSignal;
}

/**
 * Seals the child and times of records written before schema 3, and erases the signals of
 * children erased while the log was locked. One transaction; a record changed meanwhile is kept.
 */
export async function sealLegacySignals(
	key: CryptoKey,
	database: AppDB = defaultDb
): Promise<void> {
	const erasures = (await database.settings.get(SIGNAL_ERASURES_SETTING))?.value;
	const erased = new Set(Array.isArray(erasures) ? (erasures as string[]) : []);
	const records = await database.signals.toArray();
	const resealed: SignalRecord[] = [];
	const gone: string[] = [];
	for (const record of records) {
		const isLegacy = record.participantId !== undefined;
		if (!isLegacy && erased.size === 0) continue;
		const meta = await unseal(key, record);
		if (erased.has(meta.participantId)) gone.push(record.id);
		else if (isLegacy) resealed.push(await seal(key, record.id, record.groupId, meta));
	}
	if (resealed.length === 0 && gone.length === 0 && erased.size === 0) return;
	await database.transaction('rw', [database.signals, database.settings], async () => {
		for (const record of resealed) {
			// Replace only what was read: a record rewritten meanwhile is already sealed.
			const now = await database.signals.get(record.id);
			if (now?.participantId !== undefined) await database.signals.put(record);
		}
		await database.signals.bulkDelete(gone);
		await database.settings.delete(SIGNAL_ERASURES_SETTING);
	});
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
		resealed.push(await seal(key, record.id, record.groupId, await unseal(oldKey, record)));
	}
	await database.transaction('rw', [database.settings, database.signals], async () => {
		if ((await database.signals.count()) !== records.length) {
			throw new Error('the signal log changed while the passphrase was being changed');
		}
		await database.signals.clear();
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

/** Saves a new signal (no id) or replaces an existing one, sealed with the key. */
export async function saveSignal(
	key: CryptoKey,
	input: { id?: string; participantId: string; groupId: string; content: SignalContent },
	database: AppDB = defaultDb
): Promise<string> {
	const id = input.id ?? newId();
	const existing = input.id ? await database.signals.get(input.id) : undefined;
	const now = nowIso();
	const createdAt = existing ? (await unseal(key, existing)).createdAt || now : now;
	const record = await seal(key, id, input.groupId, {
		participantId: input.participantId,
		createdAt,
		updatedAt: now,
		content: serialiseSignal(input.content)
	});
	await database.transaction('rw', [database.signals], async () => {
		await database.signals.put(record);
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
	const meta = await unseal(key, record);
	return {
		...deserialiseSignal(meta.content),
		id: record.id,
		participantId: meta.participantId,
		groupId: record.groupId,
		createdAt: meta.createdAt,
		updatedAt: meta.updatedAt
	};
}

/** Every signal, decrypted (which child a signal is about is known only after decrypting). */
async function allSignals(key: CryptoKey, database: AppDB): Promise<Signal[]> {
	const records = await database.signals.toArray();
	const signals: Signal[] = [];
	for (const record of records) signals.push(await openSignal(key, record));
	return signals;
}

/** One child's signals, decrypted, newest first. */
export async function childSignals(
	key: CryptoKey,
	participantId: string,
	database: AppDB = defaultDb
): Promise<Signal[]> {
	const signals = await allSignals(key, database);
	return sortSignals(signals.filter((signal) => signal.participantId === participantId));
}

/** How many signals each child has (needs the key: the child is sealed in each record). */
export async function signalCountsByChild(
	key: CryptoKey,
	database: AppDB = defaultDb
): Promise<Map<string, number>> {
	return countSignalsByChild(key, await database.signals.toArray());
}

/** The sealed records as stored (for a liveQuery: decrypt them outside it). */
export function sealedSignalRecords(database: AppDB = defaultDb): Promise<SignalRecord[]> {
	return database.signals.toArray();
}

/** How many of these records are about each child (records read elsewhere, e.g. a liveQuery). */
export async function countSignalsByChild(
	key: CryptoKey,
	records: readonly SignalRecord[]
): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (const record of records) {
		const { participantId } = await openSignal(key, record);
		counts.set(participantId, (counts.get(participantId) ?? 0) + 1);
	}
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
