/** The session plan: what happens when, the goals, the materials to bring, the notes. */
import type { Card, Group, Session } from '$lib/model';
import { addMinutesToTime, formatDay } from '$lib/domain/dates';
import {
	blockLeadNames,
	blockStartTimes,
	gatherMaterials,
	overrunMinutes,
	totalMinutes
} from '$lib/domain/plan';
import { blockTitle, joinNames, texts, type PdfOptions } from './common';
import { PdfWriter, GREY, type Cell } from './writer';

export interface SessionPlanData {
	group: Group;
	session: Session;
	/** The cards the plan's blocks refer to (missing ones are named as missing). */
	cards: ReadonlyMap<string, Card>;
	/** Children taking part, for materials counted per child. */
	childCount: number;
}

/** Body size of plans: readable at arm's length on a table. */
export const PLAN_SIZE = 13;

/** Writes one session plan from a new page on; `bookmarkLevel` adds it to the outline. */
export function writeSessionPlan(
	w: PdfWriter,
	data: SessionPlanData,
	lang: PdfOptions['lang'],
	bookmarkLevel?: number
): void {
	w.keepTail(() => writeSessionPlanOnce(w, data, lang, bookmarkLevel));
}

function writeSessionPlanOnce(
	w: PdfWriter,
	data: SessionPlanData,
	lang: PdfOptions['lang'],
	bookmarkLevel?: number
): void {
	const t = texts(lang);
	const { group, session } = data;
	const blocks = session.blocks;
	const starts = blockStartTimes(session.startTime, blocks);
	const planned = totalMinutes(blocks);
	const end = addMinutesToTime(session.startTime, Math.max(planned, group.sessionMinutes));
	const date = formatDay(session.date, lang, 'long');

	w.newPage('A4');
	w.paragraph(`${t.print_plan_title()} · ${group.name}`, { color: GREY, size: PLAN_SIZE });
	w.heading(
		t.print_plan_heading({
			number: String(session.number),
			count: String(group.sessionCount)
		}),
		1,
		bookmarkLevel === undefined ? {} : { bookmark: bookmarkLevel }
	);
	w.paragraph(t.print_plan_when({ date, start: session.startTime, end }), {
		size: PLAN_SIZE * 1.3,
		bold: true
	});
	const facts = [
		group.location.trim() ? t.print_plan_location({ location: group.location.trim() }) : '',
		joinNames(group.coaches, lang)
			? t.print_plan_coaches({ coaches: joinNames(group.coaches, lang) })
			: '',
		t.print_plan_children({ n: String(data.childCount) })
	].filter(Boolean);
	w.paragraph(facts.join('   ·   '), { size: PLAN_SIZE });
	if (session.status === 'cancelled') {
		w.space(6);
		w.paragraph([t.print_plan_cancelled(), session.cancelReason.trim()].filter(Boolean).join(' '), {
			bold: true,
			size: PLAN_SIZE * 1.15
		});
	}

	w.heading(t.print_plan_program(), 2);
	if (blocks.length === 0) w.paragraph(t.print_plan_empty(), { size: PLAN_SIZE });
	else {
		const rows: Cell[][] = blocks.map((block, index) => {
			const card = block.cardId ? data.cards.get(block.cardId) : undefined;
			const lead = joinNames(blockLeadNames(block, group.coaches), lang);
			const note = [lead ? t.print_plan_lead({ names: lead }) : '', block.notes.trim()]
				.filter(Boolean)
				.join(' · ');
			return [
				{ text: starts[index], bold: true },
				String(block.minutes),
				{ text: blockTitle(block, card, lang), bold: true, note: note || undefined }
			];
		});
		w.table(
			[
				{ header: t.print_col_time(), width: 1.1 },
				{ header: t.print_col_minutes(), width: 0.9 },
				{ header: t.print_col_block(), width: 6 }
			],
			rows,
			{ size: PLAN_SIZE + 1 }
		);
		w.paragraph(
			t.print_plan_total({ total: String(planned), session: String(group.sessionMinutes) }),
			{ size: PLAN_SIZE }
		);
		const over = overrunMinutes(blocks, group.sessionMinutes);
		if (over > 0)
			w.paragraph(t.print_plan_overrun({ n: String(over) }), { bold: true, size: PLAN_SIZE });
	}

	const goals = uniqueGoals(blocks.map((b) => (b.cardId ? data.cards.get(b.cardId) : undefined)));
	if (goals.length > 0) {
		w.heading(t.print_plan_goals(), 2);
		w.list(goals, { size: PLAN_SIZE });
	}

	w.heading(t.print_plan_materials(), 2);
	const materials = gatherMaterials(blocks, data.cards, data.childCount);
	if (materials.length === 0) w.paragraph(t.print_plan_materials_none(), { size: PLAN_SIZE });
	else {
		w.checklist(
			materials.map((item) =>
				t.print_material_total({ amount: String(item.amount), name: item.name })
			),
			{ size: PLAN_SIZE }
		);
	}

	if (session.notes.trim()) {
		w.heading(t.print_plan_notes(), 2);
		w.paragraph(session.notes, { size: PLAN_SIZE });
	}
}

function uniqueGoals(cards: (Card | undefined)[]): string[] {
	const seen = new Set<string>();
	const goals: string[] = [];
	for (const card of cards) {
		for (const goal of card?.goals ?? []) {
			const key = goal.trim().toLocaleLowerCase('nl');
			if (!key || seen.has(key)) continue;
			seen.add(key);
			goals.push(goal.trim());
		}
	}
	return goals;
}

/** The session plan as a PDF file. */
export async function buildSessionPlan(
	data: SessionPlanData,
	options: PdfOptions
): Promise<Uint8Array> {
	const t = texts(options.lang);
	const w = await PdfWriter.create({
		...options,
		baseSize: PLAN_SIZE,
		title: `${t.print_plan_title()} ${data.group.name} – ${t.print_plan_heading({
			number: String(data.session.number),
			count: String(data.group.sessionCount)
		})}`
	});
	writeSessionPlan(w, data, options.lang);
	return w.finish();
}
