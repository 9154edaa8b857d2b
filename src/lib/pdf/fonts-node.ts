/** Font loading for unit tests and benchmarks in Node: the same files, read from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontBytes } from './fonts';

const require = createRequire(import.meta.url);

let cached: Promise<FontBytes> | null = null;

async function read(specifier: string): Promise<Uint8Array> {
	return new Uint8Array(await readFile(require.resolve(specifier)));
}

/** Reads the four font files once per process. */
export function loadFontBytes(): Promise<FontBytes> {
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
	return cached;
}
