/**
 * The hand-over sheet: one child's signals and Meldcode steps, for a warm hand-over to the
 * school's care coordinator or the local team. Built only when the coach asks, after unlock.
 */
import { m } from '$lib/i18n';
import { formatDay, type Day } from '$lib/domain/dates';
import { MELDCODE_STEPS } from '$lib/domain/meldcode';
import { stepReminder } from '$lib/domain/meldcode-reminder';
import { sortSignals, type Signal } from '$lib/domain/signals';
import { concernName, roleName, stepTitle } from '$lib/i18n/care-labels';
import type { FontBytes } from './fonts';
import { GREY, PdfWriter, type Lang } from './writer';

export interface HandoverInput {
	childName: string;
	groupName: string;
	signals: readonly Signal[];
	today: Day;
}

/** A short PDF of one child's signals, newest first. */
export async function buildHandover(
	input: HandoverInput,
	options: { fonts: FontBytes; lang: Lang }
): Promise<Uint8Array> {
	const lang = options.lang;
	const o = { locale: lang };
	const title = m.care_pdf_handover_title({ name: input.childName }, o);
	const w = await PdfWriter.create({ ...options, title, baseSize: 11 });
	w.heading(title, 1);
	w.paragraph(m.care_pdf_group({ name: input.groupName }, o), { bold: true });
	w.paragraph(m.care_pdf_handover_intro({ date: formatDay(input.today, lang) }, o), {
		color: GREY
	});

	for (const signal of sortSignals([...input.signals])) {
		w.heading(m.care_signal_on({ date: formatDay(signal.date, lang) }, o), 2);
		w.paragraph(m.care_pdf_facts({}, o), { bold: true });
		w.paragraph(signal.facts);
		if (signal.concerns.length > 0) {
			w.paragraph(m.care_concerns({}, o), { bold: true });
			w.list(signal.concerns.map((area) => concernName(area, lang)));
		}
		const steps = MELDCODE_STEPS.filter((step) => signal.steps[step]);
		w.paragraph(m.care_steps_reached({}, o), { bold: true });
		w.list(
			steps.length === 0
				? [m.care_no_step({}, o)]
				: steps.map(
						(step) =>
							`${m.care_step_on({ n: String(step), date: formatDay(signal.steps[step] ?? '', lang) }, o)}: ${stepTitle(step, lang)}`
					)
		);
		if (signal.consulted.length > 0) {
			w.paragraph(
				`${m.care_consulted({}, o)}: ${signal.consulted.map((r) => roleName(r, lang)).join(', ')}`
			);
		}
		if (signal.decision) w.paragraph(`${m.care_decision({}, o)}: ${signal.decision}`);
		const next = stepReminder(signal.date, signal.steps, input.today).next;
		w.paragraph(
			next === null
				? m.care_all_steps_done({}, o)
				: m.care_next_step(
						{ step: m.care_step_label({ n: String(next), title: stepTitle(next, lang) }, o) },
						o
					),
			{ color: GREY }
		);
	}
	return w.finish();
}
