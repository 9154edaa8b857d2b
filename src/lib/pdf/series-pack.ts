/** The series pack: a title page, every session with its sheets, and the register, in one PDF. */
import type { Card, Group, Participant, Session } from '$lib/model';
import { formatDay } from '$lib/domain/dates';
import { joinNames, nextTick, texts, type PdfOptions, type Progress } from './common';
import { writeActivitySheet } from './activity-sheet';
import { writeRegister } from './register';
import { PLAN_SIZE, writeSessionPlan } from './session-plan';
import { writeWorksheet } from './worksheet';
import { PdfWriter, GREY } from './writer';
import { kitCards } from './kit-contents';

export interface SeriesPackData {
	group: Group;
	sessions: readonly Session[];
	cards: ReadonlyMap<string, Card>;
	participants: readonly Participant[];
}

/** Children counted for materials: still taking part and not erased. */
export function activeChildCount(participants: readonly Participant[]): number {
	return participants.filter((p) => p.erasedAt === null && p.stoppedOn === null).length;
}

/** The whole series as one PDF with bookmarks; `onProgress` after every session. */
export async function buildSeriesPack(
	data: SeriesPackData,
	options: PdfOptions & { onProgress?: Progress }
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const lang = options.lang;
	const sessions = [...data.sessions].sort((a, b) => a.number - b.number);
	const total = sessions.length + 2;
	const report = async (done: number) => {
		options.onProgress?.(done, total);
		await nextTick();
	};
	const w = await PdfWriter.create({
		...options,
		baseSize: PLAN_SIZE,
		title: `${t.print_pack_title()} ${data.group.name}`
	});
	writeTitlePage(w, data, sessions, lang);
	await report(1);

	const childCount = activeChildCount(data.participants);
	for (const [index, session] of sessions.entries()) {
		const firstPage = w.doc.getPageCount();
		writeSessionPlan(w, { group: data.group, session, cards: data.cards, childCount }, lang);
		w.bookmarkPage(
			t.print_pack_session_bookmark({
				number: String(session.number),
				date: formatDay(session.date, lang)
			}),
			0,
			firstPage
		);
		for (const card of kitCards(session, data.cards)) writeActivitySheet(w, card, lang, 1);
		for (const card of kitCards(session, data.cards)) writeWorksheet(w, card, lang, 1);
		await report(index + 2);
	}
	writeRegister(w, { group: data.group, sessions, participants: data.participants }, lang, 0);
	const bytes = await w.finish();
	await report(total);
	return bytes;
}

function writeTitlePage(
	w: PdfWriter,
	data: SeriesPackData,
	sessions: Session[],
	lang: PdfOptions['lang']
): void {
	const t = texts(lang);
	w.newPage('A4');
	w.space(40);
	w.paragraph(t.print_pack_title(), { size: 16, color: GREY });
	w.heading(data.group.name, 1, { bookmark: 0 });
	const facts = [
		t.print_pack_age({ band: data.group.ageBand }),
		data.group.location.trim() ? t.print_plan_location({ location: data.group.location }) : '',
		joinNames(data.group.coaches, lang)
			? t.print_plan_coaches({ coaches: joinNames(data.group.coaches, lang) })
			: ''
	].filter(Boolean);
	for (const fact of facts) w.paragraph(fact, { size: 15 });
	w.space(12);
	w.paragraph(t.print_pack_contents());
	w.heading(t.print_pack_sessions(), 2);
	w.table(
		[
			{ header: t.print_register_session({ n: '' }).trim(), width: 1 },
			{ header: t.print_col_date(), width: 4 }
		],
		sessions.map((s) => [
			String(s.number),
			`${formatDay(s.date, lang, 'long')}, ${s.startTime}${s.status === 'cancelled' ? ` (${t.print_register_cancelled()})` : ''}`
		])
	);
}
