/**
 * Font loading in the browser: the font files are bundled as assets (so they work offline
 * through the service worker) and fetched only when the user prints.
 */
import atkinsonRegularUrl from '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf?url';
import atkinsonBoldUrl from '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf?url';
import dejavuRegularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import dejavuBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { FontBytes } from './fonts';

let cached: Promise<FontBytes> | null = null;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

/** Fetches the four font files once per page visit. */
export function loadFontBytes(): Promise<FontBytes> {
	cached ??= Promise.all([
		fetchBytes(atkinsonRegularUrl),
		fetchBytes(atkinsonBoldUrl),
		fetchBytes(dejavuRegularUrl),
		fetchBytes(dejavuBoldUrl)
	]).then(([regular, bold, fallbackRegular, fallbackBold]) => ({
		regular,
		bold,
		fallbackRegular,
		fallbackBold
	}));
	// A failed fetch (offline before the files were cached) may succeed on the next try.
	cached.catch(() => (cached = null));
	return cached;
}
