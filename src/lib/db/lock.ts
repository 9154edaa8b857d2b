/**
 * The register lock, checked by every write to a group's sessions, marks and meetings.
 * Call these inside the write's transaction, with `groups` among its tables.
 */
import type { AppDB } from './db';
import type { Group, Session } from '$lib/model';

/** Thrown when a change is tried on a locked register. */
export class RegisterLockedError extends Error {
	constructor(readonly groupId: string) {
		super(`register of group ${groupId} is locked`);
	}
}

/** The group, if its register is not locked; throws RegisterLockedError if it is. */
export async function unlockedGroup(database: AppDB, groupId: string): Promise<Group> {
	const group = await database.groups.get(groupId);
	if (!group) throw new Error(`group ${groupId} not found`);
	if (group.registerLockedAt) throw new RegisterLockedError(groupId);
	return group;
}

/** The session with its group, if the group's register is not locked. */
export async function unlockedSession(
	database: AppDB,
	sessionId: string
): Promise<{ session: Session; group: Group }> {
	const session = await database.sessions.get(sessionId);
	if (!session) throw new Error(`session ${sessionId} not found`);
	return { session, group: await unlockedGroup(database, session.groupId) };
}
