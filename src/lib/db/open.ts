import { errorMessage } from '$lib/domain/errors';
import { loadAppLock } from './app-lock';
import { db, SCHEMA_VERSION, type AppDB } from './db';

/** The schema version this code writes, for files that record it. */
export { SCHEMA_VERSION };

export type OpenResult =
	| { ok: true }
	| { ok: false; code: 'newer'; found: number; known: number }
	| { ok: false; code: 'failed'; message: string };

/**
 * Opens the database. A database written by a newer app version is refused before it is
 * opened: Dexie 4 would open it and add this version's tables, changing a newer schema.
 */
export async function openDatabase(database: AppDB = db): Promise<OpenResult> {
	try {
		const found = await installedVersion(database.name);
		if (found !== null && found > SCHEMA_VERSION) {
			return { ok: false, code: 'newer', found, known: SCHEMA_VERSION };
		}
		await database.open();
		await loadAppLock(database);
		return { ok: true };
	} catch (err) {
		return { ok: false, code: 'failed', message: errorMessage(err) };
	}
}

/** The schema version of the database on disk, or null when there is none (or it cannot be told). */
export async function installedVersion(name: string): Promise<number | null> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
	const found = (await indexedDB.databases()).find((info) => info.name === name);
	// Dexie keeps its version times ten, and may add a fraction when it patches a schema.
	return found?.version ? Math.floor(found.version / 10) : null;
}

/**
 * Another tab opened a newer schema: close this connection at once, so that tab's upgrade does
 * not hang, and tell the caller (which asks the user to reload).
 */
export function closeOnUpgradeElsewhere(onClosed: () => void, database: AppDB = db): void {
	database.on('versionchange', () => {
		database.close();
		onClosed();
		return false;
	});
}
