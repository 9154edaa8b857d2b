// Builds bench/browser/main.ts (the app's real modules) into bench/tmp/browser for Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const lib = fileURLToPath(new URL('../../src/lib', import.meta.url));

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	logLevel: 'warn',
	resolve: { alias: { $lib: lib } },
	build: {
		outDir: fileURLToPath(new URL('../tmp/browser', import.meta.url)),
		emptyOutDir: true,
		target: 'es2022'
	}
});
