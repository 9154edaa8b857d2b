/**
 * The browser's storage as UI state: whether it promised to keep the data (`persisted`), how
 * much is used, and whether another tab upgraded the database (then this tab must reload).
 */
import { errorMessage } from '$lib/domain/errors';
import { formatNumber } from '$lib/domain/numbers';
import { closeOnUpgradeElsewhere } from '$lib/db/open';

export class StorageState {
	/** null: the browser cannot tell. */
	persisted = $state<boolean | null>(null);
	usage = $state<number | null>(null);
	quota = $state<number | null>(null);
	/** The last request was refused by the browser. */
	refused = $state(false);
	error = $state<string | null>(null);

	private get manager(): StorageManager | null {
		return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
	}

	/** Reads the persistence state and the usage estimate again. */
	async refresh(): Promise<void> {
		const manager = this.manager;
		if (!manager) return;
		try {
			this.persisted = typeof manager.persisted === 'function' ? await manager.persisted() : null;
			if (typeof manager.estimate === 'function') {
				const estimate = await manager.estimate();
				this.usage = estimate.usage ?? null;
				this.quota = estimate.quota ?? null;
			}
			this.error = null;
		} catch (err) {
			this.error = errorMessage(err);
		}
	}

	/** Asks the browser to keep the data; the answer shows in `persisted` and `refused`. */
	async requestPersist(): Promise<void> {
		const manager = this.manager;
		if (!manager || typeof manager.persist !== 'function') return;
		try {
			const granted = await manager.persist();
			this.refused = !granted;
		} catch (err) {
			this.error = errorMessage(err);
		}
		await this.refresh();
	}
}

/** Bytes for people: "1,2 MB" / "1.2 MB". */
export function formatBytes(bytes: number, lang: 'nl' | 'en'): string {
	const units = ['B', 'kB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${formatNumber(value, lang, digits, 0)} ${units[unit]}`;
}

/**
 * Another tab opened a newer schema: close this tab's connection at once, so that tab's
 * upgrade does not hang, and ask the user to reload (nothing is reloaded on its own).
 */
class DatabaseConnection {
	closedByUpgrade = $state(false);
	#watching = false;

	watch(): void {
		if (this.#watching) return;
		this.#watching = true;
		closeOnUpgradeElsewhere(() => (this.closedByUpgrade = true));
	}
}

export const databaseConnection = new DatabaseConnection();
