/** The activity sheet: one whole card for the coach, in large type. */
import type { Card } from '$lib/model';
import { themeLabel } from '$lib/i18n/card-labels';
import { cardMeta, materialLine, texts, type PdfOptions } from './common';
import { PdfWriter, GREY } from './writer';

/** Body size of activity sheets ("large type"). */
export const SHEET_SIZE = 14;

/** Writes one card from a new page on; `bookmarkLevel` adds it to the outline. */
export function writeActivitySheet(
	w: PdfWriter,
	card: Card,
	lang: PdfOptions['lang'],
	bookmarkLevel?: number
): void {
	w.keepTail(() => writeActivitySheetOnce(w, card, lang, bookmarkLevel));
}

function writeActivitySheetOnce(
	w: PdfWriter,
	card: Card,
	lang: PdfOptions['lang'],
	bookmarkLevel?: number
): void {
	const t = texts(lang);
	const size = SHEET_SIZE;
	w.newPage('A4');
	w.paragraph(cardMeta(card, lang), { color: GREY, size });
	w.heading(card.title || '—', 1, bookmarkLevel === undefined ? {} : { bookmark: bookmarkLevel });
	if (card.summary.trim()) w.paragraph(card.summary, { size: size * 1.1 });

	const section = (title: string, body: () => void): void => {
		w.heading(title, 2);
		body();
	};
	const goals = card.goals.filter((g) => g.trim());
	if (goals.length) section(t.print_card_goals(), () => w.list(goals, { size }));
	const materials = card.materials.filter((item) => item.name.trim());
	if (materials.length) {
		section(t.print_card_materials(), () =>
			w.checklist(
				materials.map((item) => materialLine(item, lang)),
				{ size }
			)
		);
	}
	if (card.preparation.trim()) {
		section(t.print_card_preparation(), () => w.paragraph(card.preparation, { size }));
	}
	const steps = card.steps.filter((s) => s.trim());
	if (steps.length) section(t.print_card_steps(), () => w.list(steps, { size, numbered: true }));
	if (card.variationYounger.trim()) {
		section(t.print_card_younger(), () => w.paragraph(card.variationYounger, { size }));
	}
	if (card.variationOlder.trim()) {
		section(t.print_card_older(), () => w.paragraph(card.variationOlder, { size }));
	}
	if (card.tips.trim()) section(t.print_card_tips(), () => w.paragraph(card.tips, { size }));
	if (card.attention.trim()) {
		section(t.print_card_attention(), () => w.paragraph(card.attention, { size, bold: true }));
	}

	w.space(size);
	w.rule();
	const footer = [
		card.themes.length
			? t.print_card_themes({
					themes: card.themes.map((theme) => themeLabel(theme, lang)).join(', ')
				})
			: '',
		card.source.trim() ? t.print_card_source({ source: card.source.trim() }) : '',
		card.licence.trim() ? t.print_card_licence({ licence: card.licence.trim() }) : '',
		card.exampleId ? t.print_card_example() : ''
	].filter(Boolean);
	for (const line of footer) w.paragraph(line, { size: 10, color: GREY });
}

/** Activity sheets for the chosen cards, one or more pages each. */
export async function buildActivitySheets(
	cards: readonly Card[],
	options: PdfOptions
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const title = cards.length === 1 ? cards[0].title : t.print_sheets_title();
	const w = await PdfWriter.create({ ...options, baseSize: SHEET_SIZE, title });
	for (const card of cards)
		writeActivitySheet(w, card, options.lang, cards.length > 1 ? 0 : undefined);
	return w.finish();
}
