import { describe, expect, it } from 'vitest';
import {
	decryptFile,
	encryptFile,
	isEncryptedFile,
	PBKDF2_ITERATIONS,
	WrongPassphraseError
} from './crypto';

describe('passphrase encryption', () => {
	it('round-trips text and hides it in the file', async () => {
		const file = await encryptFile('{"name":"Şeyma"}', 'lange wachtzin 123');
		expect(isEncryptedFile(file)).toBe(true);
		expect(file.iterations).toBeGreaterThanOrEqual(600_000);
		expect(file.iterations).toBe(PBKDF2_ITERATIONS);
		expect(JSON.stringify(file)).not.toContain('Şeyma');
		await expect(decryptFile(file, 'lange wachtzin 123')).resolves.toBe('{"name":"Şeyma"}');
	});

	it('says a wrong passphrase is wrong', async () => {
		const file = await encryptFile('geheim', 'goed');
		await expect(decryptFile(file, 'fout')).rejects.toBeInstanceOf(WrongPassphraseError);
	});

	it('uses a fresh salt and IV every time', async () => {
		const a = await encryptFile('x', 'p');
		const b = await encryptFile('x', 'p');
		expect(a.salt).not.toBe(b.salt);
		expect(a.iv).not.toBe(b.iv);
	});
});
