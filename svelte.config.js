import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './scripts/csp.js';

// The browser tests build into folders of their own (scripts/e2e.js sets KIES_BUILD=e2e), so a
// test run never replaces the build that `npm start` is serving, and never tests that one.
const e2e = process.env.KIES_BUILD === 'e2e';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes for every project file; libraries in node_modules decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// All data lives in the browser: the build is a folder of static files.
		// Every route is prerendered as an empty shell, and 200.html answers any other path.
		adapter: adapter({
			pages: e2e ? 'build-e2e' : 'build',
			assets: e2e ? 'build-e2e' : 'build',
			fallback: '200.html',
			strict: true
		}),
		outDir: e2e ? '.svelte-kit-e2e' : '.svelte-kit',
		serviceWorker: { register: false },
		// Every stylesheet is a few KB: inline them in the prerendered pages so the first paint
		// waits for nothing but the HTML (client-side navigation still loads them as files).
		inlineStyleThreshold: 8 * 1024,
		// A strict policy (scripts/csp.js): only this app's files and hashed inline scripts run,
		// and nothing is sent anywhere but the app itself and the organisation's sync server.
		// Prerendered pages carry it as a <meta> tag; hooks.server.ts keeps the boot hash right.
		csp: { mode: 'hash', directives: cspDirectives() }
	}
};

export default config;
