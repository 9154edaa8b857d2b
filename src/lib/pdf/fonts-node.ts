/** Font loading for unit tests and benchmarks in Node: the same files, read from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { needsCjkFont, type FontBytes } from './fonts';

const require = createRequire(import.meta.url);

let cached: Promise<FontBytes> | null = null;
let cjk: Promise<Uint8Array> | null = null;

async function read(specifier: string): Promise<Uint8Array> {
	return new Uint8Array(await readFile(require.resolve(specifier)));
}

/** Reads the four font files once per process, and the CJK font when `forText` needs it. */
export async function loadFontBytes(forText = ''): Promise<FontBytes> {
	cached ??= Promise.all([
		read(
			'@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf'
		),
		read(
			'@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf'
		),
		read('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
		read('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')
	]).then(([regular, bold, fallbackRegular, fallbackBold]) => ({
		regular,
		bold,
		fallbackRegular,
		fallbackBold
	}));
	const base = await cached;
	if (!needsCjkFont(forText)) return base;
	cjk ??= read('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
	return { ...base, cjk: await cjk };
}
