/**
 * The organisation's shared groups for a coordinator's overview, as UI state. The code that
 * talks to the sync server (`$lib/sync/coordinator`, with yjs and the provider) is loaded with
 * a dynamic import, only when the overview opens on a device signed in as a coordinator: a
 * coach, or a device that never signed in, never loads it, and the first page never carries it.
 */
import { syncAccount } from '$lib/db/shared';
import type { OrganisationFeed, OrganisationState } from '$lib/sync/coordinator';

class ServerGroups {
	/** The feed's state; null when this device does not follow the organisation. */
	state = $state.raw<OrganisationState | null>(null);
	/** True once this device is known to be signed in as a coordinator. */
	coordinator = $state(false);
	/** Set when the feed could not start (the message for the screen). */
	error = $state.raw<unknown>(null);
	private feed: OrganisationFeed | null = null;
	private starting: Promise<void> | null = null;
	private users = 0;

	/** Follows the organisation while a page needs it (call in an `$effect`; returns the stop). */
	follow(): () => void {
		this.users += 1;
		this.starting ??= this.start();
		return () => {
			this.users -= 1;
			if (this.users === 0) void this.starting?.then(() => this.release());
		};
	}

	private async start(): Promise<void> {
		try {
			const account = await syncAccount();
			if (account?.account.role !== 'coordinator') return;
			this.coordinator = true;
			const { followOrganisation } = await import('$lib/sync/coordinator');
			this.feed = await followOrganisation((state) => {
				this.state = state;
			});
			this.error = null;
		} catch (err) {
			this.error = err;
		}
	}

	private release(): void {
		if (this.users > 0) return;
		this.feed?.stop();
		this.feed = null;
		this.starting = null;
		this.state = null;
		this.coordinator = false;
	}
}

export const serverGroups = new ServerGroups();
