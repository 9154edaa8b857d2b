/** The attendance register on paper: children × session dates, boxes to tick or sign. */
import {
	ATTENDANCE_MARKS,
	type Attendance,
	type AttendanceMark,
	type Group,
	type Participant,
	type Session
} from '$lib/model';
import { formatDay } from '$lib/domain/dates';
import { joinNames, texts, type PdfOptions } from './common';
import { rgb } from 'pdf-lib';
import { PdfWriter, GREY, type Cell, type Column } from './writer';

export interface RegisterData {
	group: Group;
	sessions: readonly Session[];
	participants: readonly Participant[];
	/** The marks; given with `filled`, the held sessions show them. */
	attendance?: readonly Attendance[];
}

export interface RegisterPrint {
	/** Print the marks of held sessions (for the file) rather than empty boxes. */
	filled?: boolean;
}

/** The code of a mark as the register screen shows it (one source: the screen's messages). */
export function markCode(mark: AttendanceMark, lang: PdfOptions['lang']): string {
	const t = texts(lang);
	return {
		present: t.children_symbols_present,
		late: t.children_symbols_late,
		'absent-notice': t.children_symbols_absent_notice,
		absent: t.children_symbols_absent
	}[mark]();
}

/** The screen's word for a mark ("Afgemeld"). */
export function markWord(mark: AttendanceMark, lang: PdfOptions['lang']): string {
	const t = texts(lang);
	return {
		present: t.children_mark_present,
		late: t.children_mark_late,
		'absent-notice': t.children_mark_absent_notice,
		absent: t.children_mark_absent
	}[mark]();
}

/** "✓ = Aanwezig, L = Te laat, AM = Afgemeld, ✗ = Afwezig zonder bericht". */
export function registerLegend(lang: PdfOptions['lang']): string {
	return ATTENDANCE_MARKS.map((mark) => `${markCode(mark, lang)} = ${markWord(mark, lang)}`).join(
		', '
	);
}

const WARN = rgb(0.62, 0.1, 0.05);
const SHADE = rgb(0.85, 0.85, 0.86);

/** True when one of the two parents' consents is missing. */
export function consentMissing(child: Participant): boolean {
	return !(child.consent1.given && child.consent2.given);
}

/** Children to list: not erased, in alphabetical order. */
export function registerChildren(participants: readonly Participant[]): Participant[] {
	return participants
		.filter((child) => child.erasedAt === null)
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Writes the register from a new A4 landscape page on. */
export function writeRegister(
	w: PdfWriter,
	data: RegisterData,
	lang: PdfOptions['lang'],
	bookmarkLevel?: number,
	print: RegisterPrint = {}
): void {
	w.keepTail(() => writeRegisterOnce(w, data, lang, bookmarkLevel, print));
}

function writeRegisterOnce(
	w: PdfWriter,
	data: RegisterData,
	lang: PdfOptions['lang'],
	bookmarkLevel?: number,
	print: RegisterPrint = {}
): void {
	const t = texts(lang);
	const sessions = [...data.sessions].sort((a, b) => a.number - b.number);
	const children = registerChildren(data.participants);
	w.newPage('A4-landscape');
	w.heading(
		`${t.print_register_title()} · ${data.group.name}`,
		1,
		bookmarkLevel === undefined ? {} : { bookmark: bookmarkLevel }
	);
	const facts = [
		data.group.location.trim() ? t.print_plan_location({ location: data.group.location }) : '',
		joinNames(data.group.coaches, lang)
			? t.print_plan_coaches({ coaches: joinNames(data.group.coaches, lang) })
			: ''
	].filter(Boolean);
	if (facts.length) w.paragraph(facts.join('   ·   '));
	const filled = print.filled === true;
	const marks = new Map(
		filled ? (data.attendance ?? []).map((a) => [`${a.sessionId}|${a.participantId}`, a.mark]) : []
	);
	w.paragraph(
		filled
			? t.print_register_legend_filled({ legend: registerLegend(lang) })
			: t.print_register_legend({ legend: registerLegend(lang) }),
		{ color: GREY, size: 10 }
	);
	w.space(4);

	const columns: Column[] = [
		{ header: t.print_register_child(), width: 3.2 },
		...sessions.map((s) => ({
			header: `${t.print_register_session({ n: String(s.number) })}\n${formatDay(s.date, lang)}`,
			width: 1.3
		}))
	];
	const cancelled = (s: Session): Cell =>
		s.status === 'cancelled'
			? { text: t.print_register_cancelled(), color: GREY, fill: SHADE }
			: '';
	const rows: Cell[][] = children.map((child) => {
		const notes = [
			consentMissing(child) ? `! ${t.print_register_consent_missing()}` : '',
			child.stoppedOn ? t.print_register_stopped({ date: formatDay(child.stoppedOn, lang) }) : ''
		].filter(Boolean);
		return [
			{ text: child.name, bold: true, note: notes.join('\n') || undefined, noteColor: WARN },
			...sessions.map((s) =>
				child.stoppedOn && s.date > child.stoppedOn
					? { text: '', fill: SHADE }
					: s.status === 'held' && marks.has(`${s.id}|${child.id}`)
						? { text: markCode(marks.get(`${s.id}|${child.id}`)!, lang), bold: true }
						: cancelled(s)
			)
		];
	});
	rows.push([{ text: t.print_register_signature(), bold: true }, ...sessions.map(cancelled)]);
	if (children.length === 0) w.paragraph(t.print_register_empty(), { bold: true });
	w.table(columns, rows, { size: 10, minRowHeight: 30 });
	if (children.some(consentMissing)) {
		w.paragraph(t.print_register_consent_note(), { size: 10, color: WARN });
	}
}

/** The register as a PDF file. */
export async function buildRegister(
	data: RegisterData,
	options: PdfOptions & RegisterPrint
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const w = await PdfWriter.create({
		...options,
		format: 'A4-landscape',
		baseSize: 11,
		title: `${options.filled ? t.print_register_title_filled() : t.print_register_title()} ${data.group.name}`
	});
	writeRegister(w, data, options.lang, undefined, { filled: options.filled });
	return w.finish();
}
