import { describe, expect, it } from 'vitest';
import type { ExchangeGroup } from '$lib/model';
import { ImportError } from './envelope';
import {
	importedGroupId,
	importedGroupRecord,
	importedToReportGroup,
	planImport,
	pseudonym,
	validateExchange
} from './exchange';

function makeExchangeGroup(overrides: Partial<ExchangeGroup> = {}): ExchangeGroup {
	return {
		groupKey: 'g1',
		syncGroupId: null,
		name: 'De Regenboog 7-12',
		school: 'OBS De Regenboog',
		ageBand: '7-12',
		coaches: ['Anne'],
		status: 'finished',
		startDate: '2025-09-02',
		sessions: [{ id: 's1', number: 1, date: '2025-09-02', status: 'held' }],
		children: [{ id: 'p1', startedOn: null, stoppedOn: null, stopReason: '' }],
		attendance: [{ session: 's1', child: 'p1', mark: 'late' }],
		meetings: [
			{
				kind: 'information',
				date: '2025-08-25',
				recorded: true,
				parents: [{ child: 'p1', parent1: true, parent2: false }]
			}
		],
		...overrides
	};
}

function invalidPath(data: unknown): string {
	try {
		validateExchange(data);
	} catch (err) {
		if (err instanceof ImportError) return `${err.code} ${err.detail}`;
	}
	return 'valid';
}

describe('exchange rules', () => {
	it('decides add, replace, same or older per group by export time', () => {
		const groups = [
			makeExchangeGroup({ groupKey: 'a' }),
			makeExchangeGroup({ groupKey: 'b' }),
			makeExchangeGroup({ groupKey: 'c' }),
			makeExchangeGroup({ groupKey: 'd' })
		];
		const existing = new Map([
			['coach:b', { exportedAt: '2026-01-01T00:00:00.000Z' }],
			['coach:c', { exportedAt: '2026-02-01T00:00:00.000Z' }],
			['coach:d', { exportedAt: '2026-03-01T00:00:00.000Z' }]
		]);
		const plan = planImport('coach', '2026-02-01T00:00:00.000Z', groups, existing);
		expect(plan.map((p) => [p.id, p.decision])).toEqual([
			['coach:a', 'add'],
			['coach:b', 'replace'],
			['coach:c', 'same'],
			['coach:d', 'older']
		]);
	});

	it('keeps a shared group under its sync id: a co-coach’s newer file replaces the other’s, an older one is ignored', () => {
		const shared = makeExchangeGroup({ groupKey: 'G', syncGroupId: 'G' });
		const anneFirst = planImport('anne', '2026-03-01T10:00:00.000Z', [shared], new Map());
		expect(anneFirst.map((p) => [p.id, p.decision])).toEqual([['sync:G', 'add']]);
		const there = new Map([['sync:G', { exportedAt: '2026-03-01T10:00:00.000Z' }]]);
		expect(
			planImport('mehmet', '2026-03-02T09:00:00.000Z', [shared], there).map((p) => [
				p.id,
				p.decision
			])
		).toEqual([['sync:G', 'replace']]);
		expect(
			planImport('mehmet', '2026-02-28T09:00:00.000Z', [shared], there).map((p) => p.decision)
		).toEqual(['older']);
		// A group that is not shared stays each coach's own.
		expect(importedGroupId('mehmet', makeExchangeGroup({ groupKey: 'G' }))).toBe('mehmet:G');
		expect(
			importedToReportGroup(
				importedGroupRecord('i', { id: 'a', name: 'A' }, '2026-03-01T10:00:00.000Z', shared)
			).syncGroupId
		).toBe('G');
	});

	it('reads a file from before shared groups as not shared', () => {
		const old: Partial<ExchangeGroup> = makeExchangeGroup();
		delete old.syncGroupId;
		const data = validateExchange({ coach: { id: 'c', name: 'Anne' }, groups: [old] });
		expect(data.groups[0].syncGroupId).toBeNull();
	});

	it('refuses a file that names one shared group twice', () => {
		const coach = { id: 'c', name: 'Anne' };
		expect(
			invalidPath({
				coach,
				groups: [
					makeExchangeGroup({ groupKey: 'a', syncGroupId: 'G' }),
					makeExchangeGroup({ groupKey: 'b', syncGroupId: 'G' })
				]
			})
		).toBe('invalid groups');
	});

	it('accepts a complete file and names the first thing wrong in a broken one', () => {
		const coach = { id: 'c', name: 'Anne' };
		expect(invalidPath({ coach, groups: [makeExchangeGroup()] })).toBe('valid');
		expect(invalidPath({ coach, groups: [] })).toBe('invalid groups');
		expect(invalidPath({ coach, groups: [makeExchangeGroup({ ageBand: '3-5' as never })] })).toBe(
			'invalid groups.0.ageBand'
		);
		expect(
			invalidPath({
				coach,
				groups: [
					makeExchangeGroup({ attendance: [{ session: 'zz', child: 'p1', mark: 'present' }] })
				]
			})
		).toMatch(/^invalid/);
		expect(invalidPath({ coach, groups: [makeExchangeGroup(), makeExchangeGroup()] })).toMatch(
			/^invalid/
		);
	});

	it('keeps a pseudonym stable per secret and different across secrets', async () => {
		expect(await pseudonym('s1', 'child')).toBe(await pseudonym('s1', 'child'));
		expect(await pseudonym('s1', 'child')).not.toBe(await pseudonym('s2', 'child'));
	});

	it('turns an imported group into the report’s shape with its source', () => {
		const record = importedGroupRecord(
			'imp',
			{ id: 'c', name: 'Anne' },
			'2026-01-01T00:00:00.000Z',
			makeExchangeGroup()
		);
		expect(record.schoolYear).toBe('2025-2026');
		const group = importedToReportGroup(record);
		expect(group.source).toEqual({
			kind: 'imported',
			coachName: 'Anne',
			exportedAt: '2026-01-01T00:00:00.000Z',
			importId: 'imp'
		});
		expect(group.marks).toEqual([{ sessionId: 's1', participantId: 'p1', mark: 'late' }]);
	});
});
