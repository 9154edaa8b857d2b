import { describe, expect, it } from 'vitest';
import type { ExchangeGroup } from '$lib/model';
import { ImportError } from './envelope';
import {
	importedGroupRecord,
	importedToReportGroup,
	planImport,
	pseudonym,
	validateExchange
} from './exchange';

function makeExchangeGroup(overrides: Partial<ExchangeGroup> = {}): ExchangeGroup {
	return {
		groupKey: 'g1',
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
