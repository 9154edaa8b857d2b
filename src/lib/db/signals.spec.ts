import { describe, expect, it } from 'vitest';
import { getCareContact, saveCareContact } from './care-contact';
import {
	changePassphrase,
	childSignals,
	eraseSignalLog,
	hasPassphrase,
	PassphraseAlreadySetError,
	PassphraseTooShortError,
	saveSignal,
	setPassphrase,
	signalCountsByChild,
	CARE_IDLE_SETTING,
	CARE_KEY_SETTING,
	SIGNAL_ERASURES_SETTING,
	unlockSignals
} from './signals';
import { createBackup, inspectBackup, restoreBackup } from './backup';
import {
	ChildHasRecordsError,
	childDeletable,
	deleteChild,
	eraseParticipant,
	SignalLogLockedError
} from './privacy';
import { sealText, WrongPassphraseError } from '$lib/domain/crypto';
import { serialiseSignal, type SignalContent } from '$lib/domain/signals';
import type { Participant } from '$lib/model';
import { makeGroup, makeParticipant, makeSignalContent } from '../../../tests/unit/factories';
import { UNSTAMPED_SETTINGS } from './setting-stamps';
import { freshDb, type AppDB } from '../../../tests/unit/db';

const PASSPHRASE = 'mijn geheime zin 2026';
/** The factory's facts: the secrets looked for below are words from them. */
const FACTS = makeSignalContent().facts;

/** Seals a signal about `child` into the log. */
function logSignal(
	key: CryptoKey,
	child: Pick<Participant, 'id' | 'groupId'>,
	database: AppDB,
	content: Partial<SignalContent> = {}
) {
	return saveSignal(
		key,
		{ participantId: child.id, groupId: child.groupId, content: makeSignalContent(content) },
		database
	);
}

/** A log with its passphrase set and one signal about one child. */
async function logWithOneSignal() {
	const database = freshDb();
	const child = makeParticipant();
	const key = await setPassphrase(PASSPHRASE, database);
	await logSignal(key, child, database);
	return { database, child, key };
}

describe('the encrypted signal log', () => {
	it('stores no plaintext of a signal, nor which child or when: only its id and group', async () => {
		const database = freshDb();
		const child = makeParticipant({ name: 'Şeyma' });
		const key = await setPassphrase(PASSPHRASE, database);
		await logSignal(key, child, database, { decision: 'Overleg met Veilig Thuis' });

		const stored = await database.signals.toArray();
		expect(stored).toHaveLength(1);
		expect(Object.keys(stored[0]).sort()).toEqual(['ciphertext', 'groupId', 'id', 'iv'].sort());
		const everything = JSON.stringify({
			signals: stored,
			settings: await database.settings.toArray()
		});
		const year = new Date().getFullYear().toString();
		for (const secret of [
			'geslagen',
			'riem',
			'violence',
			'Veilig Thuis',
			PASSPHRASE,
			child.id,
			year
		]) {
			expect(everything).not.toContain(secret);
		}
	});

	it('opens the signals again with the right passphrase after a lock', async () => {
		const { database, child } = await logWithOneSignal();

		const again = await unlockSignals(PASSPHRASE, database);
		const signals = await childSignals(again, child.id, database);
		expect(signals.map((s) => s.facts)).toEqual([FACTS]);
		expect(signals[0].concerns).toEqual(['violence']);
	});

	it('refuses a wrong passphrase and cannot read records with a different key', async () => {
		const { database, child } = await logWithOneSignal();

		await expect(unlockSignals('mijn geheime zin 2025', database)).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
		const other = await setPassphrase('een andere zin', freshDb());
		await expect(childSignals(other, child.id, database)).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
	});

	it('refuses a short passphrase and a second first passphrase', async () => {
		const database = freshDb();
		await expect(setPassphrase('kort', database)).rejects.toBeInstanceOf(PassphraseTooShortError);
		expect(await hasPassphrase(database)).toBe(false);
		await setPassphrase(PASSPHRASE, database);
		await expect(setPassphrase('nog een zin hier', database)).rejects.toBeInstanceOf(
			PassphraseAlreadySetError
		);
	});

	it('changes the passphrase and keeps every signal readable with the new one only', async () => {
		const { database, child, key } = await logWithOneSignal();

		const newKey = await changePassphrase(key, 'een nieuwe wachtzin', database);
		await expect(unlockSignals(PASSPHRASE, database)).rejects.toBeInstanceOf(WrongPassphraseError);
		const reopened = await unlockSignals('een nieuwe wachtzin', database);
		expect((await childSignals(reopened, child.id, database)).map((s) => s.facts)).toEqual([FACTS]);
		expect(await childSignals(newKey, child.id, database)).toHaveLength(1);
	});

	it('edits a signal in place, keeps its first date, and counts signals per child with the key', async () => {
		const database = freshDb();
		const a = makeParticipant();
		const b = makeParticipant();
		const key = await setPassphrase(PASSPHRASE, database);
		const id = await logSignal(key, a, database);
		await saveSignal(
			key,
			{
				id,
				participantId: a.id,
				groupId: a.groupId,
				content: makeSignalContent({ steps: { 1: '2026-03-02', 2: '2026-03-05' } })
			},
			database
		);
		await logSignal(key, b, database);

		const signals = await childSignals(key, a.id, database);
		expect(signals).toHaveLength(1);
		expect(signals[0].steps).toEqual({ 1: '2026-03-02', 2: '2026-03-05' });
		expect(signals[0].createdAt <= signals[0].updatedAt).toBe(true);
		expect(Object.fromEntries(await signalCountsByChild(key, database))).toEqual({
			[a.id]: 1,
			[b.id]: 1
		});
	});

	it('erases the log and its passphrase when the coach starts over', async () => {
		const { database } = await logWithOneSignal();
		await eraseSignalLog(database);
		expect(await database.signals.count()).toBe(0);
		expect(await hasPassphrase(database)).toBe(false);
	});
});

describe('signals written before schema 3', () => {
	it('are sealed at the next unlock, child and times included, and still open', async () => {
		const database = freshDb();
		const child = makeParticipant();
		const key = await setPassphrase(PASSPHRASE, database);
		// A record as schemas 1 and 2 wrote it: the content sealed, the child and the times in the clear.
		const legacy = await sealText(key, serialiseSignal(makeSignalContent()));
		await database.signals.add({
			id: 'old-1',
			participantId: child.id,
			groupId: child.groupId,
			...legacy,
			createdAt: '2025-11-03T09:00:00.000Z',
			updatedAt: '2025-11-04T09:00:00.000Z'
		});

		const reopened = await unlockSignals(PASSPHRASE, database);

		const stored = await database.signals.get('old-1');
		expect(Object.keys(stored!).sort()).toEqual(['ciphertext', 'groupId', 'id', 'iv']);
		const [signal] = await childSignals(reopened, child.id, database);
		expect(signal).toMatchObject({
			id: 'old-1',
			facts: FACTS,
			participantId: child.id,
			createdAt: '2025-11-03T09:00:00.000Z',
			updatedAt: '2025-11-04T09:00:00.000Z'
		});
	});

	it('a child erased while the log was locked loses its sealed signals at the next unlock', async () => {
		const database = freshDb();
		const a = makeParticipant({ name: 'Ayla' });
		const b = makeParticipant({ name: 'Bram', groupId: a.groupId });
		await database.participants.bulkAdd([a, b]);
		const key = await setPassphrase(PASSPHRASE, database);
		for (const child of [a, b]) {
			await logSignal(key, child, database);
		}

		await eraseParticipant(a.id, database);
		expect(await database.signals.count()).toBe(2);

		const reopened = await unlockSignals(PASSPHRASE, database);
		expect(await database.signals.count()).toBe(1);
		expect(await childSignals(reopened, a.id, database)).toEqual([]);
		expect(await childSignals(reopened, b.id, database)).toHaveLength(1);
		expect(await database.settings.get(SIGNAL_ERASURES_SETTING)).toBeUndefined();
	});
});

describe('the care contact person', () => {
	it('is saved trimmed and removed when every field is empty', async () => {
		const database = freshDb();
		await saveCareContact({ name: ' Fatma de Vries ', phone: '020-1234567', email: '' }, database);
		expect(await getCareContact(database)).toEqual({
			name: 'Fatma de Vries',
			phone: '020-1234567',
			email: ''
		});
		await saveCareContact({ name: '', phone: ' ', email: '' }, database);
		expect(await getCareContact(database)).toBeNull();
	});
});

/** Every value and index of every store, read with IndexedDB itself (no Dexie in between). */
async function rawDump(name: string): Promise<{ values: string; indexes: string[] }> {
	const idb = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const stores = [...idb.objectStoreNames];
	const tx = idb.transaction(stores, 'readonly');
	const values: unknown[] = [];
	const indexes: string[] = [];
	await Promise.all(
		stores.map(
			(store) =>
				new Promise<void>((resolve, reject) => {
					const objectStore = tx.objectStore(store);
					for (const index of objectStore.indexNames) indexes.push(`${store}.${index}`);
					const all = objectStore.getAll();
					all.onsuccess = () => {
						values.push(all.result);
						resolve();
					};
					all.onerror = () => reject(all.error);
				})
		)
	);
	idb.close();
	return { values: JSON.stringify(values), indexes };
}

describe('the signal log at rest, read raw from IndexedDB', () => {
	it('keeps its settings without a time (a stamp would say when the log was used)', () => {
		expect([...UNSTAMPED_SETTINGS].sort()).toEqual(
			[CARE_KEY_SETTING, CARE_IDLE_SETTING, SIGNAL_ERASURES_SETTING].sort()
		);
	});

	it('holds neither the child nor the day or time of a signal in plain text', async () => {
		const database = freshDb();
		const child = makeParticipant({ id: 'child-ayla-7f3a', name: 'Ayla' });
		const key = await setPassphrase(PASSPHRASE, database);
		const before = new Date().toISOString().slice(0, 13); // the hour the record is written
		await logSignal(key, child, database, {
			date: '2026-02-17',
			steps: { 1: '2026-02-17', 2: '2026-02-19' }
		});
		database.close();

		const { values, indexes } = await rawDump(database.name);
		expect(values).toContain('ciphertext');
		for (const secret of [child.id, '2026-02-17', '2026-02-19', before, FACTS.slice(0, 20)]) {
			expect(values).not.toContain(secret);
		}
		expect(indexes).not.toContain('signals.participantId');
		expect(indexes).toContain('signals.groupId');
	});
});

describe('a child and its sealed signals', () => {
	it('is deleted only with the key when its group has sealed signals, and never with a signal', async () => {
		const database = freshDb();
		const a = makeParticipant({ name: 'Ayla' });
		const b = makeParticipant({ name: 'Bram', groupId: a.groupId });
		await database.participants.bulkAdd([a, b]);
		const key = await setPassphrase(PASSPHRASE, database);
		await logSignal(key, a, database);

		await expect(deleteChild(b.id, database)).rejects.toBeInstanceOf(SignalLogLockedError);
		await expect(deleteChild(a.id, database, key)).rejects.toBeInstanceOf(ChildHasRecordsError);
		expect(await childDeletable(a.id, database, key)).toBe(false);
		expect(await database.participants.count()).toBe(2);

		expect(await childDeletable(b.id, database, key)).toBe(true);
		await deleteChild(b.id, database, key);
		expect(await database.participants.get(b.id)).toBeUndefined();
		expect(await childSignals(key, a.id, database)).toHaveLength(1);
	});

	it('erased here stays without signals after a restore of an older backup that had them', async () => {
		const database = freshDb();
		const group = makeGroup();
		const a = makeParticipant({ name: 'Ayla', groupId: group.id });
		const b = makeParticipant({ name: 'Bram', groupId: group.id });
		await database.groups.add(group);
		await database.participants.bulkAdd([a, b]);
		const key = await setPassphrase(PASSPHRASE, database);
		for (const child of [a, b]) {
			await logSignal(key, child, database);
		}
		const { text } = await createBackup(
			{ includeSignals: true, passphrase: 'een lange wachtzin voor de back-up' },
			database
		);
		await eraseParticipant(a.id, database);
		await unlockSignals(PASSPHRASE, database);
		expect(await database.signals.count()).toBe(1);

		const contents = await inspectBackup(text, 'een lange wachtzin voor de back-up');
		await restoreBackup(contents, 'replace', database);
		// Sealed: the restore cannot tell whose they are, so Ayla's goes at the next unlock.
		expect(await database.signals.count()).toBe(2);
		const reopened = await unlockSignals(PASSPHRASE, database);
		expect(await childSignals(reopened, a.id, database)).toEqual([]);
		expect(await childSignals(reopened, b.id, database)).toHaveLength(1);
		expect((await database.participants.get(a.id))?.name).toBe('');
	});
});

describe("merging another device's signal log", () => {
	const OTHER = 'een heel andere wachtzin van het tweede apparaat';
	async function deviceWithSignal(passphrase: string, name: string) {
		const database = freshDb();
		const group = makeGroup();
		const child = makeParticipant({ name, groupId: group.id });
		await database.groups.add(group);
		await database.participants.add(child);
		const key = await setPassphrase(passphrase, database);
		await logSignal(key, child, database);
		return { database, child };
	}

	it('leaves out signals sealed under another passphrase, says how many, and keeps its own log readable', async () => {
		const here = await deviceWithSignal(PASSPHRASE, 'Ayla');
		const there = await deviceWithSignal(OTHER, 'Bram');
		const { text } = await createBackup(
			{ includeSignals: true, passphrase: OTHER },
			there.database
		);
		const outcome = await restoreBackup(await inspectBackup(text, OTHER), 'merge', here.database);
		expect(outcome.signalsLeftOut).toBe(1);
		expect(await here.database.signals.count()).toBe(1);
		const key = await unlockSignals(PASSPHRASE, here.database);
		expect(await childSignals(key, here.child.id, here.database)).toHaveLength(1);
		// The other device's child and its other records did come along.
		expect((await here.database.participants.get(there.child.id))?.name).toBe('Bram');
	});

	it('takes the signals of a device with no log of its own, readable with their passphrase', async () => {
		const there = await deviceWithSignal(OTHER, 'Bram');
		const { text } = await createBackup(
			{ includeSignals: true, passphrase: OTHER },
			there.database
		);
		const empty = freshDb();
		const outcome = await restoreBackup(await inspectBackup(text, OTHER), 'merge', empty);
		expect(outcome.signalsLeftOut).toBe(0);
		const key = await unlockSignals(OTHER, empty);
		expect(await childSignals(key, there.child.id, empty)).toHaveLength(1);
	});
});
