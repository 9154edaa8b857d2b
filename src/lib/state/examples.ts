/**
 * Installs the example cards when a page may show them. The texts (16 KB gzip) load only when
 * the device's examples are missing or out of date, and only on a page that shows cards: on a
 * returning visit nothing is loaded at all.
 */
import { resolve } from '$app/paths';
import { examplesCurrent } from '$lib/db/examples-stamp';

/** The pages that show or use cards: the library, printing, plans, templates, new groups. */
const CARD_SECTIONS = [
	resolve('/werkvormen'),
	resolve('/print'),
	resolve('/groepen/sessie'),
	resolve('/groepen/run'),
	resolve('/groepen/sjablonen'),
	resolve('/groepen/nieuw'),
	resolve('/groepen/toevoegen')
];

export function showsCards(pathname: string): boolean {
	return CARD_SECTIONS.some(
		(section) => pathname === section || pathname.startsWith(section + '/')
	);
}

let pending: Promise<void> | null = null;

/** Idempotent; the first call in a page load does the work, later calls share its promise. */
export function ensureExamples(): Promise<void> {
	pending ??= (async () => {
		if (await examplesCurrent()) return;
		const { ensureExampleCards } = await import('$lib/db/cards');
		await ensureExampleCards();
	})().catch((err: unknown) => {
		pending = null;
		throw err;
	});
	return pending;
}
