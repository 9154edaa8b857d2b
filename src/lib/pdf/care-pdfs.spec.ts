import { describe, expect, it } from 'vitest';
import { loadFontBytes } from './fonts-node';
import { readPdf } from './testing';
import { buildHandover } from './handover';
import { buildSafetyInfo, safetySheetText } from './safety-info';
import type { Signal } from '$lib/domain/signals';

function makeSignal(overrides: Partial<Signal> = {}): Signal {
	return {
		id: crypto.randomUUID(),
		participantId: 'child-1',
		groupId: 'group-1',
		createdAt: '2026-03-02T10:00:00.000Z',
		updatedAt: '2026-03-02T10:00:00.000Z',
		date: '2026-03-02',
		facts: 'Zegt dat ze bang is voor de nieuwe vriend van mama.',
		concerns: ['threats-contact'],
		steps: { 1: '2026-03-02', 2: '2026-03-04' },
		consulted: ['care-officer'],
		decision: '',
		...overrides
	};
}

describe('the hand-over sheet', () => {
	it('lists the child, the facts, the steps with dates and the next step', async () => {
		const bytes = await buildHandover(
			{
				childName: 'Şeyma',
				groupName: 'De Regenboog 7-12',
				signals: [makeSignal()],
				today: '2026-03-05'
			},
			{ fonts: await loadFontBytes(), lang: 'nl' }
		);
		const pdf = await readPdf(bytes);
		expect(pdf.title).toBe('Overdracht: signalen over Şeyma');
		for (const text of [
			'Şeyma',
			'De Regenboog 7-12',
			'bang is voor de nieuwe vriend van mama',
			'Dreiging',
			'Stap 2 op',
			'Overleggen',
			'Aandachtsfunctionaris',
			'Volgende stap: Stap 3',
			'officiële verslag'
		]) {
			expect(pdf.text).toContain(text);
		}
	});
});

describe('the safety information for children', () => {
	it('prints one warm page per age band with the numbers to call', async () => {
		const fonts = await loadFontBytes();
		for (const band of ['7-12', '13-17'] as const) {
			const pdf = await readPdf(await buildSafetyInfo(band, { fonts, lang: 'nl' }));
			expect(pdf.pageCount).toBe(1);
			for (const number of ['0800-0432', '0800-2000', '112']) expect(pdf.text).toContain(number);
			expect(pdf.title).toBe(safetySheetText(band, 'nl')[0]);
		}
	});

	it('speaks differently to younger and older children', () => {
		const young = safetySheetText('7-12', 'nl').join(' ');
		const teen = safetySheetText('13-17', 'nl').join(' ');
		expect(young).toContain('juf of meester');
		expect(teen).toContain('mentor');
		expect(young).not.toEqual(teen);
	});
});
