/** The message catalogue and the current language, in one import for components. */
import { getLocale, setLocale, locales } from '$lib/paraglide/runtime.js';
import type { Lang } from '$lib/domain/dates';

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
