// The floor for the first-page budget: a bare SvelteKit + Dexie page, built with the same tools.
import adapter from '@sveltejs/adapter-static';

export default {
	compilerOptions: { runes: true },
	kit: { adapter: adapter({ fallback: '200.html' }) }
};
