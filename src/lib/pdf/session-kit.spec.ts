import { describe, expect, it } from 'vitest';
import { makeCard } from '../../../tests/unit/factories';
import type { PdfOptions } from './common';
import { seriesFixture } from './fixtures';
import { loadFontBytes } from './fonts-node';
import { buildSessionKit, kitContents, type SessionKitData } from './session-kit';
import { readPdf } from './testing';

async function options(lang: PdfOptions['lang'] = 'nl'): Promise<PdfOptions> {
	return { fonts: await loadFontBytes(), lang };
}

function kitFixture(childCount: number): SessionKitData {
	const fx = seriesFixture(3, 3);
	const session = fx.sessions[1];
	return {
		group: fx.group,
		session,
		sessions: fx.sessions,
		cards: fx.cardsById,
		participants: fx.participants,
		childCount
	};
}

describe('session kit', () => {
	it('holds the plan, the activity sheets, each worksheet once per child and the register, in that order', async () => {
		const data = kitFixture(4);
		const pdf = await readPdf(await buildSessionKit(data, await options()));
		const pages = pdf.pages;
		const planPage = pages.findIndex((p) => p.includes('Sessieplan') && p.includes('Sessie 2'));
		const sheetPages = ['Werkvorm 2.1', 'Werkvorm 2.2', 'Werkvorm 2.3'].map((title) =>
			pages.findIndex((p, i) => i > planPage && p.includes(title))
		);
		const worksheetPages = pages.flatMap((p, i) => (p.startsWith('Mijn tekening 2') ? [i] : []));
		const registerPage = pages.findIndex((p) => p.startsWith('Presentielijst'));
		expect(planPage).toBe(0);
		expect(sheetPages.every((i) => i > planPage)).toBe(true);
		expect(worksheetPages).toHaveLength(4);
		expect(Math.min(...worksheetPages)).toBeGreaterThan(Math.max(...sheetPages));
		expect(registerPage).toBeGreaterThan(Math.max(...worksheetPages));
		// Only this session's cards; the register lists every child and every session.
		expect(pdf.text).not.toContain('Werkvorm 1.1');
		expect(pdf.text).not.toContain('Werkvorm 3.1');
		for (const name of ['Şeyma', 'Łucja', 'Юлия']) expect(pages[registerPage]).toContain(name);
		expect(pages[registerPage]).toContain('Sessie 3');
		expect(pdf.outline.slice(0, 2)).toEqual(['Sessie 2 van 3', 'Werkvorm 2.1']);
		expect(kitContents(data)).toEqual({ sheets: 3, worksheets: 1, copies: 4 });
	});

	it('is written in English, prints one copy when nobody takes part, and a plan without cards', async () => {
		const data = kitFixture(0);
		const english = await readPdf(await buildSessionKit(data, await options('en')));
		expect(english.pages[0]).toContain('Session plan');
		expect(english.pages.filter((p) => p.startsWith('Mijn tekening 2'))).toHaveLength(1);
		expect(english.pages.at(-1)).toContain('Attendance register');
		const empty = { ...data, session: { ...data.session, blocks: [] } };
		const bare = await readPdf(await buildSessionKit(empty, await options()));
		expect(bare.pages[0]).toContain('Sessieplan');
		expect(bare.pages.at(-1)).toContain('Presentielijst');
		expect(
			kitContents({ ...data, childCount: 99, cards: new Map([[makeCard().id, makeCard()]]) }).copies
		).toBe(40);
	});
});
