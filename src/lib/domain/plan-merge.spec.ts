import { describe, expect, it } from 'vitest';
import type { PlanBlock } from '$lib/model';
import { mergePlans } from './plan-merge';

function block(id: string, overrides: Partial<PlanBlock> = {}): PlanBlock {
	return { id, kind: 'free', cardId: null, title: id, minutes: 10, notes: '', ...overrides };
}

const welcome = block('welcome', { kind: 'welcome' });
const talk = block('talk');
const game = block('game');
const closing = block('closing', { kind: 'closing' });
const base = [welcome, talk, game, closing];
const ids = (plan: PlanBlock[] | null) => plan?.map((b) => `${b.id}:${b.minutes}:${b.notes}`);

describe('merging two edits of one plan', () => {
	it('keeps a block changed in the other tab when this tab changed another block', () => {
		const theirs = [welcome, { ...talk, notes: 'Kringgesprek' }, game, closing];
		const mine = [welcome, talk, { ...game, minutes: 25 }, closing];
		expect(ids(mergePlans(base, mine, theirs))).toEqual([
			'welcome:10:',
			'talk:10:Kringgesprek',
			'game:25:',
			'closing:10:'
		]);
	});

	it('keeps a lead chosen in one tab next to notes typed in the other, and conflicts on two leads', () => {
		const theirs = [welcome, { ...talk, notes: 'Kring' }, game, closing];
		const mine = [welcome, talk, { ...game, lead: 'second' as const }, closing];
		const merged = mergePlans(base, mine, theirs);
		expect(merged?.map((b) => [b.id, b.notes, b.lead])).toEqual([
			['welcome', '', undefined],
			['talk', 'Kring', undefined],
			['game', '', 'second'],
			['closing', '', undefined]
		]);
		const other = [welcome, talk, { ...game, lead: 'first' as const }, closing];
		expect(mergePlans(base, mine, other)).toBeNull();
	});

	it('keeps blocks added on both sides, each after the block it followed', () => {
		const theirs = [welcome, talk, block('story'), game, closing];
		const mine = [welcome, talk, game, block('drawing'), closing];
		expect(mergePlans(base, mine, theirs)?.map((b) => b.id)).toEqual([
			'welcome',
			'talk',
			'story',
			'game',
			'drawing',
			'closing'
		]);
	});

	it('follows a reorder on one side and keeps the other side’s edit', () => {
		const theirs = [welcome, { ...talk, minutes: 5 }, game, closing];
		const mine = [welcome, game, talk, closing];
		expect(ids(mergePlans(base, mine, theirs))).toEqual([
			'welcome:10:',
			'game:10:',
			'talk:5:',
			'closing:10:'
		]);
	});

	it('drops a block deleted on one side that the other left alone', () => {
		const theirs = [welcome, talk, closing];
		const mine = [welcome, { ...talk, notes: 'x' }, game, closing];
		expect(mergePlans(base, mine, theirs)?.map((b) => b.id)).toEqual([
			'welcome',
			'talk',
			'closing'
		]);
	});

	it('is a conflict when one block was changed differently on both sides', () => {
		const theirs = [welcome, { ...talk, notes: 'A' }, game, closing];
		const mine = [welcome, { ...talk, notes: 'B' }, game, closing];
		expect(mergePlans(base, mine, theirs)).toBeNull();
	});

	it('is a conflict when a block changed on one side was deleted on the other', () => {
		const theirs = [welcome, { ...talk, notes: 'A' }, game, closing];
		const mine = [welcome, game, closing];
		expect(mergePlans(base, mine, theirs)).toBeNull();
	});

	it('is a conflict when both sides reordered differently', () => {
		expect(
			mergePlans(base, [talk, welcome, game, closing], [welcome, talk, closing, game])
		).toBeNull();
	});
});
