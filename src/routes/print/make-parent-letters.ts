/** Builds the letters for parents; the PDF code is loaded only when the coach presses print. */
import type { Lang } from '$lib/domain/dates';
import type { InformationMeeting } from '$lib/domain/parent-letters';
import type { ParentLettersPrint } from '$lib/db/print-reads';
import type { MadePdf } from './make-pdf';

async function toolkit(data: ParentLettersPrint) {
	const pdf = await import('$lib/pdf/parents-index');
	return { pdf, fonts: await pdf.loadFontBytes(pdf.textOf(data)) };
}

export async function makeInvitationPdf(
	data: ParentLettersPrint,
	meeting: InformationMeeting,
	lang: Lang,
	perChild: boolean
): Promise<MadePdf> {
	const { pdf, fonts } = await toolkit(data);
	return {
		bytes: await pdf.buildInvitation(data, meeting, { fonts, lang, perChild }),
		fileName: pdf.parentLetterFileName('invitation', data.group.name, lang)
	};
}

export async function makeConsentPdf(data: ParentLettersPrint, lang: Lang): Promise<MadePdf> {
	const { pdf, fonts } = await toolkit(data);
	return {
		bytes: await pdf.buildConsentForms(data, { fonts, lang }),
		fileName: pdf.parentLetterFileName('consent', data.group.name, lang)
	};
}
