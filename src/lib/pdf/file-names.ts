/** File names for the PDFs: readable, and safe on every system ("sessieplan-de-regenboog-sessie-3-2026-02-17.pdf"). */
import { texts } from './common';
import type { Lang } from './writer';
import { fileName, slug } from '$lib/domain/files';

export { slug } from '$lib/domain/files';

const pdfName = (parts: string[]) => fileName(parts, 'pdf');

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
