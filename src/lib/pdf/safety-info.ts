/**
 * Child-friendly safety information to hand out to the group: what you can do when you do
 * not feel safe at home, and whom you can call. Two versions, 7-12 and 13-17, written for
 * this project (see messages/care: care_sheet_*).
 */
import { m } from '$lib/i18n';
import type { FontBytes } from './fonts';
import { GREY, MM, PdfWriter, type Lang } from './writer';

export type SafetyBand = '7-12' | '13-17';

type Message = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;

const SHEETS: Record<
	SafetyBand,
	{ title: Message; intro: Message; what: Message; points: Message[]; keep: Message; end: Message }
> = {
	'7-12': {
		title: m.care_sheet_young_title,
		intro: m.care_sheet_young_intro,
		what: m.care_sheet_young_what,
		points: [
			m.care_sheet_young_1,
			m.care_sheet_young_2,
			m.care_sheet_young_3,
			m.care_sheet_young_4
		],
		keep: m.care_sheet_young_keep,
		end: m.care_sheet_young_end
	},
	'13-17': {
		title: m.care_sheet_teen_title,
		intro: m.care_sheet_teen_intro,
		what: m.care_sheet_teen_what,
		points: [m.care_sheet_teen_1, m.care_sheet_teen_2, m.care_sheet_teen_3, m.care_sheet_teen_4],
		keep: m.care_sheet_teen_keep,
		end: m.care_sheet_teen_end
	}
};

/** The texts of one sheet, in order (also used by tests). */
export function safetySheetText(band: SafetyBand, lang: Lang): string[] {
	const s = SHEETS[band];
	const o = { locale: lang };
	return [
		s.title({}, o),
		s.intro({}, o),
		s.what({}, o),
		...s.points.map((p) => p({}, o)),
		s.keep({}, o),
		s.end({}, o),
		m.care_sheet_footer({}, o)
	];
}

/** One A4 page in large, calm type. */
export async function buildSafetyInfo(
	band: SafetyBand,
	options: { fonts: FontBytes; lang: Lang }
): Promise<Uint8Array> {
	const [title, intro, what, ...rest] = safetySheetText(band, options.lang);
	const points = rest.slice(0, 4);
	const [keep, end, footer] = rest.slice(4);
	const size = band === '7-12' ? 16 : 14;
	const w = await PdfWriter.create({ ...options, title, baseSize: size, pageNumbers: false });
	w.paragraph(title, { size: size * 1.9, bold: true, leading: 1.2 });
	w.space(4 * MM);
	w.paragraph(intro, { leading: 1.45 });
	w.space(5 * MM);
	w.paragraph(what, { size: size * 1.3, bold: true });
	w.space(2 * MM);
	w.list(points);
	w.space(5 * MM);
	w.paragraph(keep, { leading: 1.45 });
	w.space(5 * MM);
	w.paragraph(end, { size: size * 1.2, bold: true, leading: 1.3 });
	w.space(10 * MM);
	w.paragraph(footer, { size: size * 0.8, color: GREY });
	return w.finish();
}
