/** Whether this device has shared groups: read at start-up, before any sync code loads. */
import { db } from './db';

/** The settings row listing the ids of this device's shared groups. */
export const SHARED_GROUPS_SETTING = 'sync.sharedGroups';

/** The settings row with the copy of the shares that backups carry (db/shared.ts). */
export const SYNC_SHARES_SETTING = 'sync.shares';

export async function hasSharedGroups(): Promise<boolean> {
	const row = await db.settings.get(SHARED_GROUPS_SETTING);
	return Array.isArray(row?.value) && row.value.length > 0;
}
