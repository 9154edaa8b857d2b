/**
 * A session's print kit in one PDF: the session plan, the activity sheets of the cards in the
 * plan, their worksheets once per child taking part, and the group's register to tick.
 */
import type { Card, Group, Participant, Session } from '$lib/model';
import { texts, type PdfOptions } from './common';
import { writeActivitySheet } from './activity-sheet';
import { writeRegister } from './register';
import { PLAN_SIZE, writeSessionPlan } from './session-plan';
import { kitCards, kitCopies } from './kit-contents';
import { withWorksheet, writeWorksheet } from './worksheet';

export { kitContents } from './kit-contents';
import { PdfWriter } from './writer';

export interface SessionKitData {
	group: Group;
	session: Session;
	/** All sessions of the group, for the register's columns. */
	sessions: readonly Session[];
	cards: ReadonlyMap<string, Card>;
	participants: readonly Participant[];
	/** Children taking part: the number of copies of each worksheet. */
	childCount: number;
}

/** The kit as one PDF with a bookmark per part. */
export async function buildSessionKit(
	data: SessionKitData,
	options: PdfOptions
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const lang = options.lang;
	const { group, session } = data;
	const w = await PdfWriter.create({
		...options,
		baseSize: PLAN_SIZE,
		title: `${t.print_kit_title()} ${group.name} – ${t.print_plan_heading({
			number: String(session.number),
			count: String(group.sessionCount)
		})}`
	});
	const cards = kitCards(session, data.cards);
	writeSessionPlan(w, { group, session, cards: data.cards, childCount: data.childCount }, lang, 0);
	for (const card of cards) writeActivitySheet(w, card, lang, 0);
	const copies = kitCopies(data.childCount);
	for (const card of withWorksheet(cards)) {
		for (let copy = 0; copy < copies; copy++) {
			writeWorksheet(w, card, lang, copy === 0 ? 0 : undefined);
		}
	}
	writeRegister(w, { group, sessions: data.sessions, participants: data.participants }, lang, 0);
	return w.finish();
}
