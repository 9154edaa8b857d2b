/**
 * Whether this device has the shipped example cards at their current versions, read without
 * loading the example texts: `ensureExampleCards` stores the set's stamp when it is done.
 */
import { db as defaultDb, type AppDB } from './db';
import { EXAMPLES_STAMP } from '$lib/domain/examples/stamp';

export const EXAMPLES_STAMP_SETTING = 'examplesStamp';

export async function examplesCurrent(database: AppDB = defaultDb): Promise<boolean> {
	return (await database.settings.get(EXAMPLES_STAMP_SETTING))?.value === EXAMPLES_STAMP;
}

/** True until the examples were installed once on this device (the ledger is still empty). */
export async function examplesNeverInstalled(database: AppDB = defaultDb): Promise<boolean> {
	return (await database.exampleLedger.count()) === 0;
}
