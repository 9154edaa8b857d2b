import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { syncOrigins } from './scripts/csp.js';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

// Under Vitest the messages are compiled once beforehand (scripts/compile-messages.js).
const i18n = process.env.VITEST
	? []
	: [
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['localStorage', 'baseLocale'],
				emitGitIgnore: false
			})
		];

export default defineConfig({
	plugins: [...i18n, sveltekit()],
	define: {
		__APP_VERSION__: JSON.stringify(version),
		// The organisation's sync-server origins this build may connect to: its CSP allows them and
		// the settings accept only these (KIES_SYNC_ORIGINS=wss://sync.example.org,..., checked).
		__SYNC_ORIGINS__: JSON.stringify(syncOrigins())
	},
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	// `SOURCEMAP=1 npx vite build` keeps source maps, to read a browser CPU profile by source file.
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts', 'server/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		expect: { requireAssertions: true },
		testTimeout: 20000
	}
});
