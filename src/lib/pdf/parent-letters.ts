/**
 * Letters for parents, in the project's own words: the invitation to the group's information
 * meeting (with a reply slip) and the consent form, one page per child, with a signature block
 * for each parent with custody.
 */
import type { Group, Participant, Session } from '$lib/model';
import { formatDay } from '$lib/domain/dates';
import { letterChildren, sessionSpan, type InformationMeeting } from '$lib/domain/parent-letters';
import { joinNames, texts, type PdfOptions } from './common';
import { slug } from './file-names';
import { PdfWriter, GREY, INK, MM } from './writer';

export interface ParentLettersData {
	group: Group;
	/** The school's name; '' when the group has none. */
	schoolName: string;
	sessions: readonly Session[];
	participants: readonly Participant[];
}

/** Body size of the letters: a normal letter's size, so a page per child fits. */
const SIZE = 11;
/** Signature blocks drawn on each consent form: one per parent with custody. */
export const SIGNATURE_BLOCKS = 2;

type Lang = PdfOptions['lang'];

/** Label and value rows ("Wanneer   dinsdag 27 januari 2026, 19:30–21:00 uur"). */
function facts(w: PdfWriter, rows: readonly [string, string][]): void {
	const labelWidth = 42 * MM;
	const lineHeight = SIZE * 1.35;
	for (const [label, value] of rows) {
		if (!value.trim()) continue;
		const lines = w.wrap(value, w.width - labelWidth, SIZE);
		w.ensure(lineHeight * lines.length);
		w.drawText(label, w.left, w.y - SIZE, { size: SIZE, bold: true });
		for (const line of lines) {
			w.drawText(line, w.left + labelWidth, w.y - SIZE, { size: SIZE });
			w.y -= lineHeight;
		}
		w.y -= SIZE * 0.2;
	}
}

/** A line to write on after a label, to the right edge of `width`. */
function fillIn(w: PdfWriter, label: string, x: number, width: number, prefill = ''): void {
	w.drawText(label, x, w.y - SIZE, { size: SIZE });
	const start = x + w.textWidth(label, SIZE) + 6;
	if (prefill) w.drawText(prefill, start + 2, w.y - SIZE, { size: SIZE, bold: true });
	w.page.drawLine({
		start: { x: start, y: w.y - SIZE - 3 },
		end: { x: x + width, y: w.y - SIZE - 3 },
		thickness: 0.6,
		color: GREY
	});
	w.y -= SIZE * 2.4;
}

function writeInvitation(
	w: PdfWriter,
	data: ParentLettersData,
	meeting: InformationMeeting,
	childName: string,
	lang: Lang
): void {
	const t = texts(lang);
	const { group } = data;
	const coaches = joinNames(group.coaches, lang);
	const date = formatDay(meeting.date, lang, 'long');
	w.newPage('A4');
	w.paragraph(childName ? t.parents_letter_to_child({ child: childName }) : t.parents_letter_to(), {
		size: SIZE,
		bold: true
	});
	w.heading(t.parents_letter_invite_title(), 2);
	w.paragraph(t.parents_letter_dear(), { size: SIZE });
	w.space(4);
	w.paragraph(t.parents_letter_group_what({ group: group.name }), { size: SIZE });
	w.space(4);
	w.paragraph(
		t.parents_letter_group_size({
			n: String(sessionSpan(group, data.sessions).count),
			minutes: String(group.sessionMinutes)
		}),
		{ size: SIZE }
	);
	w.space(4);
	w.paragraph(t.parents_letter_invite_why(), { size: SIZE });
	w.space(8);
	facts(w, [
		[t.parents_letter_when(), t.print_plan_when({ date, start: meeting.start, end: meeting.end })],
		[t.parents_letter_where(), meeting.place],
		[t.parents_letter_school(), data.schoolName],
		[t.parents_letter_coaches(), coaches]
	]);
	w.space(6);
	w.paragraph(t.parents_letter_both_welcome(), { size: SIZE });
	w.space(8);
	w.paragraph(t.parents_letter_greeting(), { size: SIZE });
	if (coaches) w.paragraph(coaches, { size: SIZE, bold: true });
	writeReplySlip(w, childName, date, lang);
}

/** The reply slip below a dashed cut line: who comes, name and signature. */
function writeReplySlip(w: PdfWriter, childName: string, date: string, lang: Lang): void {
	const t = texts(lang);
	const height = 62 * MM;
	w.ensure(height);
	w.y = Math.min(w.y, w.bottom + height);
	w.paragraph(t.parents_letter_cut(), { size: 9, color: GREY });
	w.y -= 3;
	w.page.drawLine({
		start: { x: w.left, y: w.y },
		end: { x: w.left + w.width, y: w.y },
		thickness: 0.8,
		color: GREY,
		dashArray: [5, 4]
	});
	w.y -= 10;
	w.paragraph(t.parents_reply_title({ date }), { size: SIZE, bold: true });
	w.space(4);
	fillIn(w, t.parents_reply_child(), w.left, w.width, childName);
	w.checklist([t.parents_reply_yes(), t.parents_reply_no()], { size: SIZE });
	w.space(6);
	const half = (w.width - 8 * MM) / 2;
	const y = w.y;
	fillIn(w, t.parents_reply_name(), w.left, half);
	w.y = y;
	fillIn(w, t.parents_reply_signature(), w.left + half + 8 * MM, half);
}

/** Two blocks side by side: for each parent with custody name, date and signature. */
function signatureBlocks(w: PdfWriter, lang: Lang): void {
	const t = texts(lang);
	const gap = 8 * MM;
	const boxWidth = (w.width - gap * (SIGNATURE_BLOCKS - 1)) / SIGNATURE_BLOCKS;
	const height = 58 * MM;
	w.ensure(height);
	const top = w.y;
	for (let i = 0; i < SIGNATURE_BLOCKS; i++) {
		const x = w.left + i * (boxWidth + gap);
		const pad = 3 * MM;
		w.page.drawRectangle({
			x,
			y: top - height,
			width: boxWidth,
			height,
			borderColor: INK,
			borderWidth: 1
		});
		w.y = top - pad;
		for (const line of w.wrap(
			t.parents_consent_parent({ n: String(i + 1) }),
			boxWidth - 2 * pad,
			SIZE,
			true
		)) {
			w.drawText(line, x + pad, w.y - SIZE, { size: SIZE, bold: true });
			w.y -= SIZE * 1.3;
		}
		w.y -= SIZE * 0.8;
		fillIn(w, `${t.parents_consent_name()}:`, x + pad, boxWidth - 2 * pad);
		fillIn(w, `${t.parents_consent_date()}:`, x + pad, boxWidth - 2 * pad);
		w.drawText(`${t.parents_consent_signature()}:`, x + pad, w.y - SIZE, { size: SIZE });
	}
	w.y = top - height - SIZE;
}

function writeConsent(w: PdfWriter, data: ParentLettersData, child: Participant, lang: Lang): void {
	const t = texts(lang);
	const { group } = data;
	const span = sessionSpan(group, data.sessions);
	const sessions =
		span.first === null || span.last === null
			? t.parents_consent_sessions_unplanned({ n: String(span.count) })
			: span.count === 1
				? t.parents_consent_sessions_one({ first: formatDay(span.first, lang, 'long') })
				: t.parents_consent_sessions_span({
						n: String(span.count),
						first: formatDay(span.first, lang, 'long'),
						last: formatDay(span.last, lang, 'long')
					});
	w.newPage('A4');
	w.heading(t.parents_consent_title(), 2);
	facts(w, [
		[t.parents_consent_child(), child.name],
		[t.parents_consent_group(), group.name],
		[t.parents_letter_school(), data.schoolName],
		[t.parents_letter_coaches(), joinNames(group.coaches, lang)],
		[t.parents_consent_sessions(), sessions]
	]);
	w.heading(t.parents_consent_means_heading(), 3);
	w.paragraph(t.parents_consent_means(), { size: SIZE });
	w.space(3);
	w.paragraph(t.parents_consent_stop(), { size: SIZE });
	w.heading(t.parents_consent_stored_heading(), 3);
	w.paragraph(t.parents_consent_stored(), { size: SIZE });
	w.space(8);
	w.paragraph(t.parents_consent_statement({ child: child.name, group: group.name }), {
		size: SIZE,
		bold: true
	});
	w.space(4);
	w.paragraph(t.parents_consent_custody(), { size: SIZE });
	w.space(6);
	signatureBlocks(w, lang);
	w.paragraph(t.parents_consent_return(), { size: SIZE, color: GREY });
}

/**
 * The invitation to the information meeting: one letter per child (addressed to the child's
 * parents) or, with `perChild` off or no children yet, one letter to all parents.
 */
export async function buildInvitation(
	data: ParentLettersData,
	meeting: InformationMeeting,
	options: PdfOptions & { perChild?: boolean }
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const w = await PdfWriter.create({
		fonts: options.fonts,
		lang: options.lang,
		baseSize: SIZE,
		pageNumbers: false,
		title: `${t.parents_letter_invite_title()} – ${data.group.name}`
	});
	const names =
		options.perChild === false ? [] : letterChildren(data.participants).map((c) => c.name);
	for (const name of names.length ? names : ['']) {
		writeInvitation(w, data, meeting, name, options.lang);
	}
	return w.finish();
}

/** The consent forms: one page per child taking part, all in one file. */
export async function buildConsentForms(
	data: ParentLettersData,
	options: PdfOptions
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const w = await PdfWriter.create({
		fonts: options.fonts,
		lang: options.lang,
		baseSize: SIZE,
		pageNumbers: false,
		title: `${t.parents_consent_title()} – ${data.group.name}`
	});
	for (const child of letterChildren(data.participants)) writeConsent(w, data, child, options.lang);
	return w.finish();
}

/** "uitnodiging-informatiebijeenkomst-de-regenboog-7-12.pdf". */
export function parentLetterFileName(
	kind: 'invitation' | 'consent',
	groupName: string,
	lang: Lang
): string {
	const t = texts(lang);
	const word = kind === 'invitation' ? t.parents_file_invitation() : t.parents_file_consent();
	return `${word}-${slug(groupName)}.pdf`;
}
