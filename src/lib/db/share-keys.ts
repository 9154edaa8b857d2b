/**
 * Shared groups' keys at rest under the app lock (issue 22). A group key opens the names in its
 * group's document (kept by y-dexie in `kies-sync`), so while the lock is on a share's `keys` are
 * stored only sealed with the lock's data key, in `sealedKeys` (`keys` stays empty): in the sync
 * store's shares and in the copy of them that backups carry (settings, `sync.shares`). Readers
 * get them opened while the app is unlocked, and no keys while it is locked.
 */
import type { Sealed } from '$lib/domain/crypto';
import { openText, sealText } from '$lib/domain/crypto';
import { AppLockedError, memoryOf } from './app-lock-seal';

interface WithKeys {
	keys?: unknown;
	sealedKeys?: Sealed;
}

/** A share (or some of its fields) as stored: the keys sealed while the app lock is on. */
export async function shareAtRest<T extends WithKeys>(share: T, appDb: object): Promise<T> {
	if (!share.keys) return share;
	const memory = memoryOf(appDb);
	const rest = { ...share };
	delete rest.sealedKeys;
	if (!memory.enabled) return rest;
	if (memory.key === null) throw new AppLockedError();
	const sealedKeys = await sealText(memory.key, JSON.stringify(share.keys));
	return { ...rest, keys: {}, sealedKeys };
}

/** A stored share as readers see it: the keys opened, or none while the app is locked. */
export async function shareOpened<T extends WithKeys>(share: T, appDb: object): Promise<T> {
	if (!share.sealedKeys) return share;
	const rest = { ...share };
	delete rest.sealedKeys;
	const key = memoryOf(appDb).key;
	if (key === null) return { ...rest, keys: {} };
	const keys = JSON.parse(await openText(key, share.sealedKeys)) as Record<string, string>;
	return { ...rest, keys };
}

/** Many shares at rest (a list in a setting). */
export function sharesAtRest<T extends WithKeys>(shares: T[], appDb: object): Promise<T[]> {
	return Promise.all(shares.map((share) => shareAtRest(share, appDb)));
}

/** Many shares opened. */
export function sharesOpened<T extends WithKeys>(shares: T[], appDb: object): Promise<T[]> {
	return Promise.all(shares.map((share) => shareOpened(share, appDb)));
}
