/**
 * Opens the database once per page load, as early as the app's code runs: the layout starts it
 * while the page is still being hydrated, so a new device's database is being created in the
 * meantime, not after.
 */
import { openDatabase, type OpenResult } from '$lib/db/open';

let opening: Promise<OpenResult> | null = null;

export function databaseReady(): Promise<OpenResult> {
	opening ??= openDatabase();
	return opening;
}
