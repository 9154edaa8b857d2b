// Types for the whole app (SvelteKit reads this file).
declare global {
	/** package.json's version, put in by vite.config.ts at build time (see $lib/version). */
	const __APP_VERSION__: string;
	/** The sync-server origins this build allows (KIES_SYNC_ORIGINS), as its CSP does. */
	const __SYNC_ORIGINS__: string[];
}

export {};
