import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './db';
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
	unlockSignals
} from './signals';
import { WrongPassphraseError } from '$lib/domain/crypto';
import { emptySignal, type SignalContent } from '$lib/domain/signals';
import { makeParticipant } from '../../../tests/unit/factories';

const opened: AppDB[] = [];
function freshDb(): AppDB {
	const database = new AppDB(`test-${crypto.randomUUID()}`);
	opened.push(database);
	return database;
}

afterEach(async () => {
	for (const database of opened.splice(0)) await database.delete();
});

const PASSPHRASE = 'mijn geheime zin 2026';
const FACTS = 'Vertelt dat papa hem gisteren heeft geslagen met de riem.';

function makeContent(overrides: Partial<SignalContent> = {}): SignalContent {
	return { ...emptySignal('2026-03-02'), facts: FACTS, concerns: ['violence'], ...overrides };
}

describe('the encrypted signal log', () => {
	it('stores no plaintext of a signal, only ids and ciphertext', async () => {
		const database = freshDb();
		const child = makeParticipant({ name: 'Şeyma' });
		const key = await setPassphrase(PASSPHRASE, database);
		await saveSignal(
			key,
			{
				participantId: child.id,
				groupId: child.groupId,
				content: makeContent({ decision: 'Overleg met Veilig Thuis' })
			},
			database
		);

		const stored = await database.signals.toArray();
		expect(stored).toHaveLength(1);
		expect(Object.keys(stored[0]).sort()).toEqual(
			['ciphertext', 'createdAt', 'groupId', 'id', 'iv', 'participantId', 'updatedAt'].sort()
		);
		const everything = JSON.stringify({
			signals: stored,
			settings: await database.settings.toArray()
		});
		for (const secret of ['geslagen', 'riem', 'violence', 'Veilig Thuis', PASSPHRASE]) {
			expect(everything).not.toContain(secret);
		}
	});

	it('opens the signals again with the right passphrase after a lock', async () => {
		const database = freshDb();
		const child = makeParticipant();
		const key = await setPassphrase(PASSPHRASE, database);
		await saveSignal(
			key,
			{ participantId: child.id, groupId: child.groupId, content: makeContent() },
			database
		);

		const again = await unlockSignals(PASSPHRASE, database);
		const signals = await childSignals(again, child.id, database);
		expect(signals.map((s) => s.facts)).toEqual([FACTS]);
		expect(signals[0].concerns).toEqual(['violence']);
	});

	it('refuses a wrong passphrase and cannot read records with a different key', async () => {
		const database = freshDb();
		const child = makeParticipant();
		const key = await setPassphrase(PASSPHRASE, database);
		await saveSignal(
			key,
			{ participantId: child.id, groupId: child.groupId, content: makeContent() },
			database
		);

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
		const database = freshDb();
		const child = makeParticipant();
		const key = await setPassphrase(PASSPHRASE, database);
		await saveSignal(
			key,
			{ participantId: child.id, groupId: child.groupId, content: makeContent() },
			database
		);

		const newKey = await changePassphrase(key, 'een nieuwe wachtzin', database);
		await expect(unlockSignals(PASSPHRASE, database)).rejects.toBeInstanceOf(WrongPassphraseError);
		const reopened = await unlockSignals('een nieuwe wachtzin', database);
		expect((await childSignals(reopened, child.id, database)).map((s) => s.facts)).toEqual([FACTS]);
		expect(await childSignals(newKey, child.id, database)).toHaveLength(1);
	});

	it('edits a signal in place and counts signals per child without the key', async () => {
		const database = freshDb();
		const a = makeParticipant();
		const b = makeParticipant();
		const key = await setPassphrase(PASSPHRASE, database);
		const id = await saveSignal(
			key,
			{ participantId: a.id, groupId: a.groupId, content: makeContent() },
			database
		);
		await saveSignal(
			key,
			{
				id,
				participantId: a.id,
				groupId: a.groupId,
				content: makeContent({ steps: { 1: '2026-03-02', 2: '2026-03-05' } })
			},
			database
		);
		await saveSignal(
			key,
			{ participantId: b.id, groupId: b.groupId, content: makeContent() },
			database
		);

		const signals = await childSignals(key, a.id, database);
		expect(signals).toHaveLength(1);
		expect(signals[0].steps).toEqual({ 1: '2026-03-02', 2: '2026-03-05' });
		expect(Object.fromEntries(await signalCountsByChild(database))).toEqual({
			[a.id]: 1,
			[b.id]: 1
		});
	});

	it('erases the log and its passphrase when the coach starts over', async () => {
		const database = freshDb();
		const child = makeParticipant();
		const key = await setPassphrase(PASSPHRASE, database);
		await saveSignal(
			key,
			{ participantId: child.id, groupId: child.groupId, content: makeContent() },
			database
		);
		await eraseSignalLog(database);
		expect(await database.signals.count()).toBe(0);
		expect(await hasPassphrase(database)).toBe(false);
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
