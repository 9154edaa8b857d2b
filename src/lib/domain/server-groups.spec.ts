import { describe, expect, it } from 'vitest';
import { computeReport, NO_FILTERS } from './report';
import { mayBelongToPeriod, serverReportGroup, type DocRecords } from './server-groups';

const CIPHER = 'enc1.k1.aXY.Y2lwaGVy';

/** A shared group's document as `Y.Map#toJSON` gives it (src/lib/sync/DOC-SHAPE.md). */
function makeDoc(overrides: Partial<DocRecords> = {}): DocRecords {
	return {
		group: {
			id: 'g1',
			name: 'De Zonnebloem 7-12',
			ageBand: '7-12',
			schoolId: 'school-1',
			coaches: ['Anne', ' Mehmet ', ''],
			startDate: '2026-02-03',
			status: 'running',
			location: 'OBS De Zonnebloem'
		},
		schools: { 'school-1': { id: 'school-1', name: 'OBS De Zonnebloem', holidays: [] } },
		sessions: {
			s2: { id: 's2', number: 2, date: '2026-02-10', status: 'planned', notes: CIPHER },
			s1: { id: 's1', number: 1, date: '2026-02-03', status: 'held', notes: CIPHER }
		},
		children: {
			c1: { id: 'c1', name: CIPHER, birthYear: CIPHER, stoppedOn: null, stopReason: '' },
			c2: {
				id: 'c2',
				name: CIPHER,
				startedOn: '2026-02-03',
				stoppedOn: '2026-02-10',
				stopReason: 'moved'
			}
		},
		attendance: {
			's1:c1': { sessionId: 's1', participantId: 'c1', mark: 'present', markedBy: 'Anne' },
			's1:c2': { sessionId: 's1', participantId: 'c2', mark: 'absent' }
		},
		meetings: {
			m1: { id: 'm1', kind: 'information', date: '2026-01-20', recorded: true, notes: CIPHER }
		},
		meetingAttendance: {
			'm1:c1': { meetingId: 'm1', participantId: 'c1', parent1: true, parent2: false }
		},
		...overrides
	};
}

describe('a shared group read from the sync server', () => {
	it('has the structure of the group and no name or note of a child', () => {
		const group = serverReportGroup('g1', makeDoc())!;
		expect(group).toMatchObject({
			key: 'sync:g1',
			source: { kind: 'server', groupId: 'g1' },
			syncGroupId: 'g1',
			name: 'De Zonnebloem 7-12',
			school: 'OBS De Zonnebloem',
			coaches: ['Anne', 'Mehmet'],
			ageBand: '7-12',
			startDate: '2026-02-03',
			status: 'running',
			setAside: false
		});
		expect(group.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
		expect(group.children).toEqual([
			{ id: 'c1', startedOn: null, stoppedOn: null, stopReason: '' },
			{ id: 'c2', startedOn: '2026-02-03', stoppedOn: '2026-02-10', stopReason: 'moved' }
		]);
		expect(group.meetings).toEqual([
			{
				kind: 'information',
				date: '2026-01-20',
				recorded: true,
				parents: [{ childId: 'c1', parent1: true, parent2: false }]
			}
		]);
		expect(JSON.stringify(group)).not.toContain('enc1.');
	});

	it('counts in the figures as an own group with the same records would', () => {
		const report = computeReport([serverReportGroup('g1', makeDoc())!], NO_FILTERS, '2026-02-05');
		expect(report.groups.total).toBe(1);
		expect(report.children).toBe(2);
		expect(report.sessionsHeld).toBe(1);
		expect(report.attendance).toMatchObject({ count: 1, of: 2 });
		expect(report.stopped.count).toBe(1);
		// c2 started after the information meeting: only c1's two parents count.
		expect(report.parentsInformation).toMatchObject({ count: 1, of: 2 });
	});

	it('finds the ids of a mark in its key when its fields lack them', () => {
		const group = serverReportGroup('g1', makeDoc({ attendance: { 's1:c1': { mark: 'late' } } }))!;
		expect(group.marks).toEqual([{ sessionId: 's1', participantId: 'c1', mark: 'late' }]);
	});

	it('is not counted while its document holds no valid group', () => {
		expect(serverReportGroup('g1', {})).toBeNull();
		expect(serverReportGroup('g1', makeDoc({ group: { name: 'Half aangekomen' } }))).toBeNull();
		const bad = makeDoc();
		expect(
			serverReportGroup('g1', { ...bad, group: { ...(bad.group as object), ageBand: '18+' } })
		).toBeNull();
	});

	it('drops a record that a device wrote wrongly, and keeps the rest', () => {
		const group = serverReportGroup(
			'g1',
			makeDoc({
				sessions: {
					s1: { number: 1, date: '2026-02-03', status: 'held' },
					bad1: { number: '2', date: '2026-02-10', status: 'held' },
					bad2: { number: 3, date: '10-02-2026', status: 'held' },
					bad3: { number: 4, date: '2026-02-17', status: 'gehouden' },
					bad4: 'not a record'
				},
				children: {
					c1: { stoppedOn: null, stopReason: 'weird' },
					bad: { stoppedOn: 'yesterday' }
				},
				attendance: {
					's1:c1': { mark: 'present' },
					's1:c2': { mark: 'there' },
					nokey: { mark: 'present' }
				},
				meetings: { m1: { kind: 'party', date: '2026-01-20' } },
				meetingAttendance: { 'm1:c1': { parent1: 'yes', parent2: false } }
			})
		)!;
		expect(group.sessions.map((s) => s.id)).toEqual(['s1']);
		expect(group.children).toEqual([
			{ id: 'c1', startedOn: null, stoppedOn: null, stopReason: '' }
		]);
		expect(group.marks).toEqual([{ sessionId: 's1', participantId: 'c1', mark: 'present' }]);
		expect(group.meetings).toEqual([]);
	});

	it('belongs to a period by its start day, as the device’s own groups are chosen', () => {
		const range = { from: '2025-08-01', to: '2026-07-31' };
		expect(mayBelongToPeriod({ startDate: '2026-02-03' }, range, 'started')).toBe(true);
		expect(mayBelongToPeriod({ startDate: '2025-07-01' }, range, 'started')).toBe(false);
		expect(mayBelongToPeriod({ startDate: '2025-07-01' }, range, 'activity')).toBe(true);
		expect(mayBelongToPeriod({ startDate: '2026-08-01' }, range, 'activity')).toBe(false);
	});
});
