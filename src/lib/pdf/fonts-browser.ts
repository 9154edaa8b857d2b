/**
 * Font loading in the browser: the font files are bundled as assets (so they work offline
 * through the service worker) and fetched only when the user prints. The CJK font (10 MB) is
 * not precached: it is fetched the first time a document needs it, then kept by the service
 * worker's cache like any other file.
 */
import notoScUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import atkinsonRegularUrl from '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf?url';
import atkinsonBoldUrl from '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf?url';
import dejavuRegularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import dejavuBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { needsCjkFont, type FontBytes } from './fonts';

let cached: Promise<FontBytes> | null = null;
let cjk: Promise<ArrayBuffer> | null = null;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

/** The fonts for a document whose text is `forText` (the CJK font only when it needs one). */
export async function loadFontBytes(forText = ''): Promise<FontBytes> {
	const base = await loadBaseFonts();
	if (!needsCjkFont(forText)) return base;
	cjk ??= fetchBytes(notoScUrl);
	cjk.catch(() => (cjk = null));
	return { ...base, cjk: await cjk };
}

/** Fetches the four font files once per page visit. */
function loadBaseFonts(): Promise<FontBytes> {
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
