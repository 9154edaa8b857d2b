import { describe, expect, it } from 'vitest';
import { cspDirectives, inlineScriptHashes, syncOrigins } from '../../scripts/csp.js';

describe('syncOrigins', () => {
	it('reads the comma-separated origins of KIES_SYNC_ORIGINS', () => {
		expect(syncOrigins(' ws://127.0.0.1:8787, http://127.0.0.1:8787/ ,')).toEqual([
			'ws://127.0.0.1:8787',
			'http://127.0.0.1:8787'
		]);
		expect(syncOrigins(undefined)).toEqual([]);
		expect(syncOrigins('')).toEqual([]);
	});

	it('stops the build on an entry that is not an origin', () => {
		expect(() => syncOrigins('sync.example.nl')).toThrow(/not an address/);
		expect(() => syncOrigins('https://sync.example.nl/api')).toThrow(/must be an origin/);
		expect(() => syncOrigins('javascript:alert(1)')).toThrow(/ws, wss, http or https/);
		expect(() => syncOrigins('https://*.example.nl')).toThrow();
	});
});

describe('cspDirectives', () => {
	const template = '<html><head><script>var a = 1;</script></head><body></body></html>';

	it('allows the app, its hashed inline script and the sync servers, nothing else', () => {
		const d = cspDirectives({ appTemplate: template, sync: ['wss://sync.example.nl'] });
		expect(d['script-src']).toEqual(['self', ...inlineScriptHashes(template)]);
		expect(d['connect-src']).toEqual(['self', 'wss://sync.example.nl']);
		expect(d['object-src']).toEqual(['none']);
		expect(d['base-uri']).toEqual(['self']);
		expect(d['frame-src']).toEqual(['none']);
		expect(d['img-src']).toEqual(['self', 'data:', 'blob:']);
		expect(d['form-action']).toEqual(['self']);
		expect(JSON.stringify(d)).not.toMatch(/unsafe-eval|\*/);
	});

	it('hashes the script text exactly as the browser does', () => {
		// sha256 of "var a = 1;", computed with `printf 'var a = 1;' | openssl sha256 -binary | base64`.
		expect(inlineScriptHashes(template)).toEqual([
			'sha256-+dZ6udsWxNVoGfScAq7t5IIF5UJb4F6RhjbN6oe1p4w='
		]);
		expect(inlineScriptHashes('<script src="/a.js"></script>')).toEqual([]);
	});
});
