/**
 * Builds the asked PDF. The PDF code (pdf-lib, fontkit, fonts) is loaded here with `import()`,
 * only when the user presses the button, so it never weighs on the first page load.
 */
import type { Card } from '$lib/model';
import type { Lang } from '$lib/domain/dates';
import type { GroupPrint, SessionKitPrint, SessionPrint } from '$lib/db/print-reads';

export interface MadePdf {
	bytes: Uint8Array;
	fileName: string;
}

export type CardDocument = 'sheets' | 'cards' | 'worksheets';

export interface CardPrintOptions {
	document: CardDocument;
	backSide: boolean;
	inkSaving: boolean;
	/** Copies of each worksheet (one per child). */
	copies?: number;
}

export type OnProgress = (done: number, total: number) => void;

/** The PDF code and the fonts that `data`'s text needs (a CJK font only for such names). */
async function toolkit(data: unknown) {
	const pdf = await import('$lib/pdf/index');
	return { pdf, fonts: await pdf.loadFontBytes(pdf.textOf(data)) };
}

export async function makeCardsPdf(
	cards: readonly Card[],
	choice: CardPrintOptions,
	lang: Lang
): Promise<MadePdf> {
	const { pdf, fonts } = await toolkit(cards);
	const options = { fonts, lang };
	const bytes =
		choice.document === 'sheets'
			? await pdf.buildActivitySheets(cards, options)
			: choice.document === 'cards'
				? await pdf.buildCutCards(cards, choice, options)
				: await pdf.buildWorksheets(cards, options, choice.copies ?? 1);
	const titles =
		choice.document === 'worksheets'
			? pdf.withWorksheet(cards).map((c) => c.title)
			: cards.map((c) => c.title);
	return { bytes, fileName: pdf.fileNames.cards(choice.document, titles, lang) };
}

/** One file per chosen document, in the order cut-out cards, activity sheets, worksheets. */
export async function makeCardsPdfs(
	cards: readonly Card[],
	choices: readonly CardPrintOptions[],
	lang: Lang,
	onProgress: OnProgress
): Promise<MadePdf[]> {
	const made: MadePdf[] = [];
	for (const choice of choices) {
		onProgress(made.length, choices.length);
		made.push(await makeCardsPdf(cards, choice, lang));
	}
	onProgress(made.length, choices.length);
	return made;
}

export async function makeSessionPdf(data: SessionPrint, lang: Lang): Promise<MadePdf> {
	const { pdf, fonts } = await toolkit(data);
	return {
		bytes: await pdf.buildSessionPlan(data, { fonts, lang }),
		fileName: pdf.fileNames.sessionPlan(
			data.group.name,
			data.session.number,
			data.session.date,
			lang
		)
	};
}

/** A session's kit in one PDF: plan, activity sheets, worksheets × children, register. */
export async function makeSessionKitPdf(data: SessionKitPrint, lang: Lang): Promise<MadePdf> {
	const { pdf, fonts } = await toolkit(data);
	return {
		bytes: await pdf.buildSessionKit(data, { fonts, lang }),
		fileName: pdf.fileNames.sessionKit(
			data.group.name,
			data.session.number,
			data.session.date,
			lang
		)
	};
}

export async function makeSeriesPdf(
	data: GroupPrint,
	lang: Lang,
	onProgress: OnProgress
): Promise<MadePdf> {
	const { pdf, fonts } = await toolkit(data);
	return {
		bytes: await pdf.buildSeriesPack(data, { fonts, lang, onProgress }),
		fileName: pdf.fileNames.seriesPack(data.group.name, lang)
	};
}

export async function makeRegisterPdf(
	data: GroupPrint,
	lang: Lang,
	filled = false
): Promise<MadePdf> {
	const { pdf, fonts } = await toolkit(data);
	return {
		bytes: await pdf.buildRegister(data, { fonts, lang, filled }),
		fileName: pdf.fileNames.register(data.group.name, lang)
	};
}
