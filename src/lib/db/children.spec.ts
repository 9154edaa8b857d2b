import { describe, expect, it } from 'vitest';
import { makeChildInput, makeGroup } from '../../../tests/unit/factories';
import { freshDb, type AppDB } from '../../../tests/unit/db';
import { noConsent } from '$lib/domain/consent';
import { addChild, ChildInvalidError, resumeChild, stopChild, updateChild } from './children';

let database: AppDB;

async function setUp() {
	database = freshDb();
	const group = makeGroup();
	await database.groups.add(group);
	return group;
}

describe('children of a group', () => {
	it('adds a child with only the fields of a minimal record', async () => {
		const group = await setUp();
		const id = await addChild(
			group.id,
			makeChildInput({ name: ' Şeyma ', consent2: noConsent() }),
			database
		);
		const child = await database.participants.get(id);
		expect(child).toMatchObject({
			groupId: group.id,
			name: 'Şeyma',
			consent2: { given: false, date: null, how: '' },
			stoppedOn: null,
			erasedAt: null
		});
	});

	it('refuses a record that breaks the rules and writes nothing', async () => {
		const group = await setUp();
		await expect(addChild(group.id, makeChildInput({ birthYear: 1990 }), database)).rejects.toThrow(
			ChildInvalidError
		);
		expect(await database.participants.count()).toBe(0);
	});

	it('edits, stops and resumes a child', async () => {
		const group = await setUp();
		const id = await addChild(group.id, makeChildInput(), database);
		await updateChild(id, makeChildInput({ name: 'Sam', schoolClass: 'groep 6' }), database);
		await stopChild(id, '2026-02-20', 'moved', database);
		expect(await database.participants.get(id)).toMatchObject({
			name: 'Sam',
			schoolClass: 'groep 6',
			stoppedOn: '2026-02-20',
			stopReason: 'moved'
		});
		await resumeChild(id, database);
		expect(await database.participants.get(id)).toMatchObject({ stoppedOn: null, stopReason: '' });
	});

	it('needs a day and a reason to stop a child', async () => {
		const group = await setUp();
		const id = await addChild(group.id, makeChildInput(), database);
		await expect(stopChild(id, '2026-02-20', '', database)).rejects.toThrow();
		expect((await database.participants.get(id))?.stoppedOn).toBeNull();
	});
});
