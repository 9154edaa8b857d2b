/**
 * Every setting carries the time it was last written (`updatedAt`), so merging another
 * device's backup takes, per key, the newer value (issue 21). Stamped here for every write
 * path at once; a record that brings its own time (a restored backup's) keeps it.
 */
import type { DBCore, Middleware } from 'dexie';

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
						typeof value?.updatedAt === 'string' ? value : { ...value, updatedAt: now }
					);
					return table.mutate({ ...request, values });
				}
			};
		}
	})
};
