import { describe, expect, it } from 'vitest';
import { makeCard } from '../../../tests/unit/factories';
import { blocksForSeries, defaultTemplateSessions, phaseForSession } from './templates';
import { totalMinutes } from './plan';

const titles = { welcome: 'Welkom', closing: 'Afsluiting', spare: 'Vrije ruimte' };

describe('series templates', () => {
	it('follows the arc opening → before → now → future → closing over eight sessions', () => {
		expect(Array.from({ length: 8 }, (_, i) => phaseForSession(i + 1, 8))).toEqual([
			'opening',
			'before',
			'before',
			'now',
			'now',
			'future',
			'future',
			'closing'
		]);
		expect(Array.from({ length: 4 }, (_, i) => phaseForSession(i + 1, 4))).toEqual([
			'opening',
			'before',
			'now',
			'closing'
		]);
	});

	it('builds the default template from example cards of the age band and phase', () => {
		const cards = [
			makeCard({
				id: 'a',
				title: 'Kennismakingsspel',
				phase: 'opening',
				minutes: 20,
				exampleId: 'ex-a'
			}),
			makeCard({
				id: 'b',
				title: 'Mijn huis vroeger',
				phase: 'before',
				minutes: 25,
				exampleId: 'ex-b'
			}),
			makeCard({
				id: 'c',
				title: 'Voor tieners',
				phase: 'opening',
				ageBands: ['13-17'],
				exampleId: 'ex-c'
			}),
			makeCard({ id: 'd', title: 'Te lang', phase: 'now', minutes: 55, exampleId: 'ex-d' })
		];
		const sessions = defaultTemplateSessions('7-12', 8, 60, cards, titles);
		expect(sessions).toHaveLength(8);
		expect(sessions[0].blocks.map((b) => b.title)).toEqual([
			'Welkom',
			'Kennismakingsspel',
			'Vrije ruimte',
			'Afsluiting'
		]);
		expect(sessions[1].blocks.map((b) => b.cardId)).toEqual([null, 'b', null, null]);
		expect(
			sessions.flatMap((s) => s.blocks).some((b) => b.cardId === 'c' || b.cardId === 'd')
		).toBe(false);
		for (const session of sessions) expect(totalMinutes(session.blocks)).toBe(60);
	});

	it('fills every default session to its length exactly, for every age band', () => {
		const cards = [7, 12, 18, 25, 33].flatMap((minutes, n) =>
			(['opening', 'before', 'now', 'future', 'closing'] as const).map((phase) =>
				makeCard({
					id: `${phase}-${n}`,
					title: `${phase} ${n}`,
					phase,
					minutes,
					ageBands: ['4-6', '7-12', '13-17'],
					exampleId: `ex-${phase}-${n}`
				})
			)
		);
		for (const [band, count, length] of [
			['4-6', 8, 60],
			['7-12', 8, 60],
			['13-17', 4, 90]
		] as const) {
			const sessions = defaultTemplateSessions(band, count, length, cards, titles);
			expect(sessions.map((s) => totalMinutes(s.blocks))).toEqual(Array(count).fill(length));
			expect(sessions.flatMap((s) => s.blocks).every((b) => b.minutes >= 1)).toBe(true);
		}
	});

	it('spreads the cards of a phase over its sessions instead of filling the first', () => {
		const cards = ['a', 'b', 'c'].map((id) =>
			makeCard({ id, title: id, phase: 'before', minutes: 15, exampleId: `ex-${id}` })
		);
		const sessions = defaultTemplateSessions('7-12', 8, 60, cards, titles);
		expect(sessions[1].blocks.length).toBeGreaterThan(2);
		expect(sessions[2].blocks.length).toBeGreaterThan(2);
	});

	it('still gives welcome and closing blocks when there are no example cards', () => {
		const sessions = defaultTemplateSessions('4-6', 8, 60, [], titles);
		expect(
			sessions.every((s) => s.blocks.map((b) => b.kind).join() === 'welcome,free,closing')
		).toBe(true);
		expect(sessions[0].blocks.map((b) => b.minutes)).toEqual([5, 50, 5]);
	});

	it('copies a template with fresh block ids and fills missing sessions', () => {
		const template = defaultTemplateSessions('13-17', 2, 90, [], titles);
		const series = blocksForSeries(template, 3, 90, titles);
		expect(series).toHaveLength(3);
		expect(series[0][0].id).not.toBe(template[0].blocks[0].id);
		expect(series[2].map((b) => b.minutes)).toEqual([10, 10]);
	});
});
