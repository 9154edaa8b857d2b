/** Test fixtures for the PDF documents: a planned group with cards, sessions and children. */
import type { Card, PlanBlock } from '$lib/model';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';

let blockCounter = 0;
export function block(overrides: Partial<PlanBlock> = {}): PlanBlock {
	blockCounter += 1;
	return {
		id: `block-${blockCounter}`,
		kind: 'card',
		cardId: null,
		title: '',
		minutes: 10,
		notes: '',
		...overrides
	};
}

/** Ten names in ten scripts, including ones no embedded font has. */
export const NAMES_IN_SCRIPTS = [
	'Şeyma',
	'Łucja',
	'Nguyễn Thị Ánh',
	'مريم',
	'李小龙',
	'Ελένη',
	'Юлия',
	'שרה',
	'Zoë 🦄😊',
	'Noe\u0301mi'
];

/** A group of eight sessions, five cards per session, and ten children. */
export function seriesFixture(sessionCount = 8, cardsPerSession = 5) {
	const group = makeGroup({ name: 'De Regenboog 7-12', sessionCount });
	const cards: Card[] = [];
	const sessions = Array.from({ length: sessionCount }, (_, i) => {
		const own = Array.from({ length: cardsPerSession }, (_, j) =>
			makeCard({
				title: `Werkvorm ${i + 1}.${j + 1}`,
				materials: [
					{ name: 'Schaar', amount: 1, per: 'child' },
					{ name: 'Grote vellen papier', amount: 2, per: 'group' }
				],
				steps: ['Leg uit wat de bedoeling is.', 'Iedereen doet mee.', 'Praat kort na.'],
				worksheet:
					j === 0
						? {
								title: `Mijn tekening ${i + 1}`,
								instruction: 'Teken hoe je je voelt.',
								area: 'drawing'
							}
						: null
			})
		);
		cards.push(...own);
		return makeSession({
			groupId: group.id,
			number: i + 1,
			date: `2026-${String(2 + Math.floor(i / 4)).padStart(2, '0')}-${String(3 + (i % 4) * 7).padStart(2, '0')}`,
			blocks: [
				block({ kind: 'welcome', minutes: 5 }),
				...own.map((card) => block({ cardId: card.id, minutes: 10 })),
				block({ kind: 'closing', minutes: 5 })
			]
		});
	});
	const participants = NAMES_IN_SCRIPTS.map((name, i) =>
		makeParticipant({
			groupId: group.id,
			name,
			consent2: i === 3 ? { given: false, date: null, how: '' } : makeParticipant().consent2
		})
	);
	return { group, sessions, cards, cardsById: new Map(cards.map((c) => [c.id, c])), participants };
}
