/**
 * The app lock across the tabs of one browser (issue 22): locking, unlocking, turning the lock
 * on or off in one tab happens at once in every other open tab, without a reload. A
 * BroadcastChannel carries it (same origin only, never off the device). Unlocking and turning
 * the lock on carry the data key itself: a CryptoKey that cannot be exported crosses as one
 * (structured clone), so the other tabs open the names without the passcode and never see the
 * key's bytes. A tab locked by its own idle timer locks only itself: the tab in use stays open.
 */
import { db as defaultDb, type AppDB } from './db';
import { memoryOf } from './app-lock-seal';
import { loadAppLock, lockApp, unlockWithKey } from './app-lock';

export type LockEvent = 'locked' | 'unlocked' | 'on' | 'off';

interface LockMessage {
	event: LockEvent;
	key?: CryptoKey;
}

function channelOf(database: AppDB): BroadcastChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	return new BroadcastChannel(`kies-app-lock:${database.name}`);
}

/** Tells the other tabs what happened to the lock in this one. */
export function tellOtherTabs(event: LockEvent, database: AppDB = defaultDb): void {
	const channel = channelOf(database);
	if (!channel) return;
	const key = memoryOf(database).key;
	const message: LockMessage =
		(event === 'unlocked' || event === 'on') && key ? { event, key } : { event };
	channel.postMessage(message);
	channel.close();
}

/** Does in this tab what another tab did, then tells `onChange`. Returns the unsubscribe. */
async function follow(message: LockMessage, database: AppDB): Promise<LockEvent | null> {
	const { event, key } = message;
	if (event === 'locked') lockApp(database);
	else if (event === 'off') {
		lockApp(database);
		await loadAppLock(database);
	} else if (event === 'unlocked' || event === 'on') {
		if (!(key instanceof CryptoKey)) return null;
		if (event === 'on') await loadAppLock(database);
		await unlockWithKey(key, database);
	} else return null;
	return event;
}

/** Follows the other tabs' lock events for this tab's lifetime (the layout calls it once). */
export function followOtherTabs(
	onChange: (event: LockEvent) => void,
	database: AppDB = defaultDb
): () => void {
	const channel = channelOf(database);
	if (!channel) return () => {};
	channel.onmessage = (message: MessageEvent<LockMessage>) => {
		follow(message.data, database)
			.then((event) => {
				if (event) onChange(event);
			})
			.catch((err: unknown) => console.error('app lock from another tab', err));
	};
	return () => channel.close();
}
