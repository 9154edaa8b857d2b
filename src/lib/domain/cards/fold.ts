// Plain ASCII has nothing to fold but case, and most search terms are plain ASCII.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds text for matching: no accents, no case ("Ruïne" → "ruine", "Şeyma" → "seyma").
 * Lower-casing needs no locale: Unicode's language-specific case rules are only for
 * Lithuanian, Turkish and Azeri, so Dutch and English fold the same either way.
 */
export function foldText(text: string): string {
	if (ASCII.test(text)) return text.toLowerCase();
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
