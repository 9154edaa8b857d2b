/**
 * The exchange on the device: the coach's profile, building an export file of chosen groups,
 * importing coaches' files (validate fully, then one transaction) and removing an import.
 */
import { assertPassphrase } from '$lib/domain/passphrase';
import { db, newId, nowIso, SCHEMA_VERSION, type AppDB } from './db';
import { APP_VERSION } from '$lib/version';
import { sharedGroupIds } from './shared';
import type { CoachProfile, ExchangeData, ExchangeImport, ImportedGroup } from '$lib/model';
import {
	generateSigningKey,
	signEnvelope,
	verifyEnvelope,
	type SigningKeyPair
} from '$lib/domain/signing';
import {
	toBase64,
	randomBytes,
	encryptFile,
	isEncryptedFile,
	decryptFile
} from '$lib/domain/crypto';
import { ImportError, makeEnvelope, parseJsonSafely, readEnvelope } from '$lib/domain/envelope';
import {
	EXCHANGE_FORMAT,
	EXCHANGE_FORMAT_VERSION,
	exchangeGroup,
	importedGroupId,
	importedGroupRecord,
	isExportInstant,
	planImport,
	pseudonym,
	validateExchange,
	type ImportDecision
} from '$lib/domain/exchange';

const PROFILE_KEY = 'coachProfile';

function isProfile(value: unknown): value is CoachProfile {
	const v = value as CoachProfile | null;
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof v.id === 'string' &&
		typeof v.name === 'string' &&
		typeof v.secret === 'string'
	);
}

/** The coach's profile, created (random id and secret) the first time it is needed. */
export async function getCoachProfile(database: AppDB = db): Promise<CoachProfile> {
	return database.transaction('rw', [database.settings], async () => {
		const found = await database.settings.get(PROFILE_KEY);
		if (found && isProfile(found.value)) return found.value;
		const profile: CoachProfile = { id: newId(), name: '', secret: toBase64(randomBytes(32)) };
		await database.settings.put({ key: PROFILE_KEY, value: profile });
		return profile;
	});
}

/** The profile with its signing key, made (outside any transaction: WebCrypto is async) when missing. */
async function signingProfile(
	database: AppDB
): Promise<CoachProfile & { signingKey: SigningKeyPair }> {
	const profile = await getCoachProfile(database);
	if (profile.signingKey) return profile as CoachProfile & { signingKey: SigningKeyPair };
	const signingKey = await generateSigningKey();
	return database.transaction('rw', [database.settings], async () => {
		const current = (await database.settings.get(PROFILE_KEY))?.value as CoachProfile;
		// Another tab may have made one meanwhile: keep the first.
		const next = { ...current, signingKey: current.signingKey ?? signingKey };
		await database.settings.put({ key: PROFILE_KEY, value: next });
		return next as CoachProfile & { signingKey: SigningKeyPair };
	});
}

/** Coach id → fingerprint of the first key that signed a file of that coach here. */
export const COACH_KEYS_SETTING = 'exchangeCoachKeys';

/** The profile if there is one, without creating it. */
export async function findCoachProfile(database: AppDB = db): Promise<CoachProfile | null> {
	const found = await database.settings.get(PROFILE_KEY);
	return found && isProfile(found.value) ? found.value : null;
}

/** Sets the name coordinators see for this coach's exports. */
export async function setCoachName(name: string, database: AppDB = db): Promise<void> {
	await database.transaction('rw', [database.settings], async () => {
		const profile = await getCoachProfile(database);
		await database.settings.put({ key: PROFILE_KEY, value: { ...profile, name: name.trim() } });
	});
}

/** A pseudonymous exchange file of the chosen groups, encrypted when a passphrase is given. */
export async function buildExchangeFile(
	groupIds: string[],
	passphrase = '',
	database: AppDB = db,
	now: Date = new Date()
): Promise<string> {
	if (passphrase) assertPassphrase(passphrase);
	const profile = await signingProfile(database);
	const groups = await database.transaction(
		'r',
		[
			database.settings,
			database.groups,
			database.schools,
			database.sessions,
			database.participants,
			database.attendance,
			database.meetings,
			database.meetingAttendance
		],
		async () => {
			// A shared group's sync id is its id on the server and on every member's device.
			const shared = new Set(await sharedGroupIds(database));
			return Promise.all(
				(await database.groups.bulkGet(groupIds))
					.filter((g) => g !== undefined)
					.map(async (group) => ({
						group,
						syncGroupId: shared.has(group.id) ? group.id : null,
						schoolName: group.schoolId
							? ((await database.schools.get(group.schoolId))?.name ?? '')
							: '',
						sessions: await database.sessions.where('groupId').equals(group.id).toArray(),
						participants: await database.participants.where('groupId').equals(group.id).toArray(),
						attendance: await database.attendance.where('groupId').equals(group.id).toArray(),
						meetings: await database.meetings.where('groupId').equals(group.id).toArray(),
						meetingAttendance: await database.meetingAttendance
							.where('groupId')
							.equals(group.id)
							.toArray()
					}))
			);
		}
	);
	const data: ExchangeData = {
		coach: { id: profile.id, name: profile.name },
		groups: await Promise.all(
			groups.map(async (records) => {
				const alias = new Map<string, string>();
				for (const p of records.participants)
					alias.set(p.id, await pseudonym(profile.secret, p.id));
				return exchangeGroup(records, alias);
			})
		)
	};
	const envelope = await makeEnvelope({
		format: EXCHANGE_FORMAT,
		formatVersion: EXCHANGE_FORMAT_VERSION,
		schemaVersion: SCHEMA_VERSION,
		appVersion: APP_VERSION,
		counts: {
			groups: data.groups.length,
			children: data.groups.reduce((n, g) => n + g.children.length, 0)
		},
		data,
		now
	});
	const signature = await signEnvelope(profile.signingKey, envelope);
	const text = JSON.stringify({ ...envelope, signature });
	return passphrase ? JSON.stringify(await encryptFile(text, passphrase)) : text;
}

export interface ImportOutcome {
	coachName: string;
	exportedAt: string;
	/** Groups per decision: added, replaced, already there, older than what is there. */
	counts: Record<ImportDecision, number>;
	/** The file holds this device's own groups: nothing was imported. */
	own: boolean;
	/** Groups in the file that are shared groups (counted once, whichever co-coach sends them). */
	shared: number;
}

/** Reads, decrypts and validates an exchange file completely; writes nothing. */
export async function readExchangeFile(
	text: string,
	passphrase = ''
): Promise<{ exportedAt: string; data: ExchangeData; keyFingerprint: string }> {
	let value = parseJsonSafely(text);
	if (isEncryptedFile(value)) {
		if (!passphrase) throw new ImportError('encrypted');
		value = parseJsonSafely(await decryptFile(value, passphrase));
	}
	const envelope = await readEnvelope(value, EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION);
	if (!isExportInstant(envelope.exportedAt)) throw new ImportError('invalid', 'exportedAt');
	const keyFingerprint = await verifyEnvelope(envelope);
	return { exportedAt: envelope.exportedAt, data: validateExchange(envelope.data), keyFingerprint };
}

function pinnedKeys(value: unknown): Record<string, string> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, string>)
		: {};
}

/**
 * Imports one coach's file: a group not there is added, an older export of it is replaced,
 * the same or a newer export already there is kept. One transaction; nothing is written
 * when the file is refused or nothing in it is new.
 */
export async function importExchangeFile(
	text: string,
	fileName: string,
	passphrase = '',
	database: AppDB = db
): Promise<ImportOutcome> {
	const { exportedAt, data, keyFingerprint } = await readExchangeFile(text, passphrase);
	const counts: Record<ImportDecision, number> = { add: 0, replace: 0, same: 0, older: 0 };
	const shared = data.groups.filter((g) => g.syncGroupId).length;
	const outcome = { coachName: data.coach.name, exportedAt, counts, own: false, shared };
	const mine = await findCoachProfile(database);
	if (mine && mine.id === data.coach.id) return { ...outcome, own: true };

	const tables = [database.imports, database.importedGroups, database.settings];
	await database.transaction('rw', tables, async () => {
		// The first key seen for a coach id is theirs; a file signed by another is refused whole.
		const pins = pinnedKeys((await database.settings.get(COACH_KEYS_SETTING))?.value);
		const pinned = pins[data.coach.id];
		if (pinned !== undefined && pinned !== keyFingerprint) throw new ImportError('coach-key');
		const ids = data.groups.map((g) => importedGroupId(data.coach.id, g));
		const existing = new Map(
			(await database.importedGroups.bulkGet(ids))
				.filter((r) => r !== undefined)
				.map((r) => [r.id, r])
		);
		const plan = planImport(data.coach.id, exportedAt, data.groups, existing);
		for (const item of plan) counts[item.decision] += 1;
		const writes = plan.filter((p) => p.decision === 'add' || p.decision === 'replace');
		if (writes.length === 0) return;
		// This coach's earlier file of a group she has shared since holds it under her own key:
		// the shared group's newer record takes its place.
		const unshared = (
			await database.importedGroups.bulkGet(
				writes
					.filter((w) => w.group.syncGroupId)
					.map((w) => importedGroupId(data.coach.id, { ...w.group, syncGroupId: null }))
			)
		).filter((r): r is ImportedGroup => r !== undefined && r.exportedAt <= exportedAt);
		if (pinned === undefined) {
			await database.settings.put({
				key: COACH_KEYS_SETTING,
				value: { ...pins, [data.coach.id]: keyFingerprint }
			});
		}
		const record: ExchangeImport = {
			id: newId(),
			coachId: data.coach.id,
			coachName: data.coach.name,
			exportedAt,
			importedAt: nowIso(),
			fileName: fileName.slice(0, 200)
		};
		await database.imports.add(record);
		// A newer export keeps the coordinator's choice between duplicates.
		await database.importedGroups.bulkPut(
			writes.map((w) => ({
				...importedGroupRecord(record.id, data.coach, exportedAt, w.group),
				setAsideFor: existing.get(w.id)?.setAsideFor ?? null
			}))
		);
		await database.importedGroups.bulkDelete(unshared.map((r) => r.id));
		// An earlier import whose groups were all replaced no longer supplies any figure.
		const replacedFrom = new Set(
			[
				...writes.map((w) => existing.get(w.id)?.importId),
				...unshared.map((r) => r.importId)
			].filter((id) => id !== undefined)
		);
		for (const importId of replacedFrom) {
			if ((await database.importedGroups.where('importId').equals(importId).count()) === 0) {
				await database.imports.delete(importId);
			}
		}
	});
	return outcome;
}

export interface ImportSource extends ExchangeImport {
	groups: number;
}

/** The imported files that supply figures, newest export first, with their group counts. */
export async function listImports(database: AppDB = db): Promise<ImportSource[]> {
	return database.transaction('r', [database.imports, database.importedGroups], async () => {
		const imports = await database.imports.orderBy('exportedAt').reverse().toArray();
		return Promise.all(
			imports.map(async (i) => ({
				...i,
				groups: await database.importedGroups.where('importId').equals(i.id).count()
			}))
		);
	});
}

/** Removes one import and the groups it supplied. */
export async function removeImport(importId: string, database: AppDB = db): Promise<void> {
	await database.transaction('rw', [database.imports, database.importedGroups], async () => {
		await database.importedGroups.where('importId').equals(importId).delete();
		await database.imports.delete(importId);
	});
}

/**
 * The coordinator keeps one record of a real group sent more than once: the others (imported
 * ones; an own group is never set aside) count for nothing until `countAgain`.
 */
export async function keepOneOf(
	keepKey: string,
	otherKeys: readonly string[],
	database: AppDB = db
): Promise<void> {
	await database.transaction('rw', [database.importedGroups], async () => {
		const kept = await database.importedGroups.get(keepKey);
		if (kept) await database.importedGroups.put({ ...kept, setAsideFor: null });
		for (const key of otherKeys) {
			if (key === keepKey) continue;
			const other = await database.importedGroups.get(key);
			if (other) await database.importedGroups.put({ ...other, setAsideFor: keepKey });
		}
	});
}

/** Undoes a choice between duplicates: every record of the set counts again. */
export async function countAgain(keys: readonly string[], database: AppDB = db): Promise<void> {
	await database.transaction('rw', [database.importedGroups], async () => {
		for (const key of keys) {
			const record = await database.importedGroups.get(key);
			if (record) await database.importedGroups.put({ ...record, setAsideFor: null });
		}
	});
}
