/**
 * Hyphenation for the PDFs: the `hyphen` package with the TeX patterns for Dutch (and British
 * English for English documents). The patterns are loaded with `import()` when a document is
 * made, so they travel with pdf-lib in the print chunk and are cached for offline use with it.
 */
import type { Lang } from './writer';

/** Splits one word into the pieces it may be broken between ("kin", "der", "be"…). */
export type Hyphenator = (word: string) => string[];

const SOFT_HYPHEN = '\u00ad';
const cache = new Map<Lang, Promise<Hyphenator>>();

interface HyphenModule {
	hyphenateSync: (text: string, options?: { minWordLength?: number }) => string;
}

/** The hyphenator of a document language (loaded once). */
export function loadHyphenator(lang: Lang): Promise<Hyphenator> {
	let found = cache.get(lang);
	if (!found) {
		const load: Promise<HyphenModule> =
			lang === 'nl'
				? import('hyphen/nl').then((mod) => (mod.default ?? mod) as HyphenModule)
				: import('hyphen/en-gb').then((mod) => (mod.default ?? mod) as HyphenModule);
		found = load.then(
			(mod) => (word: string) =>
				// Words with digits, @ or slashes are codes, addresses or dates: never split those.
				/[\d@/\\]/.test(word)
					? [word]
					: mod.hyphenateSync(word, { minWordLength: 6 }).split(SOFT_HYPHEN)
		);
		found.catch(() => cache.delete(lang));
		cache.set(lang, found);
	}
	return found;
}
