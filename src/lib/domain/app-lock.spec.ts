import { describe, expect, it } from 'vitest';
import {
	createWrappedKey,
	isWrappedKey,
	openChild,
	openWhileLocked,
	sealChild,
	unwrapKey
} from './app-lock';
import { WrongPassphraseError } from './crypto';
import { PassphraseTooShortError } from './passphrase';

const PASSCODE = 'tablet groep 7b';
const FAST = 1000;

describe('app lock keys', () => {
	it('wraps a data key that the passcode unwraps, and seals a child round trip', async () => {
		const { wrapped, key } = await createWrappedKey(PASSCODE, FAST);
		const sealed = await sealChild(key, { name: 'Şeyma Yılmaz', notes: 'allergisch voor 李明' });
		expect(JSON.stringify(sealed)).not.toContain('Şeyma');
		expect(atob(sealed.ciphertext)).not.toContain('Yılmaz');
		const again = await unwrapKey(wrapped, PASSCODE);
		expect(await openChild(again, sealed)).toEqual({
			name: 'Şeyma Yılmaz',
			notes: 'allergisch voor 李明'
		});
	});

	it('refuses a wrong passcode', async () => {
		const { wrapped } = await createWrappedKey(PASSCODE, FAST);
		await expect(unwrapKey(wrapped, 'tablet groep 7c')).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
	});

	it('refuses a passcode shorter than the passphrase rule', async () => {
		await expect(createWrappedKey('kort', FAST)).rejects.toBeInstanceOf(PassphraseTooShortError);
	});

	it('keeps no key in plain text in the wrapped record, and the key cannot be exported', async () => {
		const { wrapped, key } = await createWrappedKey(PASSCODE, FAST);
		expect(Object.keys(wrapped).sort()).toEqual(['ciphertext', 'iterations', 'iv', 'salt']);
		expect(key.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
		expect(isWrappedKey({ ...wrapped, iterations: 600_000 })).toBe(true);
		expect(isWrappedKey({ salt: 'x' })).toBe(false);
	});

	it('a seal from another key does not open', async () => {
		const one = await createWrappedKey(PASSCODE, FAST);
		const two = await createWrappedKey(PASSCODE, FAST);
		const sealed = await sealChild(one.key, { name: 'Ali', notes: '' });
		await expect(openChild(two.key, sealed)).rejects.toBeInstanceOf(WrongPassphraseError);
	});
});

describe('pages open while locked', () => {
	it('are the start page, the card library and printing cards, never a print with children', () => {
		for (const [path, search] of [
			['/', ''],
			['/werkvormen', '?q=gevoel'],
			['/werkvormen/kaart', '?id=x'],
			['/print', ''],
			['/print', '?cards=a,b']
		]) {
			expect(openWhileLocked(path, search), path + search).toBe(true);
		}
		for (const [path, search] of [
			['/print', '?register=g1'],
			['/print', '?register=g1&filled=1'],
			['/print', '?session=s1'],
			['/print', '?group=g1'],
			['/groepen', ''],
			['/groepen/kinderen', '?id=g1'],
			['/zorg', ''],
			['/overzicht', ''],
			['/instellingen', ''],
			['/werkvormenlijst', '']
		]) {
			expect(openWhileLocked(path, search), path + search).toBe(false);
		}
	});
});
