/** The message catalogue and the current language, in one import for components. */
import { getLocale, overwriteGetLocale, setLocale, locales } from '$lib/paraglide/runtime.js';
import type { Lang } from '$lib/domain/dates';

// Every message asks for the locale, and Paraglide resolves it anew each time (the URL's
// strategy, then localStorage): a page with a few hundred texts spent real time on it. In the
// browser the language only changes through switchLanguage, which reloads the page, so it is
// resolved once here. (While prerendering there is no window and Paraglide keeps its own.)
if (typeof window !== 'undefined') {
	const resolved = getLocale();
	overwriteGetLocale(() => resolved);
}

export { m } from '$lib/paraglide/messages.js';
export { locales };

/** The language the app is shown in now. */
export function lang(): Lang {
	return getLocale() as Lang;
}

/** Switches the language; remembered on this device (reloads the page, unsaved edits are autosaved). */
export function switchLanguage(next: Lang): void {
	setLocale(next);
}
