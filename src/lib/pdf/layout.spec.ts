/**
 * The writer's layout rule, checked with poppler on every document kind in both languages: no
 * page but the last holds fewer than a handful of lines (a footer alone, two material lines).
 */
import { describe, expect, it } from 'vitest';
import type { Card } from '$lib/model';
import { buildActivitySheets } from './activity-sheet';
import type { PdfOptions } from './common';
import { buildCutCards } from './cut-cards';
import { block, seriesFixture } from './fixtures';
import { loadFontBytes } from './fonts-node';
import { buildRegister } from './register';
import { buildSeriesPack } from './series-pack';
import { buildSessionKit } from './session-kit';
import { buildSessionPlan } from './session-plan';
import { MIN_PAGE_LINES, nearEmptyPages, textLinesPerPage } from './testing';
import { buildWorksheets } from './worksheet';
import { buildHandover } from './handover';
import { buildConsentForms, buildInvitation } from './parent-letters';
import { informationMeeting } from '$lib/domain/parent-letters';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { buildSafetyInfo } from './safety-info';
import type { Signal } from '$lib/domain/signals';
import type { Lang } from './writer';

const LANGS: Lang[] = ['nl', 'en'];

async function options(lang: Lang): Promise<PdfOptions> {
	return { fonts: await loadFontBytes(), lang };
}

/** Cards whose length walks through the page break: 1 to 30 steps, some with every section. */
function cardsOfEveryLength(): Card[] {
	return Array.from({ length: 30 }, (_, i) =>
		makeCard({
			title: `Werkvorm met ${i + 1} stappen`,
			steps: Array.from(
				{ length: i + 1 },
				(_, n) => `Stap ${n + 1}: de kinderen doen samen iets wat even duurt en praten erover.`
			),
			tips: i % 3 === 0 ? 'Houd het luchtig en geef iedereen de beurt.' : '',
			attention: i % 4 === 0 ? 'Let op kinderen die stil worden.' : '',
			source: 'Eigen werkvorm',
			licence: 'CC BY 4.0'
		})
	);
}

function expectNoNearEmpty(bytes: Uint8Array, what: string): void {
	const found = nearEmptyPages(bytes);
	expect(found, `${what}: near-empty pages ${JSON.stringify(found)}`).toEqual([]);
}

describe.each(LANGS)('no near-empty pages (%s)', (lang) => {
	it('in activity sheets of every length, one after another in one file', async () => {
		const opts = await options(lang);
		expectNoNearEmpty(await buildActivitySheets(cardsOfEveryLength(), opts), 'activity sheets');
	});

	it('in session plans with a growing programme and material list', async () => {
		const opts = await options(lang);
		const fx = seriesFixture(1, 1);
		for (let count = 1; count <= 26; count++) {
			const cards = Array.from({ length: count }, (_, i) =>
				makeCard({
					title: `Werkvorm ${i + 1}`,
					goals: [`Doel ${i + 1}`],
					materials: [
						{ name: `Materiaal ${i + 1}a`, amount: 1, per: 'child' },
						{ name: `Materiaal ${i + 1}b`, amount: 2, per: 'group' }
					]
				})
			);
			const session = {
				...fx.sessions[0],
				notes: 'Neem de sleutel van het speellokaal mee.',
				blocks: cards.map((card) => block({ cardId: card.id, notes: 'Even oefenen.' }))
			};
			const plan = await buildSessionPlan(
				{
					group: fx.group,
					session,
					cards: new Map(cards.map((c) => [c.id, c])),
					childCount: 8
				},
				opts
			);
			const lines = textLinesPerPage(plan);
			expect(lines.at(-1)!.length, `plan with ${count} blocks`).toBeGreaterThanOrEqual(
				lines.length > 1 ? MIN_PAGE_LINES : 1
			);
		}
	});

	it('in cut-out cards, worksheets and the register', async () => {
		const opts = await options(lang);
		const fx = seriesFixture(8, 2);
		const cards = cardsOfEveryLength().slice(0, 6);
		for (const backSide of [true, false]) {
			expectNoNearEmpty(
				await buildCutCards(cards, { backSide, inkSaving: false }, opts),
				`cut cards ${backSide}`
			);
		}
		expectNoNearEmpty(await buildWorksheets(fx.cards, opts, 3), 'worksheets');
		expectNoNearEmpty(await buildRegister(fx, { ...opts, filled: false }), 'register');
	});

	it('in a series pack and a session kit', async () => {
		const opts = await options(lang);
		const fx = seriesFixture();
		expectNoNearEmpty(await buildSeriesPack({ ...fx, cards: fx.cardsById }, opts), 'series pack');
		expectNoNearEmpty(
			await buildSessionKit(
				{ ...fx, cards: fx.cardsById, session: fx.sessions[2], childCount: 3 },
				opts
			),
			'session kit'
		);
	});
});

describe.each(LANGS)('no near-empty pages in the care papers (%s)', (lang) => {
	it('in a long hand-over sheet and the safety information', async () => {
		const opts = await options(lang);
		for (let count = 1; count <= 12; count += 3) {
			const signals: Signal[] = Array.from({ length: count }, (_, i) => ({
				id: `signal-${i}`,
				participantId: 'child-1',
				groupId: 'group-1',
				createdAt: '2026-03-02T10:00:00.000Z',
				updatedAt: '2026-03-02T10:00:00.000Z',
				date: '2026-03-02',
				facts: `Signaal ${i + 1}: zegt dat ze bang is voor de nieuwe vriend van mama. `.repeat(3),
				concerns: ['threats-contact'],
				steps: { 1: '2026-03-02', 2: '2026-03-04' },
				consulted: ['care-officer'],
				decision: ''
			}));
			const bytes = await buildHandover(
				{ childName: 'Şeyma', groupName: 'De Regenboog', signals, today: '2026-03-05' },
				opts
			);
			expectNoNearEmpty(bytes, `hand-over with ${count} signals`);
		}
		for (const band of ['7-12', '13-17'] as const) {
			expectNoNearEmpty(await buildSafetyInfo(band, opts), `safety info ${band}`);
		}
	});
});

describe.each(LANGS)('letters for parents (%s)', (lang) => {
	it('keep one page per child, also with long names of group, school and place', async () => {
		const long = 'Openbare Basisschool De Regenboog aan de Kinderbeschermingsmaatregelenlaan';
		const group = makeGroup({ name: `${long} 7-12`, location: long });
		const sessions = Array.from({ length: 10 }, (_, i) =>
			makeSession({
				groupId: group.id,
				number: i + 1,
				date: `2026-03-${String(i + 2).padStart(2, '0')}`
			})
		);
		const names = ['Şeyma Yılmaz-van den Berg', '李明', 'Anouk'];
		const participants = names.map((name) => makeParticipant({ groupId: group.id, name }));
		const data = { group, schoolName: long, sessions, participants };
		const meeting = informationMeeting(
			group,
			[
				{
					id: 'info',
					createdAt: '2026-01-05T10:00:00.000Z',
					updatedAt: '2026-01-05T10:00:00.000Z',
					groupId: group.id,
					kind: 'information',
					date: '2026-02-17',
					startTime: '19:30',
					minutes: 90,
					location: `Aula, ${long} 1`,
					notes: '',
					recorded: false
				}
			],
			'2026-01-10'
		)!;
		const opts = { fonts: await loadFontBytes(names.join('')), lang };
		for (const [what, bytes] of [
			['consent forms', await buildConsentForms(data, opts)],
			['invitations', await buildInvitation(data, meeting, opts)]
		] as const) {
			expect(textLinesPerPage(bytes), what).toHaveLength(names.length);
			expectNoNearEmpty(bytes, what);
		}
	});
});

describe('the near-empty check', () => {
	it('reads lines with pdftotext and finds a page that holds only a footer', async () => {
		const { PdfWriter } = await import('./writer');
		const w = await PdfWriter.create({ ...(await options('nl')), title: 'Proef' });
		for (let i = 0; i < 8; i++) w.paragraph(`Regel ${i + 1}`);
		w.newPage();
		w.paragraph('Licentie: CC BY 4.0');
		w.newPage();
		for (let i = 0; i < 8; i++) w.paragraph(`Regel ${i + 1}`);
		const bytes = await w.finish();
		expect(textLinesPerPage(bytes)[1]).toEqual(['Licentie: CC BY 4.0']);
		expect(nearEmptyPages(bytes)).toEqual([{ page: 2, lines: ['Licentie: CC BY 4.0'] }]);
	});

	it('is kept by the writer: a part whose tail would be short takes lines along', async () => {
		const { PdfWriter } = await import('./writer');
		const w = await PdfWriter.create({ ...(await options('nl')), title: 'Proef' });
		// Fills page 1 so that only the last line would fall onto page 2.
		const probe = await PdfWriter.create({ ...(await options('nl')), title: 'Proef' });
		let fit = 0;
		probe.newPage();
		while (probe.doc.getPageCount() === 1) {
			probe.paragraph('Regel');
			fit++;
		}
		w.keepTail(() => {
			w.newPage();
			for (let i = 0; i < fit; i++) w.paragraph(`Regel ${i + 1}`);
		});
		w.keepTail(() => {
			w.newPage();
			w.paragraph('Volgend deel');
		});
		const lines = textLinesPerPage(await w.finish());
		expect(lines).toHaveLength(3);
		expect(lines[1].length).toBeGreaterThanOrEqual(MIN_PAGE_LINES);
		expect(lines[0].length + lines[1].length).toBe(fit);
	});
});
