/**
 * A fingerprint of the shipped example set, small enough for the first page: the layout compares
 * it with the one stored at the last seeding, and loads the example texts (`./cards`, 16 KB gzip)
 * only when they differ. A unit test keeps these constants in step with `EXAMPLE_CARDS`.
 */

/** How many example cards ship with this version. */
export const EXAMPLE_CARD_COUNT = 43;

/** `examplesStamp(EXAMPLE_CARDS)`; when an example is added or its version raised, update it. */
export const EXAMPLES_STAMP = '43-a7ecadbc';

/** "<count>-<FNV-1a of every exampleId@version, sorted>": changes with any example or version. */
export function examplesStamp(examples: readonly { exampleId: string; version: number }[]): string {
	const text = examples
		.map((example) => `${example.exampleId}@${example.version}`)
		.sort()
		.join(',');
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `${examples.length}-${hash.toString(16).padStart(8, '0')}`;
}
