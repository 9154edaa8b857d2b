/** The attendance register on paper: children × session dates, boxes to tick or sign. */
import type { Group, Participant, Session } from '$lib/model';
import { formatDay } from '$lib/domain/dates';
import { joinNames, texts, type PdfOptions } from './common';
import { rgb } from 'pdf-lib';
import { PdfWriter, GREY, type Cell, type Column } from './writer';

export interface RegisterData {
	group: Group;
	sessions: readonly Session[];
	participants: readonly Participant[];
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
	bookmarkLevel?: number
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
	w.paragraph(t.print_register_legend(), { color: GREY, size: 10 });
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
				child.stoppedOn && s.date > child.stoppedOn ? { text: '', fill: SHADE } : cancelled(s)
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
export async function buildRegister(data: RegisterData, options: PdfOptions): Promise<Uint8Array> {
	const t = texts(options.lang);
	const w = await PdfWriter.create({
		...options,
		format: 'A4-landscape',
		baseSize: 11,
		title: `${t.print_register_title()} ${data.group.name}`
	});
	writeRegister(w, data, options.lang);
	return w.finish();
}
