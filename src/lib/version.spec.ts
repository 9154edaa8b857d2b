import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_VERSION } from './version';

describe('APP_VERSION', () => {
	it('is the version in package.json', () => {
		expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
	});
});
