import { describe, expect, it } from 'vitest';
import type { Attendance } from '$lib/model';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { buildActivitySheets } from './activity-sheet';
import type { PdfOptions } from './common';
import { buildCutCards, CARD_MIN_SIZE, CARD_SMALLEST_TEXT, slotOrigin } from './cut-cards';
import { fileNames, slug } from './file-names';
import { block, NAMES_IN_SCRIPTS, seriesFixture } from './fixtures';
import { loadFontBytes } from './fonts-node';
import { buildRegister } from './register';
import { buildSeriesPack } from './series-pack';
import { buildSessionPlan } from './session-plan';
import { darkPixelsPerPage, pageLayouts, readPdf } from './testing';
import { buildWorksheets } from './worksheet';

const A4: [number, number] = [595, 842];
const A4_LANDSCAPE: [number, number] = [842, 595];

async function options(lang: PdfOptions['lang'] = 'nl'): Promise<PdfOptions> {
	return { fonts: await loadFontBytes(), lang };
}

const longCard = () =>
	makeCard({
		title: 'Een titel die maar doorgaat '.repeat(11).trim(),
		steps: Array.from(
			{ length: 40 },
			(_, i) => `Stap ${i + 1}: de kinderen doen samen iets wat even duurt.`
		)
	});

describe('session plan', () => {
	it('shows the group, date and time, blocks with computed start times, goals, materials and notes', async () => {
		const card = makeCard({
			title: 'Het weerbericht',
			goals: ['Gevoelens benoemen'],
			materials: [{ name: 'Wasco', amount: 2, per: 'child' }]
		});
		const group = makeGroup({
			name: 'De Regenboog',
			sessionCount: 8,
			location: 'OBS De Regenboog'
		});
		const session = makeSession({
			groupId: group.id,
			number: 3,
			date: '2026-02-17',
			startTime: '13:30',
			notes: 'Mehmet neemt de doos mee.',
			blocks: [
				block({ kind: 'welcome', minutes: 5 }),
				block({ cardId: card.id, minutes: 20, notes: 'In de kring' }),
				block({ kind: 'closing', minutes: 10 })
			]
		});
		const pdf = await readPdf(
			await buildSessionPlan(
				{ group, session, cards: new Map([[card.id, card]]), childCount: 6 },
				await options()
			)
		);
		expect(pdf.pageCount).toBe(1);
		expect(pdf.sizes[0]).toEqual(A4);
		expect(pdf.title).toBe('Sessieplan De Regenboog – Sessie 3 van 8');
		expect(pdf.language).toBe('nl-NL');
		for (const text of [
			'Sessie 3 van 8',
			'dinsdag 17 februari 2026, 13:30–14:30 uur',
			'OBS De Regenboog',
			'Anne en Mehmet',
			'13:30 5 Welkom',
			'13:35 20 Het weerbericht In de kring',
			'13:55 10 Afsluiting',
			'Gevoelens benoemen',
			'12 × Wasco',
			'Mehmet neemt de doos mee.',
			'Pagina 1 van 1'
		]) {
			expect(pdf.text).toContain(text);
		}
	});

	it('names who leads each block: one coach, both, or nobody when none was chosen', async () => {
		const group = makeGroup({ coaches: ['Anne', 'Mehmet'] });
		const session = makeSession({
			groupId: group.id,
			startTime: '13:30',
			blocks: [
				block({ kind: 'welcome', title: 'Welkom', minutes: 5, lead: 'second' }),
				block({ kind: 'free', title: 'Kring', minutes: 20, lead: 'both', notes: 'Buiten' }),
				block({ kind: 'closing', title: 'Einde', minutes: 10 })
			]
		});
		const pdf = await readPdf(
			await buildSessionPlan({ group, session, cards: new Map(), childCount: 6 }, await options())
		);
		expect(pdf.text).toContain('Welkom Leidt: Mehmet');
		expect(pdf.text).toContain('Kring Leidt: Anne en Mehmet · Buiten');
		expect(pdf.text).not.toMatch(/Einde Leidt/);
		expect(pdf.text.match(/Leidt:/g)).toHaveLength(2);
	});

	it('is written in English when asked, and names a block whose card is gone', async () => {
		const session = makeSession({ blocks: [block({ cardId: 'deleted-card' })] });
		const pdf = await readPdf(
			await buildSessionPlan(
				{ group: makeGroup(), session, cards: new Map(), childCount: 0 },
				await options('en')
			)
		);
		expect(pdf.text).toContain('Session 1 of 8');
		expect(pdf.text).toContain('Work form not found');
		expect(pdf.text).toContain('No materials needed.');
		expect(pdf.language).toBe('en-GB');
	});
});

describe('activity sheets', () => {
	it('lay out the whole card', async () => {
		const card = makeCard({
			title: 'Twee huizen tekenen',
			preparation: 'Leg papier klaar.',
			tips: 'Laat kinderen zelf kiezen.',
			attention: 'Sommige kinderen hebben één huis.',
			variationYounger: 'Teken samen.',
			materials: [{ name: 'Potlood', amount: 1, per: 'child' }]
		});
		const pdf = await readPdf(await buildActivitySheets([card], await options()));
		expect(pdf.pageCount).toBe(1);
		expect(pdf.title).toBe('Twee huizen tekenen');
		for (const text of [
			'Gesprek · Opening · 10 minuten · 7-12 jaar · 4–10 kinderen',
			'Twee huizen tekenen',
			'Kinderen vertellen hoe ze zich voelen als een weerbericht.',
			'1 per kind: Potlood',
			'Leg papier klaar.',
			'1. Iedereen kiest een weertype.',
			'2. Vertel kort waarom.',
			'Voor jongere kinderen Teken samen.',
			'Laat kinderen zelf kiezen.',
			'Sommige kinderen hebben één huis.',
			'Licentie: CC BY 4.0'
		]) {
			expect(pdf.text).toContain(text);
		}
	});

	it("name kind, phase, age band and themes in the PDF's language, not the app's", async () => {
		const card = makeCard({ title: 'Weerbericht', kind: 'role-play', themes: ['feelings'] });
		const en = await readPdf(await buildActivitySheets([card], await options('en')));
		expect(en.text).toContain('Role play · Opening · 10 minutes · 7-12 years');
		expect(en.text).toContain('Themes: Feelings');
		expect(en.text).not.toContain('Rollenspel');
		const nl = await readPdf(await buildActivitySheets([card], await options('nl')));
		expect(nl.text).toContain('Rollenspel · Opening · 10 minuten · 7-12 jaar');
		expect(nl.text).toContain("Thema's: Gevoelens");
	});

	it('flow a card with 40 steps and a 300-character title across pages', async () => {
		const card = longCard();
		expect(card.title.length).toBeGreaterThanOrEqual(300);
		const pdf = await readPdf(await buildActivitySheets([card, makeCard()], await options()));
		expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
		expect(pdf.text).toContain('40. Stap 40: de kinderen doen samen iets wat even duurt.');
		expect(pdf.text).toContain('1. Stap 1:');
		expect(pdf.outline).toHaveLength(2);
		expect(pdf.pages.at(-1)).toContain(`Pagina ${pdf.pageCount} van ${pdf.pageCount}`);
	});
});

describe('cut-out cards', () => {
	it('put four cards on a sheet and the backs on the next sheet', async () => {
		const cards = ['Een', 'Twee', 'Drie', 'Vier', 'Vijf'].map((title) => makeCard({ title }));
		const pdf = await readPdf(
			await buildCutCards(cards, { backSide: true, inkSaving: false }, await options())
		);
		expect(pdf.pageCount).toBe(4);
		expect(pdf.sizes).toEqual([A4, A4, A4, A4]);
		expect(pdf.pages[0]).toContain('Vier');
		expect(pdf.pages[0]).not.toContain('Vijf');
		expect(pdf.pages[1]).toContain('Zo gaat het');
		expect(pdf.pages[2]).toContain('Vijf');
		expect(pdf.text).not.toContain('Pagina');
	});

	it('mirror the back positions for long-edge duplex', () => {
		const [w, h] = [600, 800];
		expect(slotOrigin(0, w, h)).toMatchObject({ x: 0, y: 400 });
		expect(slotOrigin(0, w, h, true)).toMatchObject({ x: 300, y: 400 });
		expect(slotOrigin(3, w, h)).toMatchObject({ x: 300, y: 0 });
		expect(slotOrigin(3, w, h, true)).toMatchObject({ x: 0, y: 0 });
	});

	it('continue a card that does not fit on the activity sheet, and name what continues there', async () => {
		const card = makeCard({
			...longCard(),
			title: 'Een lange werkvorm',
			tips: 'Een tip die op de kaart niet meer past.',
			attention: 'Let goed op de stille kinderen.'
		});
		const pdf = await readPdf(
			await buildCutCards([card], { backSide: false, inkSaving: true }, await options())
		);
		expect(pdf.pageCount).toBe(1);
		expect(pdf.text).toContain('Stap 1:');
		expect(pdf.text).toContain('Verder op het activiteitenblad: Zo gaat het, Tips, Let op.');
		expect(pdf.text).not.toContain('Een tip die op de kaart');
		const english = await readPdf(
			await buildCutCards([card], { backSide: true, inkSaving: false }, await options('en'))
		);
		expect(english.pages[1]).toContain(
			'Continued on the activity sheet: How it goes, Tips, Take care.'
		);
	});

	it('print the goals on every variant', async () => {
		const card = makeCard({ goals: ['Samen iets durven'] });
		for (const backSide of [true, false]) {
			const pdf = await readPdf(
				await buildCutCards([card], { backSide, inkSaving: false }, await options())
			);
			expect(pdf.pages[0]).toContain('Doelen');
			expect(pdf.pages[0]).toContain('Samen iets durven');
		}
	});

	it('set the body in 14 to 16 pt and nothing under 10 pt, in both languages', async () => {
		const cards = [
			makeCard({ title: 'Kort' }),
			makeCard({ ...longCard(), tips: 'Tip.', attention: 'Let op.' }),
			makeCard({ summary: 'Een korte zin.', steps: ['Een stap.'] })
		];
		for (const lang of ['nl', 'en'] as const) {
			for (const backSide of [true, false]) {
				const bytes = await buildCutCards(
					cards,
					{ backSide, inkSaving: false },
					await options(lang)
				);
				for (const page of await pageLayouts(bytes)) {
					expect(page.smallest).toBeGreaterThanOrEqual(CARD_SMALLEST_TEXT - 0.01);
				}
			}
		}
		const body = await pageLayouts(
			await buildCutCards(
				[makeCard({ summary: 'Een korte zin.' })],
				{ backSide: true, inkSaving: false },
				await options()
			)
		);
		expect(body[1].smallest).toBeGreaterThanOrEqual(CARD_MIN_SIZE);
	});

	it('hyphenate long Dutch words with a hyphen where the patterns allow', async () => {
		const card = makeCard({
			title: 'Kinderbeschermingsmaatregelen',
			summary: 'Over kinderbeschermingsmaatregelen en echtscheidingsconvenanten.'
		});
		const pdf = await readPdf(
			await buildCutCards([card], { backSide: false, inkSaving: false }, await options())
		);
		expect(pdf.text).toMatch(/Kinderbeschermings- ?maat/);
		expect(pdf.text).not.toContain('maatreg elen');
	});
});

describe('worksheets', () => {
	it('have a big title, the instruction, a name line and room to draw or write', async () => {
		const cards = [
			makeCard({
				worksheet: { title: 'Mijn twee huizen', instruction: 'Teken je huizen.', area: 'drawing' }
			}),
			makeCard({ worksheet: null }),
			makeCard({
				worksheet: { title: 'Wat ik wil zeggen', instruction: 'Schrijf het op.', area: 'lines' }
			})
		];
		const pdf = await readPdf(await buildWorksheets(cards, await options()));
		expect(pdf.pageCount).toBe(2);
		expect(pdf.pages[0]).toContain('Mijn twee huizen Teken je huizen. Naam:');
		expect(pdf.pages[1]).toContain('Wat ik wil zeggen Schrijf het op. Naam:');
	});
});

describe('attendance register', () => {
	it('lists children against session dates on A4 landscape and marks missing consent', async () => {
		const group = makeGroup({ name: 'De Regenboog' });
		const sessions = [1, 2, 3].map((number) =>
			makeSession({
				groupId: group.id,
				number,
				date: `2026-02-${String(2 + number * 7).padStart(2, '0')}`
			})
		);
		sessions[2].status = 'cancelled';
		const participants = [
			makeParticipant({ name: 'Łucja' }),
			makeParticipant({ name: 'Bram', consent2: { given: false, date: null, how: '' } }),
			makeParticipant({ name: 'Gewist', erasedAt: '2026-06-01T10:00:00.000Z' })
		];
		const pdf = await readPdf(
			await buildRegister({ group, sessions, participants }, await options())
		);
		expect(pdf.sizes[0]).toEqual(A4_LANDSCAPE);
		for (const text of [
			'Presentielijst · De Regenboog',
			'Sessie 1 ma 9 feb. 2026',
			'Sessie 3',
			'gaat niet door',
			'Łucja',
			'Bram ! Toestemming ontbreekt',
			'Paraaf coach'
		]) {
			expect(pdf.text).toContain(text);
		}
		expect(pdf.text).not.toContain('Gewist');
	});

	it('uses the screen codes, blank or filled in with the marks of held sessions only', async () => {
		const group = makeGroup({ name: 'De Regenboog' });
		const held = makeSession({ groupId: group.id, number: 1, date: '2026-02-09', status: 'held' });
		const planned = makeSession({ groupId: group.id, number: 2, date: '2026-02-16' });
		const ada = makeParticipant({ name: 'Ada', groupId: group.id });
		const bo = makeParticipant({ name: 'Bo', groupId: group.id });
		const mark = (sessionId: string, participantId: string, m: Attendance['mark']): Attendance => ({
			sessionId,
			participantId,
			groupId: group.id,
			mark: m,
			reason: m === 'absent-notice' ? 'ill' : '',
			consentOverride: false,
			updatedAt: '2026-02-09T16:00:00.000Z'
		});
		// A mark on a session not held (planned) must not print: only held sessions go in the file.
		const attendance = [
			mark(held.id, ada.id, 'absent-notice'),
			mark(held.id, bo.id, 'late'),
			mark(planned.id, ada.id, 'absent')
		];
		const data = { group, sessions: [held, planned], participants: [ada, bo], attendance };
		const blank = await readPdf(await buildRegister(data, await options()));
		expect(blank.text).toContain('AM = Afgemeld');
		expect(blank.text).toContain('✗ = Afwezig zonder bericht');
		expect(blank.text).not.toContain('B = ');
		expect(blank.pages[0]).not.toMatch(/Ada\s+AM/);

		const filled = await readPdf(await buildRegister(data, { ...(await options()), filled: true }));
		expect(filled.text).toContain('Ingevuld met de markeringen');
		expect(filled.pages[0]).toMatch(/Ada\s+AM/);
		expect(filled.pages[0]).toMatch(/Bo\s+L/);
		expect(filled.text.match(/✗/g)?.length).toBe(1); // the legend's, not the planned session's mark

		const en = await readPdf(await buildRegister(data, { ...(await options('en')), filled: true }));
		expect(en.text).toContain('AN = Absent with notice');
		expect(en.pages[0]).toMatch(/Ada\s+AN/);
	});

	it('continues on a new page with the header repeated for a big group', async () => {
		const participants = Array.from({ length: 30 }, (_, i) =>
			makeParticipant({ name: `Kind ${String(i + 1).padStart(2, '0')}` })
		);
		const pdf = await readPdf(
			await buildRegister(
				{ group: makeGroup(), sessions: [makeSession()], participants },
				await options()
			)
		);
		expect(pdf.pageCount).toBeGreaterThan(1);
		expect(pdf.pages[1]).toContain('Kind Sessie 1');
		expect(pdf.text).toContain('Kind 30');
	});
});

describe('series pack', () => {
	it('has a title page, every session with its sheets, the register, bookmarks and progress', async () => {
		const f = seriesFixture(2, 2);
		const progress: string[] = [];
		const pdf = await readPdf(
			await buildSeriesPack(
				{ group: f.group, sessions: f.sessions, cards: f.cardsById, participants: f.participants },
				{ ...(await options()), onProgress: (done, total) => progress.push(`${done}/${total}`) }
			)
		);
		// Title page, then per session: plan, 2 activity sheets, 1 worksheet; then the register.
		expect(pdf.pageCount).toBe(1 + 2 * 4 + 1);
		expect(pdf.sizes.at(-1)).toEqual(A4_LANDSCAPE);
		expect(pdf.pages[0]).toContain('Reeksmap De Regenboog 7-12');
		expect(pdf.pages[1]).toContain('Sessie 1 van 2');
		expect(pdf.pages.at(-1)).toContain('Presentielijst');
		expect(pdf.pages.at(-1)).toContain(`Pagina ${pdf.pageCount} van ${pdf.pageCount}`);
		expect(pdf.outline).toEqual([
			'De Regenboog 7-12',
			'Sessie 1 – di 3 feb. 2026',
			'  Werkvorm 1.1',
			'  Werkvorm 1.2',
			'  Mijn tekening 1',
			'Sessie 2 – di 10 feb. 2026',
			'  Werkvorm 2.1',
			'  Werkvorm 2.2',
			'  Mijn tekening 2',
			'Presentielijst · De Regenboog 7-12'
		]);
		expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
	});
});

describe('any script', () => {
	it('prints names in ten scripts in every document without throwing', async () => {
		const f = seriesFixture(1, 1);
		const participants = NAMES_IN_SCRIPTS.map((name) => makeParticipant({ name }));
		const card = makeCard({ title: NAMES_IN_SCRIPTS.join(' '), steps: NAMES_IN_SCRIPTS });
		const opts = await options();
		const pack = await readPdf(
			await buildSeriesPack(
				{
					group: { ...f.group, name: 'Groep 李 😊' },
					sessions: f.sessions,
					cards: f.cardsById,
					participants
				},
				opts
			)
		);
		expect(pack.text).toContain('Şeyma');
		expect(pack.text).toContain('Nguyễn Thị Ánh');
		expect(pack.text).toContain('Юлия');
		expect(pack.title).toBe('Reeksmap Groep 李 😊');
		const cards = await readPdf(
			await buildCutCards([card], { backSide: true, inkSaving: false }, opts)
		);
		expect(cards.text).toContain('Łucja');
		const sheet = await readPdf(await buildActivitySheets([card], opts));
		expect(sheet.text).toContain('Ελένη');
	});

	it('renders every page of a pack with ink, including DejaVu fallback text', async () => {
		const f = seriesFixture(1, 2);
		const participants = ['Ελένη Παπαδοπούλου', 'Юлия Иванова', 'שרה'].map((name) =>
			makeParticipant({ name })
		);
		const bytes = await buildSeriesPack(
			{ group: f.group, sessions: f.sessions, cards: f.cardsById, participants },
			await options()
		);
		const dark = darkPixelsPerPage(bytes);
		expect(dark.length).toBe((await readPdf(bytes)).pageCount);
		for (const pixels of dark) expect(pixels).toBeGreaterThan(300);
		const cards = darkPixelsPerPage(
			await buildCutCards(f.cards, { backSide: true, inkSaving: true }, await options())
		);
		for (const pixels of cards) expect(pixels).toBeGreaterThan(300);
	});
});

describe('file names', () => {
	it('are readable and safe', () => {
		expect(fileNames.sessionPlan('De Regenboog 7/12', 3, '2026-02-17', 'nl')).toBe(
			'sessieplan-de-regenboog-7-12-sessie-3-2026-02-17.pdf'
		);
		expect(fileNames.register('Groep Şeyma & Łucja', 'en')).toBe('register-groep-seyma-lucja.pdf');
		expect(fileNames.cards('cards', ['Één'], 'nl')).toBe('knipkaarten-een.pdf');
		expect(fileNames.cards('sheets', ['a', 'b'], 'nl')).toBe('activiteitenbladen.pdf');
		expect(slug('李 😊')).toBe('kies');
	});
});
