/**
 * Every setting carries the time it was last written (`updatedAt`), so merging another
 * device's backup takes, per key, the newer value (issue 21). Stamped here for every write
 * path at once; a record that brings its own time (a restored backup's) keeps it.
 *
 * The signal log's settings are never stamped: when its passphrase was set or a child's
 * sealed signals were queued for erasure would say when signals were written (issue 22).
 * Without a time a merge never overwrites them, which is also what the log needs.
 */
import type { DBCore, Middleware } from 'dexie';

/** The keys of `signals.ts` (CARE_KEY_SETTING, CARE_IDLE_SETTING, SIGNAL_ERASURES_SETTING). */
export const UNSTAMPED_SETTINGS: ReadonlySet<string> = new Set([
	'careKeySalt',
	'careIdleMinutes',
	'signalErasures'
]);

export const settingStamps: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'setting-stamps',
	create: (down) => ({
		...down,
		table: (name) => {
			const table = down.table(name);
			if (name !== 'settings') return table;
			return {
				...table,
				mutate: (request) => {
					if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
					const now = new Date().toISOString();
					const values = request.values.map((value: Record<string, unknown>) =>
						typeof value?.updatedAt === 'string' || UNSTAMPED_SETTINGS.has(String(value?.key))
							? value
							: { ...value, updatedAt: now }
					);
					return table.mutate({ ...request, values });
				}
			};
		}
	})
};
