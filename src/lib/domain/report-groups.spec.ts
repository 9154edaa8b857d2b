import { describe, expect, it } from 'vitest';
import { computeReport, duplicateSets, NO_FILTERS } from './report';
import { onePerGroup, reportGroupKey } from './report-groups';
import { makeReportGroup } from '../../../tests/unit/factories';

const today = '2026-06-30';

const child = (id: string) => ({ id, startedOn: null, stoppedOn: null, stopReason: '' as const });

/** One coach's export of a group, as the coordinator keeps it. */
function exported(key: string, coachName: string, exportedAt: string, children: number) {
	const ids = Array.from({ length: children }, (_, i) => `${key}-c${i}`);
	return makeReportGroup({
		key,
		source: { kind: 'imported', coachName, exportedAt, importId: `import-${key}` },
		sessions: [{ id: 's1', number: 1, date: '2025-09-02', status: 'held' }],
		children: ids.map(child),
		marks: ids.map((id) => ({ sessionId: 's1', participantId: id, mark: 'present' as const }))
	});
}

describe('one group, one identity', () => {
	it('names a shared group by its sync id, whoever holds it; any other group by its own key', () => {
		expect(reportGroupKey({ key: 'anne:g1', syncGroupId: 'G' })).toBe('sync:G');
		expect(reportGroupKey({ key: 'mehmet:g9', syncGroupId: 'G' })).toBe('sync:G');
		expect(reportGroupKey({ key: 'G', syncGroupId: 'G' })).toBe('sync:G');
		expect(reportGroupKey({ key: 'anne:g1', syncGroupId: null })).toBe('anne:g1');
		expect(reportGroupKey({ key: 'anne:g1' })).toBe('anne:g1');
	});

	it('keeps the newest export of a shared group sent by both co-coaches, in either order', () => {
		const anne = { ...exported('anne:G', 'Anne', '2026-03-01T10:00:00.000Z', 8), syncGroupId: 'G' };
		const mehmet = {
			...exported('mehmet:G', 'Mehmet', '2026-03-02T09:00:00.000Z', 9),
			syncGroupId: 'G'
		};
		expect(onePerGroup([anne, mehmet])).toEqual([mehmet]);
		expect(onePerGroup([mehmet, anne])).toEqual([mehmet]);
	});

	it('counts the own shared group rather than any export of it', () => {
		const own = makeReportGroup({ key: 'G', syncGroupId: 'G', children: [child('x')] });
		const later = {
			...exported('mehmet:G', 'Mehmet', '2099-01-01T00:00:00.000Z', 9),
			syncGroupId: 'G'
		};
		expect(onePerGroup([later, own])).toEqual([own]);
	});

	it('never merges groups that are not shared, however alike they look', () => {
		const a = exported('anne:g1', 'Anne', '2026-03-01T10:00:00.000Z', 8);
		const b = exported('mehmet:g2', 'Mehmet', '2026-03-02T10:00:00.000Z', 8);
		expect(onePerGroup([a, b])).toEqual([a, b]);
		// Those stay the coordinator's choice.
		expect(duplicateSets([a, b])).toHaveLength(1);
	});

	it('keeps the order of the groups and every other group', () => {
		const first = exported('x', 'Anne', '2026-03-01T10:00:00.000Z', 1);
		const old = { ...exported('a:G', 'Anne', '2026-03-01T10:00:00.000Z', 2), syncGroupId: 'G' };
		const last = exported('y', 'Cas', '2026-03-01T10:00:00.000Z', 3);
		const fresh = { ...exported('m:G', 'Mehmet', '2026-03-03T10:00:00.000Z', 4), syncGroupId: 'G' };
		expect(onePerGroup([first, old, last, fresh]).map((g) => g.key)).toEqual(['x', 'y', 'm:G']);
	});

	it('counts a shared group sent by both co-coaches once in the figures, with the newer file’s numbers', () => {
		const anne = { ...exported('anne:G', 'Anne', '2026-03-01T10:00:00.000Z', 8), syncGroupId: 'G' };
		const mehmet = {
			...exported('mehmet:G', 'Mehmet', '2026-03-02T09:00:00.000Z', 9),
			syncGroupId: 'G'
		};
		const other = exported('cas:g7', 'Cas', '2026-03-02T09:00:00.000Z', 6);
		const report = computeReport([anne, mehmet, other], NO_FILTERS, today);
		expect(report.groups.total).toBe(2);
		// 9 from Mehmet's newer file, 6 from Cas: Anne's 8 are not added on top.
		expect(report.children).toBe(15);
		expect(report.behind.groups).toEqual(['mehmet:G', 'cas:g7']);
	});
});
