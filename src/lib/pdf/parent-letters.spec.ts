import { describe, expect, it } from 'vitest';
import type { ParentMeeting } from '$lib/model';
import { makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { informationMeeting } from '$lib/domain/parent-letters';
import { readFileSync } from 'node:fs';
import { graphemes, MISSING_GLYPH } from './fonts';
import { loadFontBytes } from './fonts-node';
import { buildConsentForms, buildInvitation, parentLetterFileName } from './parent-letters';
import { darkPixelsPerPage, readPdf } from './testing';

const group = makeGroup({ name: 'De Regenboog 7-12', location: 'OBS De Regenboog' });
const sessions = [
	makeSession({ groupId: group.id, number: 1, date: '2026-02-03' }),
	makeSession({ groupId: group.id, number: 2, date: '2026-02-10' }),
	makeSession({ groupId: group.id, number: 3, date: '2026-02-17', status: 'cancelled' }),
	makeSession({ groupId: group.id, number: 4, date: '2026-02-24' })
];
const participants = [
	makeParticipant({ groupId: group.id, name: 'Şeyma' }),
	makeParticipant({ groupId: group.id, name: '李明' }),
	makeParticipant({ groupId: group.id, name: 'Anouk' }),
	makeParticipant({ groupId: group.id, name: 'Gestopt', stoppedOn: '2026-02-10' })
];
const data = { group, schoolName: 'OBS De Regenboog', sessions, participants };

function meeting(overrides: Partial<ParentMeeting> = {}): ParentMeeting {
	return {
		id: crypto.randomUUID(),
		createdAt: '2026-01-05T10:00:00.000Z',
		updatedAt: '2026-01-05T10:00:00.000Z',
		groupId: group.id,
		kind: 'information',
		date: '2026-01-27',
		startTime: '19:30',
		minutes: 90,
		location: 'Aula, Dorpsstraat 1',
		notes: '',
		recorded: false,
		...overrides
	};
}

const info = informationMeeting(group, [meeting()], '2026-01-10')!;

describe('choosing the information meeting', () => {
	it('takes the first one from today on, with its end time and own place', () => {
		const chosen = informationMeeting(
			group,
			[
				meeting({ date: '2026-01-05' }),
				meeting({ kind: 'evaluation', date: '2026-01-20' }),
				meeting({ date: '2026-01-27', location: '' })
			],
			'2026-01-10'
		);
		expect(chosen).toEqual({
			date: '2026-01-27',
			start: '19:30',
			end: '21:00',
			place: 'OBS De Regenboog',
			past: false
		});
	});

	it('is null for a group with only an evaluation meeting, and marks a past one', () => {
		expect(informationMeeting(group, [meeting({ kind: 'evaluation' })], '2026-01-10')).toBeNull();
		expect(informationMeeting(group, [meeting()], '2026-03-01')?.past).toBe(true);
	});
});

describe('the invitation to the information meeting', () => {
	it('gives one letter per child with the meeting, the school, the coaches and a reply slip', async () => {
		const bytes = await buildInvitation(data, info, {
			fonts: await loadFontBytes('李明'),
			lang: 'nl'
		});
		const pdf = await readPdf(bytes);
		expect(pdf.pageCount).toBe(3);
		expect(pdf.language).toBe('nl-NL');
		expect(pdf.pages[0]).toContain('Aan de ouders/verzorgers van Anouk');
		expect(pdf.pages[1]).toContain('Aan de ouders/verzorgers van Şeyma');
		expect(pdf.pages[2]).toContain('Aan de ouders/verzorgers van 李明');
		for (const page of pdf.pages) {
			for (const text of [
				'dinsdag 27 januari 2026, 19:30–21:00 uur',
				'Aula, Dorpsstraat 1',
				'OBS De Regenboog',
				'Anne en Mehmet',
				'De groep komt 3 keer bij elkaar',
				'Antwoordstrook',
				'Hier afknippen'
			]) {
				expect(page).toContain(text);
			}
		}
		expect(pdf.text).not.toContain('Gestopt');
		expect(pdf.text).not.toContain(MISSING_GLYPH);
		for (const ink of darkPixelsPerPage(bytes)) expect(ink).toBeGreaterThan(1000);
	});

	it('is one letter to all parents without names when asked, in English', async () => {
		const pdf = await readPdf(
			await buildInvitation(data, info, {
				fonts: await loadFontBytes(),
				lang: 'en',
				perChild: false
			})
		);
		expect(pdf.pageCount).toBe(1);
		expect(pdf.language).toBe('en-GB');
		expect(pdf.text).toContain('To the parents/carers');
		expect(pdf.text).not.toContain('Şeyma');
		expect(pdf.text).toContain('Tuesday 27 January 2026, 19:30–21:00');
		expect(pdf.text).toContain('Reply slip: information meeting of Tuesday 27 January 2026');
		expect(pdf.text).toContain('The group meets 3 times');
	});
});

describe('the consent forms', () => {
	for (const lang of ['nl', 'en'] as const) {
		it(`prints one page per child with two signature blocks (${lang})`, async () => {
			const bytes = await buildConsentForms(data, { fonts: await loadFontBytes('李明'), lang });
			const pdf = await readPdf(bytes);
			expect(pdf.pageCount).toBe(3);
			const [parent, span, custody] =
				lang === 'nl'
					? [
							/Ouder\/verzorger \d met gezag/g,
							'3 keer, van dinsdag 3 februari 2026 tot en met dinsdag 24 februari 2026',
							'één handtekening genoeg'
						]
					: [
							/Parent\/carer \d with custody/g,
							'3 times, from Tuesday 3 February 2026 to Tuesday 24 February 2026',
							'one signature is enough'
						];
			const names = ['Anouk', 'Şeyma', '李明'];
			pdf.pages.forEach((page, i) => {
				expect(page).toContain(names[i]);
				expect(page.match(parent)).toHaveLength(2);
				expect(page).toContain(span);
				expect(page).toContain(custody);
				expect(page).toContain('De Regenboog 7-12');
			});
			expect(pdf.text).not.toContain(MISSING_GLYPH);
			for (const ink of darkPixelsPerPage(bytes)) expect(ink).toBeGreaterThan(1000);
		});
	}

	it('says the dates follow while no session is planned', async () => {
		const pdf = await readPdf(
			await buildConsentForms(
				{ ...data, sessions: [], participants: participants.slice(0, 1) },
				{ fonts: await loadFontBytes(), lang: 'nl' }
			)
		);
		expect(pdf.pageCount).toBe(1);
		expect(pdf.text).toContain('8 keer; de data volgen nog');
	});

	it('names the files after the group', () => {
		expect(parentLetterFileName('consent', 'De Regenboog 7-12', 'nl')).toBe(
			'toestemmingsformulieren-de-regenboog-7-12.pdf'
		);
		expect(parentLetterFileName('invitation', 'De Regenboog 7-12', 'en')).toBe(
			'invitation-information-meeting-de-regenboog-7-12.pdf'
		);
	});
});

describe('names in the letters', () => {
	it("draws every glyph of 'Şeyma' and '李明' on the consent form and the invitation", async () => {
		const fonts = await loadFontBytes('李明');
		const ink = async (name: string, kind: 'consent' | 'invitation') => {
			// A short group name keeps every line far from its wrap, so only the name's ink differs.
			const one = {
				...data,
				group: { ...group, name: 'Groep A' },
				participants: [makeParticipant({ groupId: group.id, name })]
			};
			const bytes =
				kind === 'consent'
					? await buildConsentForms(one, { fonts, lang: 'nl' })
					: await buildInvitation(one, info, { fonts, lang: 'nl' });
			const text = (await readPdf(bytes)).text;
			expect(text).toContain(name);
			expect(text).not.toContain(MISSING_GLYPH);
			return darkPixelsPerPage(bytes, 100)[0];
		};
		for (const kind of ['consent', 'invitation'] as const) {
			const without = await ink('.', kind);
			const blank: string[] = [];
			for (const glyph of graphemes('Şeyma李明')) {
				// The name is printed at 11 pt: a drawn glyph has more ink than a full stop, a blank one less.
				if ((await ink(glyph, kind)) - without < 20) blank.push(glyph);
			}
			expect(blank, `glyphs drawn blank on the ${kind}`).toEqual([]);
		}
	});
});

describe('the messages of the letters', () => {
	it('has every text in Dutch and in English', () => {
		const keys = (lang: string) =>
			Object.keys(JSON.parse(readFileSync(`messages/parents/${lang}.json`, 'utf8'))).sort();
		expect(keys('en')).toEqual(keys('nl'));
		expect(keys('nl').length).toBeGreaterThan(50);
	});
});
