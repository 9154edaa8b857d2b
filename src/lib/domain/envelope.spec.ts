import { describe, expect, it } from 'vitest';
import { ImportError, makeEnvelope, parseJsonSafely, readEnvelope } from './envelope';

async function codeOf(action: () => unknown): Promise<string> {
	try {
		await action();
	} catch (err) {
		return err instanceof ImportError ? err.code : `other: ${String(err)}`;
	}
	return 'no error';
}

describe('envelope', () => {
	it('round-trips data with counts and a checksum', async () => {
		const envelope = await makeEnvelope({
			format: 'kies-test',
			formatVersion: 1,
			schemaVersion: 1,
			appVersion: '0.1.0',
			counts: { cards: 1 },
			data: { cards: [{ title: 'Şeyma 李' }] }
		});
		const read = await readEnvelope(parseJsonSafely(JSON.stringify(envelope)), 'kies-test', 1);
		expect(read.data).toEqual({ cards: [{ title: 'Şeyma 李' }] });
		expect(read.counts).toEqual({ cards: 1 });
	});

	it('refuses hostile and broken files with a code each', async () => {
		const good = JSON.stringify(
			await makeEnvelope({
				format: 'kies-test',
				formatVersion: 1,
				schemaVersion: 1,
				appVersion: '',
				counts: {},
				data: [1, 2]
			})
		);
		expect(await codeOf(() => parseJsonSafely(good.slice(0, good.length - 5)))).toBe('truncated');
		expect(await codeOf(() => parseJsonSafely('hallo'))).toBe('not-json');
		expect(await codeOf(() => parseJsonSafely(''))).toBe('empty');
		expect(await codeOf(() => parseJsonSafely('['.repeat(100000) + ']'.repeat(100000)))).toBe(
			'too-deep'
		);
		expect(await codeOf(() => parseJsonSafely('x'.repeat(50), 10))).toBe('too-large');
		expect(
			await codeOf(() =>
				readEnvelope({ format: 'other', formatVersion: 1, data: 1 }, 'kies-test', 1)
			)
		).toBe('wrong-format');
		expect(
			await codeOf(() =>
				readEnvelope({ format: 'kies-test', formatVersion: 2, data: 1 }, 'kies-test', 1)
			)
		).toBe('newer-version');
		const tampered = JSON.parse(good);
		tampered.data = [1, 3];
		expect(await codeOf(() => readEnvelope(tampered, 'kies-test', 1))).toBe('checksum');
	});

	it('drops prototype keys while parsing', () => {
		const parsed = parseJsonSafely(
			'{"__proto__":{"polluted":true},"a":{"constructor":{"x":1},"b":2}}'
		) as Record<string, unknown>;
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys(parsed)).toEqual(['a']);
		expect(parsed.a).toEqual({ b: 2 });
	});
});
