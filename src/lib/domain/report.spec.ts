import { describe, expect, it } from 'vitest';
import { computeReport, filterOptions, NO_FILTERS, type ReportGroup } from './report';

function makeReportGroup(overrides: Partial<ReportGroup> = {}): ReportGroup {
	return {
		key: 'g',
		source: { kind: 'own', groupId: 'g' },
		name: 'Groep',
		school: 'De Regenboog',
		coaches: ['Anne', 'Mehmet'],
		ageBand: '7-12',
		startDate: '2025-09-02',
		status: 'finished',
		sessions: [],
		children: [],
		marks: [],
		meetings: [],
		...overrides
	};
}

/** Hand-checked: see the comments for every count. */
const regenboog = makeReportGroup({
	key: 'A',
	sessions: [
		{ id: 's1', number: 1, date: '2025-09-02', status: 'held' },
		{ id: 's2', number: 2, date: '2025-09-09', status: 'cancelled' },
		{ id: 's3', number: 3, date: '2025-09-16', status: 'held' },
		{ id: 's4', number: 4, date: '2025-09-23', status: 'held' }
	],
	// c2 stopped on the day of session 3: counts for session 1 only.
	children: [
		{ id: 'c1', stoppedOn: null },
		{ id: 'c2', stoppedOn: '2025-09-16' },
		{ id: 'c3', stoppedOn: null }
	],
	marks: [
		{ sessionId: 's1', participantId: 'c1', mark: 'present' },
		{ sessionId: 's1', participantId: 'c2', mark: 'late' },
		{ sessionId: 's1', participantId: 'c3', mark: 'absent' },
		{ sessionId: 's2', participantId: 'c1', mark: 'present' },
		{ sessionId: 's3', participantId: 'c1', mark: 'late' },
		{ sessionId: 's3', participantId: 'c2', mark: 'present' },
		{ sessionId: 's3', participantId: 'c3', mark: 'absent-notice' },
		{ sessionId: 's4', participantId: 'c1', mark: 'present' },
		{ sessionId: 's4', participantId: 'c3', mark: 'present' }
	],
	meetings: [
		{
			kind: 'information',
			date: '2025-08-25',
			parents: [
				{ childId: 'c1', parent1: true, parent2: true },
				{ childId: 'c2', parent1: true, parent2: false }
			]
		},
		{
			kind: 'evaluation',
			date: '2025-10-30',
			parents: [
				{ childId: 'c1', parent1: true, parent2: false },
				{ childId: 'c2', parent1: true, parent2: true },
				{ childId: 'c3', parent1: false, parent2: true }
			]
		},
		{
			kind: 'follow-up',
			date: '2025-11-10',
			parents: [{ childId: 'c1', parent1: true, parent2: true }]
		}
	]
});

const anker = makeReportGroup({
	key: 'B',
	source: { kind: 'imported', coachName: 'Bo', exportedAt: '2026-01-01T10:00:00Z', importId: 'i1' },
	school: 'Het Anker',
	coaches: ['Bo', 'Cas'],
	ageBand: '4-6',
	startDate: '2025-10-01',
	status: 'running',
	sessions: [
		{ id: 't1', number: 1, date: '2025-10-01', status: 'held' },
		{ id: 't2', number: 2, date: '2025-10-08', status: 'planned' }
	],
	// d2 stopped before the first session but after the information meeting.
	children: [
		{ id: 'd1', stoppedOn: null },
		{ id: 'd2', stoppedOn: '2025-09-30' }
	],
	marks: [{ sessionId: 't1', participantId: 'd1', mark: 'absent' }],
	meetings: [
		{
			kind: 'information',
			date: '2025-09-25',
			parents: [{ childId: 'd1', parent1: true, parent2: false }]
		},
		{
			kind: 'evaluation',
			date: '2026-12-01',
			parents: [{ childId: 'd1', parent1: true, parent2: true }]
		}
	]
});

const today = '2026-01-10';

describe('computeReport', () => {
	const report = computeReport([regenboog, anker], NO_FILTERS, today);

	it('counts groups by status', () => {
		expect(report.groups).toEqual({ total: 2, planned: 0, running: 1, finished: 1 });
		expect(report.behind['groups-running']).toEqual(['B']);
	});

	it('counts children reached, finished and stopped with the drop-out rate', () => {
		expect(report.children).toBe(5);
		expect(report.finished).toEqual({ count: 3, of: 5, share: 0.6 });
		expect(report.stopped).toEqual({ count: 2, of: 5, share: 0.4 });
		expect(report.behind.stopped).toEqual(['A', 'B']);
	});

	it('counts held and cancelled sessions, not planned ones', () => {
		expect(report.sessionsHeld).toBe(4);
		expect(report.sessionsCancelled).toBe(1);
		expect(report.behind['sessions-cancelled']).toEqual(['A']);
	});

	it('rates attendance over held sessions, late as attended, stopped children only before their stop', () => {
		// A: c1 3/3, c2 1/1 (late), c3 1/3; B: d1 0/1, d2 nothing.
		expect(report.attendance).toEqual({ count: 5, of: 8, share: 5 / 8 });
	});

	it('counts parents present out of two per child still taking part, for meetings held so far', () => {
		// information: A 3 of 6, B 1 of 4 (d2 had not stopped yet); evaluation: A 2 of 4, B not yet.
		expect(report.parentsInformation).toEqual({ count: 4, of: 10, share: 0.4 });
		expect(report.parentsEvaluation).toEqual({ count: 2, of: 4, share: 0.5 });
		expect(report.behind['parents-evaluation']).toEqual(['A']);
	});

	it('charts attendance per session number across groups', () => {
		expect(
			report.charts.attendanceBySession.map((b) => [b.key, b.count, b.of, b.groupKeys])
		).toEqual([
			['1', 2, 4, ['A', 'B']],
			['3', 1, 2, ['A']],
			['4', 2, 2, ['A']]
		]);
	});

	it('charts groups per school and drop-out per age band and school', () => {
		expect(report.charts.groupsBySchool.map((b) => [b.label, b.value])).toEqual([
			['De Regenboog', 1],
			['Het Anker', 1]
		]);
		expect(report.charts.dropOutByAgeBand.map((b) => [b.label, b.count, b.of])).toEqual([
			['4-6', 1, 2],
			['7-12', 1, 3]
		]);
		expect(report.charts.dropOutBySchool.map((b) => [b.label, b.count, b.of])).toEqual([
			['De Regenboog', 1, 3],
			['Het Anker', 1, 2]
		]);
	});

	it('filters by school, coach and age band', () => {
		expect(
			computeReport([regenboog, anker], { ...NO_FILTERS, school: 'Het Anker' }, today).children
		).toBe(2);
		expect(
			computeReport([regenboog, anker], { ...NO_FILTERS, coach: 'Anne' }, today).behind.groups
		).toEqual(['A']);
		expect(
			computeReport([regenboog, anker], { ...NO_FILTERS, ageBand: '13-17' }, today).groups.total
		).toBe(0);
	});

	it('gives no rate when nothing counts yet', () => {
		const empty = computeReport([], NO_FILTERS, today);
		expect(empty.attendance.share).toBeNull();
		expect(empty.stopped.share).toBeNull();
	});

	it('offers every school, coach and age band found', () => {
		expect(filterOptions([regenboog, anker])).toEqual({
			schools: ['De Regenboog', 'Het Anker'],
			coaches: ['Anne', 'Bo', 'Cas', 'Mehmet'],
			ageBands: ['4-6', '7-12']
		});
	});
});
