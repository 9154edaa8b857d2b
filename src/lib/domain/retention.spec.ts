import { describe, expect, it } from 'vitest';
import { groupsPastRetention } from './retention';
import { makeGroup, makeParticipant } from '../../../tests/unit/factories';

describe('groupsPastRetention', () => {
	const old = makeGroup({ name: 'Oud', status: 'finished', finishedAt: '2025-06-30' });
	const recent = makeGroup({ name: 'Recent', status: 'finished', finishedAt: '2026-01-15' });
	const running = makeGroup({ name: 'Loopt', status: 'running', finishedAt: null });
	const instant = makeGroup({
		name: 'Tijdstip',
		status: 'finished',
		finishedAt: '2025-03-01T14:00:00.000Z'
	});

	it('lists finished groups that ended longer ago than the setting, oldest first', () => {
		const past = groupsPastRetention([old, recent, running, instant], [], '2026-11-22', 12);
		expect(past.map((p) => p.group.name)).toEqual(['Tijdstip', 'Oud']);
		expect(past[0].finishedOn).toBe('2025-03-01');
	});

	it('follows a shorter retention period', () => {
		const past = groupsPastRetention([old, recent], [], '2026-11-22', 6);
		expect(past.map((p) => p.group.name)).toEqual(['Oud', 'Recent']);
	});

	it('keeps a group that ended exactly on the cut-off day', () => {
		const edge = makeGroup({ status: 'finished', finishedAt: '2025-11-22' });
		expect(groupsPastRetention([edge], [], '2026-11-22', 12)).toEqual([]);
	});

	it('counts the children still to erase', () => {
		const children = [
			makeParticipant({ groupId: old.id }),
			makeParticipant({ groupId: old.id, erasedAt: '2026-01-01T00:00:00.000Z' }),
			makeParticipant({ groupId: recent.id })
		];
		const [entry] = groupsPastRetention([old], children, '2026-11-22', 12);
		expect(entry).toMatchObject({ children: 2, toErase: 1 });
	});
});
