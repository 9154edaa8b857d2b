import { describe, expect, it } from 'vitest';
import { createBackup, inspectBackup, restoreFromText } from './backup';
import {
	saveSharesCopy,
	setGroupShared,
	sharedGroupIds,
	sharesCopy,
	SYNC_SHARES_SETTING
} from './shared';
import { freshDb } from '../../../tests/unit/db';

const share = {
	groupId: 'g1',
	server: 'http://127.0.0.1:8787',
	keys: { k1: 'A'.repeat(43) },
	keyId: 'k1',
	members: [{ accountId: 'a1', name: 'Anne', joinedAt: '2026-01-05T10:00:00.000Z' }],
	sharedAt: '2026-01-05T10:00:00.000Z'
};

describe('shared groups in backups', () => {
	it('keeps shared groups, their members and keys in a backup with a passphrase, and restores them', async () => {
		const database = freshDb();
		await setGroupShared('g1', true, database);
		await saveSharesCopy([share], database);
		const { text } = await createBackup(
			{ includeSignals: false, passphrase: 'een lange wachtzin' },
			database
		);
		expect(text).not.toContain('AAAAAAAAAAAA');
		const target = freshDb();
		await restoreFromText(text, { mode: 'replace', passphrase: 'een lange wachtzin' }, target);
		expect(await sharedGroupIds(target)).toEqual(['g1']);
		expect(await sharesCopy(target)).toEqual([share]);
	});

	it('leaves the group keys out of a backup without a passphrase: restored, the group is local again', async () => {
		const database = freshDb();
		await setGroupShared('g1', true, database);
		await saveSharesCopy([share], database);
		const { text } = await createBackup({ includeSignals: false }, database);
		const contents = await inspectBackup(text);
		const keys = (contents.data.settings ?? []).map((row) => row.key);
		expect(keys).not.toContain(SYNC_SHARES_SETTING);
		expect(keys).not.toContain('sync.sharedGroups');
		expect(text).not.toContain(share.keys.k1);
	});
});
