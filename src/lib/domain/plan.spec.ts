import { describe, expect, it } from 'vitest';
import type { PlanBlock } from '$lib/model';
import {
	blockLeadNames,
	blockStartTimes,
	gatherMaterials,
	overrunMinutes,
	parseBlockMinutes,
	totalMinutes
} from './plan';
import { makeCard } from '../../../tests/unit/factories';

function block(minutes: number, cardId: string | null = null): PlanBlock {
	return {
		id: crypto.randomUUID(),
		kind: cardId ? 'card' : 'free',
		cardId,
		title: '',
		minutes,
		notes: ''
	};
}

describe('session plan', () => {
	it('computes start times from the session start', () => {
		expect(blockStartTimes('13:30', [block(10), block(25), block(15)])).toEqual([
			'13:30',
			'13:40',
			'14:05'
		]);
	});

	it('says how far a plan runs over the session length', () => {
		const blocks = [block(30), block(40)];
		expect(totalMinutes(blocks)).toBe(70);
		expect(overrunMinutes(blocks, 60)).toBe(10);
		expect(overrunMinutes(blocks, 90)).toBe(0);
	});

	it('multiplies per-child materials by the children and adds up equal names', () => {
		const a = makeCard({
			id: 'a',
			title: 'Tekenen',
			materials: [
				{ name: 'Stiften', amount: 1, per: 'group' },
				{ name: 'Papier A4', amount: 2, per: 'child' }
			]
		});
		const b = makeCard({
			id: 'b',
			title: 'Brief',
			materials: [{ name: 'papier a4 ', amount: 1, per: 'child' }]
		});
		const cards = new Map([a, b].map((c) => [c.id, c]));
		const gathered = gatherMaterials([block(10, 'a'), block(10, 'b'), block(5)], cards, 8);
		expect(gathered).toEqual([
			{ name: 'Papier A4', amount: 24, cards: ['Tekenen', 'Brief'] },
			{ name: 'Stiften', amount: 1, cards: ['Tekenen'] }
		]);
	});
});

describe('block minutes', () => {
	it('accepts whole minutes from 1 to 240', () => {
		expect(parseBlockMinutes('1')).toBe(1);
		expect(parseBlockMinutes(' 45 ')).toBe(45);
		expect(parseBlockMinutes('240')).toBe(240);
	});

	it('refuses empty, zero, negative, fractional and too long values instead of clamping', () => {
		for (const text of ['', '  ', '0', '-5', '600', '241', '12.5', '1e2', 'tien']) {
			expect(parseBlockMinutes(text), text).toBeNull();
		}
	});
});

describe('blockLeadNames', () => {
	const coaches = ['Anne', 'Mehmet'];
	it('names the first, the second or both coaches, and nobody without a lead', () => {
		expect(blockLeadNames({ lead: 'first' }, coaches)).toEqual(['Anne']);
		expect(blockLeadNames({ lead: 'second' }, coaches)).toEqual(['Mehmet']);
		expect(blockLeadNames({ lead: 'both' }, coaches)).toEqual(['Anne', 'Mehmet']);
		expect(blockLeadNames({}, coaches)).toEqual([]);
	});

	it('leaves out a coach whose name is not known yet', () => {
		expect(blockLeadNames({ lead: 'both' }, ['Anne', ' '])).toEqual(['Anne']);
		expect(blockLeadNames({ lead: 'second' }, ['Anne'])).toEqual([]);
	});
});
