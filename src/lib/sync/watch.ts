/** Follows a shared group's tables with a Dexie liveQuery and tells the mirror when they changed. */
import { liveQuery } from 'dexie';
import type { GroupMirror } from './mirror';

/** Subscribes; the returned function stops following. */
export function followTables(mirror: GroupMirror, read: () => Promise<unknown>): () => void {
	const subscription = liveQuery(read).subscribe({
		next: () => mirror.localChanged(),
		error: (err: unknown) => mirror.onError(err)
	});
	return () => subscription.unsubscribe();
}
