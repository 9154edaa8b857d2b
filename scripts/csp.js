// The Content-Security-Policy of the built app, shared by svelte.config.js and vite.config.ts.
// Plain JavaScript so both configs (and tests) can import it before anything is compiled.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const ALLOWED_PROTOCOLS = new Set(['ws:', 'wss:', 'http:', 'https:']);

/**
 * The sync-server origins the build allows, from `KIES_SYNC_ORIGINS` (comma-separated).
 * A bad entry stops the build: a policy that silently drops the server is worse than none.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function syncOrigins(value = process.env.KIES_SYNC_ORIGINS) {
	if (!value || !value.trim()) return [];
	/** @type {string[]} */
	const origins = [];
	for (const entry of value
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)) {
		let url;
		try {
			url = new URL(entry);
		} catch {
			throw new Error(`KIES_SYNC_ORIGINS: "${entry}" is not an address`);
		}
		if (
			!ALLOWED_PROTOCOLS.has(url.protocol) ||
			!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)
		) {
			throw new Error(`KIES_SYNC_ORIGINS: "${entry}" must be ws, wss, http or https`);
		}
		if (entry.replace(/\/$/, '') !== url.origin) {
			throw new Error(
				`KIES_SYNC_ORIGINS: "${entry}" must be an origin (no path), as ${url.origin}`
			);
		}
		if (!origins.includes(url.origin)) origins.push(url.origin);
	}
	return origins;
}

/**
 * The sha256 source of every inline script in a HTML text, as CSP writes it.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
	/** @type {string[]} */
	const hashes = [];
	for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		hashes.push(`sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}`);
	}
	return hashes;
}

/**
 * Directives for `kit.csp` (mode 'hash': SvelteKit adds the hashes of its own boot script and
 * of every inlined stylesheet). The app.html template's own inline script is hashed here.
 * Styles keep 'unsafe-inline': Svelte writes style attributes and transitions; a style cannot
 * run code, and img-src/font-src/connect-src keep it from sending anything out.
 * @param {{ appTemplate?: string, sync?: string[] }} [options]
 */
export function cspDirectives(options = {}) {
	const template = options.appTemplate ?? readFileSync('src/app.html', 'utf8');
	const sync = options.sync ?? syncOrigins();
	return {
		'default-src': ['none'],
		'script-src': ['self', ...inlineScriptHashes(template)],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self', ...sync],
		'manifest-src': ['self'],
		'worker-src': ['self'],
		'frame-src': ['none'],
		'child-src': ['none'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}
