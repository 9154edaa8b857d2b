import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportGroupKey, GroupCipher, newDeviceKeys, newGroupKey } from './crypto';
import { publishDevice, receiveKeys, rekey, type ThisDevice } from './keys';
import { assertAllowed, encodeInvitation, parseInvitation, parseSignin, SyncError } from './api';

const GROUP = 'group-1';

async function deviceOf(deviceId: string, accountId: string): Promise<ThisDevice> {
	return { deviceId, accountId, name: accountId, ...(await newDeviceKeys()) };
}

function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('group keys', () => {
	it('encrypts a field so that only the group key opens it, bound to its record', async () => {
		const { keyId, key } = await newGroupKey();
		const cipher = new GroupCipher(GROUP, keyId, key);
		const sealed = await cipher.encrypt('"Şeyma"', 'child:1.name');
		expect(sealed.startsWith(`enc1.${keyId}.`)).toBe(true);
		expect(sealed).not.toContain('Şeyma');
		expect(await cipher.decrypt(sealed, 'child:1.name')).toBe('"Şeyma"');
		await expect(cipher.decrypt(sealed, 'child:2.name')).rejects.toThrow();
		const other = await newGroupKey();
		await expect(
			new GroupCipher(GROUP, keyId, other.key).decrypt(sealed, 'child:1.name')
		).rejects.toThrow();
	});

	it('gives the new key to the members who stay, and not to the removed one', async () => {
		const first = await newGroupKey();
		const raw = await exportGroupKey(first.key);
		const keys = { [first.keyId]: raw };
		const anne = await deviceOf('dev-anne', 'acc-anne');
		const mehmet = await deviceOf('dev-mehmet', 'acc-mehmet');
		const removed = await deviceOf('dev-x', 'acc-x');
		const [docA, docM, docX] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
		await publishDevice(docA, GROUP, anne, first.keyId, raw);
		await publishDevice(docM, GROUP, mehmet, first.keyId, raw);
		await publishDevice(docX, GROUP, removed, first.keyId, raw);
		sync(docA, docM);
		sync(docA, docX);
		sync(docA, docM);
		// A device entry written without the group key (by the server, say) gets nothing.
		docA.getMap('devices').set('dev-forged', {
			accountId: 'acc-mehmet',
			name: 'x',
			publicJwk: removed.publicJwk,
			keyId: first.keyId,
			proof: 'AAAA'
		});
		const fresh = await rekey(docA, GROUP, anne, keys, ['acc-anne', 'acc-mehmet']);
		expect(fresh.wrappedFor).toBe(1);
		Y.applyUpdate(docM, Y.encodeStateAsUpdate(docA));
		const got = await receiveKeys(docM, GROUP, mehmet, keys);
		expect(got.map((k) => k.keyId)).toEqual([fresh.keyId]);
		expect(got[0].raw).toBe(fresh.raw);
		Y.applyUpdate(docX, Y.encodeStateAsUpdate(docA));
		expect(await receiveKeys(docX, GROUP, removed, keys)).toEqual([]);
	});
});

describe('invitations and sign-in codes', () => {
	const base = {
		server: 'http://127.0.0.1:8787',
		groupId: GROUP,
		inviteId: 'inv-1',
		inviteSecret: 'secret-1',
		keyId: 'k1'
	};

	it('reads back an invitation it made', async () => {
		const { key } = await newGroupKey();
		const invite = { ...base, groupKey: await exportGroupKey(key) };
		expect(await parseInvitation(await encodeInvitation(invite))).toEqual(invite);
	});

	it('refuses a changed invitation and a foreign code', async () => {
		const { key } = await newGroupKey();
		const code = await encodeInvitation({ ...base, groupKey: await exportGroupKey(key) });
		const json = JSON.parse(
			atob(code.slice('kies-invite-1.'.length).replaceAll('-', '+').replaceAll('_', '/'))
		);
		json.inviteSecret = 'secret-2';
		const changed = `kies-invite-1.${btoa(JSON.stringify(json)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
		await expect(parseInvitation(changed)).rejects.toBeInstanceOf(SyncError);
		await expect(parseInvitation(code.slice(0, -3))).rejects.toBeInstanceOf(SyncError);
		await expect(parseInvitation('hallo')).rejects.toBeInstanceOf(SyncError);
	});

	it('reads a sign-in code and its link, and refuses a server the build does not allow', () => {
		const payload = btoa(
			JSON.stringify({ server: 'http://127.0.0.1:8787/', accountId: 'a', secret: 's' })
		);
		const code = `kies-signin-1.${payload.replace(/=+$/, '')}`;
		expect(parseSignin(code).server).toBe('http://127.0.0.1:8787');
		expect(parseSignin(`http://app.example/#signin=${code}`).accountId).toBe('a');
		expect(() => parseSignin('kies-signin-1.xyz')).toThrow(SyncError);
		expect(() => assertAllowed('http://127.0.0.1:8787', ['ws://127.0.0.1:8787'])).not.toThrow();
		expect(() => assertAllowed('http://evil.test', ['ws://127.0.0.1:8787'])).toThrow(SyncError);
	});
});
