/**
 * Shared groups as UI state. The sync code itself (yjs, the provider, the mirror) is loaded
 * with a dynamic import the first time it is needed: on a device with a shared group after the
 * app has started, or when the coach signs in, shares or joins. A device that never shares never
 * loads it, and the first page never carries it.
 */
import { sharedGroupIds, syncAccount } from '$lib/db/shared';
import type { GroupSyncState } from '$lib/sync/group-sync';

type Runtime = typeof import('$lib/sync/runtime');

class SyncStatus {
	/** The sync state of each running shared group, by group id. */
	groups = $state<Record<string, GroupSyncState>>({});
	/** Who this device is signed in as (undefined until known). */
	signedIn = $state<
		{ server: string; account: { id: string; name: string; role: string } } | null | undefined
	>(undefined);
	private loading: Promise<Runtime> | null = null;

	/** The sync code, loaded once. */
	runtime(): Promise<Runtime> {
		this.loading ??= import('$lib/sync/runtime').then((runtime) => {
			runtime.onSyncState((groupId, state) => {
				const next = { ...this.groups };
				if (state) next[groupId] = state;
				else delete next[groupId];
				this.groups = next;
			});
			return runtime;
		});
		return this.loading;
	}

	/** After the app started: starts syncing when this device has shared groups. */
	async boot(): Promise<void> {
		if ((await sharedGroupIds()).length === 0) return;
		this.signedIn = await syncAccount();
		await (await this.runtime()).startAll();
	}

	/** The app lock closed: running groups stop and say they wait (only once the code is loaded). */
	async appLocked(): Promise<void> {
		if (this.loading) await (await this.loading).pauseForLock();
	}

	/** The app lock opened: the groups continue. */
	async appUnlocked(): Promise<void> {
		if (this.loading) await (await this.loading).startAll();
	}

	/** Reads who is signed in, without loading the sync code. */
	async refreshSignin(): Promise<void> {
		this.signedIn = await syncAccount();
	}
}

export const syncStatus = new SyncStatus();
