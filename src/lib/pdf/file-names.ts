/** File names for the PDFs: readable, and safe on every system ("sessieplan-de-regenboog-sessie-3-2026-02-17.pdf"). */
import { texts } from './common';
import type { Lang } from './writer';

/** Lower case, accents folded, anything else than a-z and 0-9 becomes a single dash. */
export function slug(text: string, fallback = 'kies'): string {
	const folded = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/ß/g, 'ss')
		.replace(/[łŁ]/g, 'l')
		.replace(/[øØ]/g, 'o')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return folded || fallback;
}

function pdfName(parts: string[]): string {
	return `${parts.filter(Boolean).join('-')}.pdf`;
}

export type CardDocument = 'sheets' | 'cards' | 'worksheets';

export const fileNames = {
	sessionPlan(groupName: string, sessionNumber: number, date: string, lang: Lang): string {
		const t = texts(lang);
		return pdfName([
			t.print_file_plan(),
			slug(groupName),
			t.print_file_session(),
			String(sessionNumber),
			date
		]);
	},
	sessionKit(groupName: string, sessionNumber: number, date: string, lang: Lang): string {
		const t = texts(lang);
		return pdfName([
			t.print_file_kit(),
			slug(groupName),
			t.print_file_session(),
			String(sessionNumber),
			date
		]);
	},
	cards(kind: CardDocument, titles: readonly string[], lang: Lang): string {
		const t = texts(lang);
		const word = {
			sheets: t.print_file_sheets(),
			cards: t.print_file_cards(),
			worksheets: t.print_file_worksheets()
		}[kind];
		return pdfName([word, titles.length === 1 ? slug(titles[0]) : '']);
	},
	register(groupName: string, lang: Lang): string {
		return pdfName([texts(lang).print_file_register(), slug(groupName)]);
	},
	seriesPack(groupName: string, lang: Lang): string {
		return pdfName([texts(lang).print_file_pack(), slug(groupName)]);
	}
};
