// Builds bench/browser/main.ts (the app's real modules) into bench/tmp/browser for Chromium.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const lib = fileURLToPath(new URL('../../src/lib', import.meta.url));
const pkg = fileURLToPath(new URL('../../package.json', import.meta.url));
const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	logLevel: 'warn',
	resolve: { alias: { $lib: lib } },
	// As in the app's vite.config.ts.
	define: { __APP_VERSION__: JSON.stringify(version) },
	build: {
		outDir: fileURLToPath(new URL('../tmp/browser', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022'
	}
});
