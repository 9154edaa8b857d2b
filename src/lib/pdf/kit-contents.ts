/**
 * What a session's print kit holds, without pdf-lib (the print page says it before the
 * PDF code is loaded).
 */
import type { Card, Session } from '$lib/model';

/** Most copies of one worksheet in a kit (a group is at most a class). */
export const MAX_KIT_COPIES = 40;

/** Copies of each worksheet: one per child taking part, at least one. */
export function kitCopies(childCount: number): number {
	return Math.max(1, Math.min(MAX_KIT_COPIES, Math.floor(childCount)));
}

/** The cards of a session in plan order, each once. */
export function kitCards(session: Session, cards: ReadonlyMap<string, Card>): Card[] {
	const seen = new Set<string>();
	const result: Card[] = [];
	for (const block of session.blocks) {
		const card = block.cardId ? cards.get(block.cardId) : undefined;
		if (!card || seen.has(card.id)) continue;
		seen.add(card.id);
		result.push(card);
	}
	return result;
}

/** Activity sheets, worksheets and copies of each worksheet in the kit. */
export function kitContents(data: {
	session: Session;
	cards: ReadonlyMap<string, Card>;
	childCount: number;
}): { sheets: number; worksheets: number; copies: number } {
	const cards = kitCards(data.session, data.cards);
	return {
		sheets: cards.length,
		worksheets: cards.filter((card) => card.worksheet !== null).length,
		copies: kitCopies(data.childCount)
	};
}
