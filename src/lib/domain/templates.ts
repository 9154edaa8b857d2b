/**
 * Series templates: the default plan per age band, built from the example cards along the
 * arc opening → before → now → future → closing, and copies of a group's own plan.
 */
import type { AgeBand, Card, Phase, PlanBlock, TemplateSession } from '$lib/model';

type TemplateCard = Pick<Card, 'id' | 'title' | 'minutes' | 'phase' | 'ageBands' | 'archived'>;

export interface RitualTitles {
	welcome: string;
	closing: string;
	/** The block that takes a default session's minutes the cards leave over. */
	spare?: string;
}

/** The phase of the arc a session in the series belongs to (1-based number). */
export function phaseForSession(number: number, count: number): Phase {
	if (number <= 1) return 'opening';
	if (number >= count) return 'closing';
	const middle = count - 2;
	const position = (number - 2) / Math.max(1, middle);
	if (position < 1 / 3) return 'before';
	if (position < 2 / 3) return 'now';
	return 'future';
}

function ritualMinutes(sessionMinutes: number): number {
	return sessionMinutes >= 90 ? 10 : 5;
}

/** A fresh block; every block gets its own id. */
export function makeBlock(overrides: Partial<PlanBlock> = {}): PlanBlock {
	return {
		id: crypto.randomUUID(),
		kind: 'free',
		cardId: null,
		title: '',
		minutes: 10,
		notes: '',
		...overrides
	};
}

/** A card as a block of the plan. */
export function cardBlock(card: Pick<Card, 'id' | 'title' | 'minutes'>): PlanBlock {
	return makeBlock({ kind: 'card', cardId: card.id, title: card.title, minutes: card.minutes });
}

/**
 * The default series for an age band: every session opens with a welcome and ends with a
 * closing ritual; in between come example cards of that session's phase, as many as fit, and
 * a free block for the minutes they leave, so every session fills its length exactly.
 */
export function defaultTemplateSessions(
	ageBand: AgeBand,
	sessionCount: number,
	sessionMinutes: number,
	exampleCards: readonly TemplateCard[],
	titles: RitualTitles
): TemplateSession[] {
	const ritual = ritualMinutes(sessionMinutes);
	const pool = exampleCards
		.filter((card) => !card.archived && card.ageBands.includes(ageBand))
		.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
	const phases = Array.from({ length: sessionCount }, (_, i) =>
		phaseForSession(i + 1, sessionCount)
	);
	const middles: PlanBlock[][] = phases.map(() => []);
	const room = phases.map(() => sessionMinutes - 2 * ritual);
	// Deal each phase's cards over that phase's sessions: every card goes to the session with
	// the most room left, so the sessions of one phase come out about equally full.
	for (const phase of new Set(phases)) {
		const targets = phases.flatMap((p, i) => (p === phase ? [i] : []));
		const candidates = pool.filter((card) => card.phase === phase);
		for (const card of candidates) {
			const target = targets
				.filter((i) => card.minutes <= room[i])
				.sort((x, y) => room[y] - room[x])[0];
			if (target === undefined) continue;
			middles[target].push(cardBlock(card));
			room[target] -= card.minutes;
		}
		// A phase with more sessions than cards repeats its shortest card rather than leave one empty.
		const shortest = [...candidates].sort((x, y) => x.minutes - y.minutes)[0];
		for (const i of targets) {
			if (middles[i].length === 0 && shortest && shortest.minutes <= room[i]) {
				middles[i].push(cardBlock(shortest));
				room[i] -= shortest.minutes;
			}
		}
	}
	const sessions: TemplateSession[] = middles.map((middle, i) => ({
		blocks: [
			makeBlock({ kind: 'welcome', title: titles.welcome, minutes: ritual }),
			...middle,
			...(room[i] > 0
				? [makeBlock({ kind: 'free', title: titles.spare ?? '', minutes: room[i] })]
				: []),
			makeBlock({ kind: 'closing', title: titles.closing, minutes: ritual })
		]
	}));
	return sessions;
}

/** A copy of plans with fresh block ids, so a template and its groups never share blocks. */
export function copySessions(
	sessions: readonly { blocks: readonly PlanBlock[] }[]
): TemplateSession[] {
	return sessions.map((session) => ({
		blocks: session.blocks.map((block) => ({ ...block, id: crypto.randomUUID() }))
	}));
}

/**
 * The blocks for each session of a new group of `count` sessions from a template; sessions
 * the template does not cover get only the welcome and closing rituals.
 */
export function blocksForSeries(
	template: readonly TemplateSession[],
	count: number,
	sessionMinutes: number,
	titles: RitualTitles
): PlanBlock[][] {
	const copied = copySessions(template);
	const ritual = ritualMinutes(sessionMinutes);
	return Array.from({ length: count }, (_, i) =>
		copied[i]
			? copied[i].blocks
			: [
					makeBlock({ kind: 'welcome', title: titles.welcome, minutes: ritual }),
					makeBlock({ kind: 'closing', title: titles.closing, minutes: ritual })
				]
	);
}
