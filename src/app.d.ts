// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** package.json's version, put in by vite.config.ts at build time (see $lib/version). */
	const __APP_VERSION__: string;
}

export {};
