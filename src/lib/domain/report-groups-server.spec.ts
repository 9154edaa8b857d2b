import { describe, expect, it } from 'vitest';
import { computeReport, NO_FILTERS } from './report';
import { onePerGroup, reportGroupKey } from './report-groups';
import { serverReportGroup } from './server-groups';
import { makeReportGroup } from '../../../tests/unit/factories';

/** A coach's file: older than the server, so a mark the server has is missing in it. */
const fromFile = (coach: string, syncGroupId: string | null, exportedAt: string) =>
	makeReportGroup({
		key: syncGroupId ? `sync:${syncGroupId}` : `${coach}:local`,
		source: { kind: 'imported', coachName: coach, exportedAt, importId: `i-${coach}` },
		syncGroupId,
		name: 'De Zonnebloem 7-12',
		startDate: '2026-02-03',
		status: 'running',
		sessions: [{ id: 's1', number: 1, date: '2026-02-03', status: 'held' }],
		children: [{ id: 'c1', startedOn: null, stoppedOn: null, stopReason: '' }]
	});

const fromServer = (groupId: string) =>
	serverReportGroup(groupId, {
		group: {
			name: 'De Zonnebloem 7-12',
			ageBand: '7-12',
			startDate: '2026-02-03',
			status: 'running'
		},
		sessions: { s1: { number: 1, date: '2026-02-03', status: 'held' } },
		children: { c1: { stoppedOn: null } },
		attendance: { 's1:c1': { mark: 'present' } }
	})!;

describe('one real group, one identity', () => {
	it('is the sync id for a shared group from the server, a file or the device', () => {
		expect(reportGroupKey(fromServer('shared-1'))).toBe('sync:shared-1');
		expect(reportGroupKey(fromFile('Anne', 'shared-1', '2026-02-04T10:00:00Z'))).toBe(
			'sync:shared-1'
		);
		expect(reportGroupKey(makeReportGroup({ key: 'shared-1', syncGroupId: 'shared-1' }))).toBe(
			'sync:shared-1'
		);
		expect(reportGroupKey(makeReportGroup({ key: 'local-1' }))).toBe('local-1');
	});

	it('counts a group from the server and from both co-coaches’ files once, from the server', () => {
		const list = [
			fromFile('Anne', 'shared-1', '2026-02-04T10:00:00Z'),
			fromServer('shared-1'),
			fromFile('Mehmet', 'shared-1', '2026-02-05T10:00:00Z'),
			fromFile('Anne', null, '2026-02-04T10:00:00Z')
		];
		const groups = onePerGroup(list);
		expect(groups.map((g) => [g.key, g.source.kind])).toEqual([
			['sync:shared-1', 'server'],
			['Anne:local', 'imported']
		]);
		const report = computeReport(groups, NO_FILTERS, '2026-02-05');
		expect(report.groups.total).toBe(2);
		// The server's record counts: its mark is there, the files' are not.
		expect(report.attendance).toMatchObject({ count: 1, of: 1 });
	});

	it('keeps the newest file of a group the server does not list', () => {
		const groups = onePerGroup([
			fromFile('Anne', 'shared-1', '2026-02-04T10:00:00Z'),
			fromFile('Mehmet', 'shared-1', '2026-02-05T10:00:00Z')
		]);
		expect(groups.map((g) => g.source.kind === 'imported' && g.source.coachName)).toEqual([
			'Mehmet'
		]);
	});

	it('prefers the server’s live record to a copy kept on the device', () => {
		const own = makeReportGroup({ key: 'shared-1', syncGroupId: 'shared-1' });
		expect(onePerGroup([own, fromServer('shared-1')]).map((g) => g.source.kind)).toEqual([
			'server'
		]);
	});
});
