/** Writes for series templates saved by the coach. */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type { SeriesTemplate } from '$lib/model';
import { copySessions } from '$lib/domain/templates';
import { sessionsOf } from './sessions';
import { sealTextsAhead } from './app-lock-seal';

/** Saves a group's full plan (every session's blocks) as a new template; returns its id. */
export async function saveGroupAsTemplate(
	groupId: string,
	name: string,
	database: AppDB = defaultDb
): Promise<string> {
	// With the app lock on, the name and the plans' notes are sealed before the transaction.
	await sealTextsAhead(database, 'templates', [
		{ name: name.trim(), sessions: await sessionsOf(groupId, database) }
	]);
	return database.transaction(
		'rw',
		[database.groups, database.sessions, database.templates],
		async () => {
			const group = await database.groups.get(groupId);
			if (!group) throw new Error(`Group ${groupId} not found`);
			const sessions = await sessionsOf(groupId, database);
			const now = nowIso();
			const template: SeriesTemplate = {
				id: newId(),
				createdAt: now,
				updatedAt: now,
				name: name.trim(),
				ageBand: group.ageBand,
				sessions: copySessions(sessions),
				builtIn: false
			};
			await database.templates.add(template);
			return template.id;
		}
	);
}

/** Renames a template. */
export async function renameTemplate(
	id: string,
	name: string,
	database: AppDB = defaultDb
): Promise<void> {
	await sealTextsAhead(database, 'templates', [{ name: name.trim() }]);
	await database.transaction('rw', [database.templates], async () => {
		await database.templates.update(id, { name: name.trim(), updatedAt: nowIso() });
	});
}

/** Deletes a template; groups made from it keep their plans. */
export async function deleteTemplate(id: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction('rw', [database.templates], async () => {
		await database.templates.delete(id);
	});
}
