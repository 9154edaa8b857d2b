import { afterEach } from 'vitest';
import { AppDB } from '../../src/lib/db/db';

export type { AppDB };

const opened: AppDB[] = [];

/**
 * A database under a unique name (or `name`, to open one a test prepared), closed and
 * deleted after each test.
 */
export function freshDb(name = `test-${crypto.randomUUID()}`): AppDB {
	const database = new AppDB(name);
	opened.push(database);
	return database;
}

afterEach(async () => {
	for (const database of opened.splice(0)) {
		database.close();
		await database.delete();
	}
});
