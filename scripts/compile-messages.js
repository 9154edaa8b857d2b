// Compiles the message catalogue for Vitest and svelte-check, which run without the Vite plugin.
import { compile } from '@inlang/paraglide-js';

await compile({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['localStorage', 'baseLocale'],
	emitGitIgnore: false
});
