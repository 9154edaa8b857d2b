/** Whether this device has shared groups: read at start-up, before any sync code loads. */
import { db } from './db';

/** The settings row listing the ids of this device's shared groups. */
export const SHARED_GROUPS_SETTING = 'sync.sharedGroups';

export async function hasSharedGroups(): Promise<boolean> {
	const row = await db.settings.get(SHARED_GROUPS_SETTING);
	return Array.isArray(row?.value) && row.value.length > 0;
}
