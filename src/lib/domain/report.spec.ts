import { describe, expect, it } from 'vitest';
import {
	childOutcome,
	computeReport,
	duplicateSets,
	filterOptions,
	groupGaps,
	NO_FILTERS,
	realGroupKey
} from './report';
import { makeReportGroup } from '../../../tests/unit/factories';

/** Hand-checked: see the comments for every count. */
const regenboog = makeReportGroup({
	key: 'A',
	sessions: [
		{ id: 's1', number: 1, date: '2025-09-02', status: 'held' },
		{ id: 's2', number: 2, date: '2025-09-09', status: 'cancelled' },
		{ id: 's3', number: 3, date: '2025-09-16', status: 'held' },
		{ id: 's4', number: 4, date: '2025-09-23', status: 'held' },
		// Past and still "planned": a gap.
		{ id: 's5', number: 5, date: '2025-09-30', status: 'planned' }
	],
	children: [
		{ id: 'c1', startedOn: null, stoppedOn: null, stopReason: '' },
		// Stopped on the day of session 3: counts for session 1 only.
		{ id: 'c2', startedOn: null, stoppedOn: '2025-09-16', stopReason: 'moved' },
		{ id: 'c3', startedOn: null, stoppedOn: null, stopReason: '' },
		// Joined on the day of session 3: counts from session 3.
		{ id: 'c4', startedOn: '2025-09-16', stoppedOn: null, stopReason: '' }
	],
	marks: [
		{ sessionId: 's1', participantId: 'c1', mark: 'present' },
		{ sessionId: 's1', participantId: 'c2', mark: 'late' },
		{ sessionId: 's1', participantId: 'c3', mark: 'absent' },
		{ sessionId: 's3', participantId: 'c1', mark: 'late' },
		{ sessionId: 's3', participantId: 'c3', mark: 'absent-notice' },
		{ sessionId: 's3', participantId: 'c4', mark: 'present' },
		{ sessionId: 's4', participantId: 'c1', mark: 'present' },
		{ sessionId: 's4', participantId: 'c4', mark: 'present' }
		// c3 has no mark for s4: a gap.
	],
	meetings: [
		{
			kind: 'information',
			date: '2025-08-25',
			recorded: true,
			parents: [
				{ childId: 'c1', parent1: true, parent2: true },
				{ childId: 'c2', parent1: true, parent2: false }
			]
		},
		{
			kind: 'evaluation',
			date: '2025-10-30',
			recorded: true,
			parents: [
				{ childId: 'c1', parent1: true, parent2: false },
				{ childId: 'c3', parent1: false, parent2: true },
				{ childId: 'c4', parent1: true, parent2: true }
			]
		},
		{
			kind: 'follow-up',
			date: '2025-11-10',
			recorded: true,
			parents: [{ childId: 'c1', parent1: true, parent2: true }]
		}
	]
});

const anker = makeReportGroup({
	key: 'B',
	source: { kind: 'imported', coachName: 'Bo', exportedAt: '2026-01-01T10:00:00Z', importId: 'i1' },
	name: 'Anker 4-6',
	school: 'Het Anker',
	coaches: ['Bo', 'Cas'],
	ageBand: '4-6',
	startDate: '2025-10-01',
	status: 'running',
	sessions: [
		{ id: 't1', number: 1, date: '2025-10-01', status: 'held' },
		{ id: 't2', number: 2, date: '2025-10-08', status: 'held' },
		{ id: 't3', number: 3, date: '2026-02-01', status: 'planned' }
	],
	children: [
		{ id: 'd1', startedOn: null, stoppedOn: null, stopReason: '' },
		// Stopped before the first session, after the information meeting; no reason given.
		{ id: 'd2', startedOn: null, stoppedOn: '2025-09-30', stopReason: '' },
		{ id: 'd3', startedOn: null, stoppedOn: null, stopReason: '' }
	],
	marks: [
		{ sessionId: 't1', participantId: 'd1', mark: 'absent' },
		{ sessionId: 't1', participantId: 'd3', mark: 'present' },
		{ sessionId: 't2', participantId: 'd1', mark: 'present' },
		{ sessionId: 't2', participantId: 'd3', mark: 'present' }
	],
	meetings: [
		// Recorded with nobody ticked: nobody came.
		{ kind: 'information', date: '2025-09-25', recorded: true, parents: [] },
		// Past and not recorded: counts for nothing and is a gap, whatever was ticked.
		{
			kind: 'evaluation',
			date: '2025-12-15',
			recorded: false,
			parents: [{ childId: 'd1', parent1: true, parent2: true }]
		}
	]
});

const today = '2026-01-10';

describe('computeReport: what each figure means', () => {
	const report = computeReport([regenboog, anker], NO_FILTERS, today);

	it('counts groups by status', () => {
		expect(report.groups).toEqual({ total: 2, planned: 0, running: 1, finished: 1 });
		expect(report.behind['groups-running']).toEqual(['B']);
	});

	it('counts a child as completed only when the group finished and the child did not stop', () => {
		expect(report.children).toBe(7);
		expect(report.finished).toEqual({ count: 3, of: 7, share: 3 / 7 });
		expect(report.behind.finished).toEqual(['A']);
	});

	it('counts a child of a group that has not finished as still running ("nog bezig")', () => {
		expect(report.ongoing).toEqual({ count: 2, of: 7, share: 2 / 7 });
		expect(report.behind.ongoing).toEqual(['B']);
		expect(report.finished.count + report.ongoing.count + report.stopped.count).toBe(
			report.children
		);
	});

	it('counts stopped children with their reasons, an empty reason as unknown', () => {
		expect(report.stopped).toEqual({ count: 2, of: 7, share: 2 / 7 });
		expect(report.stopReasons).toEqual({
			moved: 1,
			parents: 0,
			child: 0,
			referred: 0,
			other: 0,
			unknown: 1
		});
	});

	it('counts held and cancelled sessions', () => {
		expect(report.sessionsHeld).toBe(5);
		expect(report.sessionsCancelled).toBe(1);
	});

	it('rates attendance over marked child-sessions only, from each child’s start to its stop', () => {
		// A: s1 c1 c2 c3 (2 attended), s3 c1 c3 c4 (2), s4 c1 c4 (2) = 6 of 8; B: 3 of 4.
		expect(report.attendance).toEqual({ count: 9, of: 12, share: 0.75 });
	});

	it('does not count a child for sessions before its start day', () => {
		const withoutStart = makeReportGroup({
			...regenboog,
			children: regenboog.children.map((c) => ({ ...c, startedOn: null }))
		});
		// c4 now counts for s1 too, unmarked there: a gap, never an absence.
		const r = computeReport([withoutStart], NO_FILTERS, today);
		expect(r.attendance).toEqual({ count: 6, of: 8, share: 0.75 });
		expect(r.gaps.unmarked).toBe(2);
	});

	it('reports unmarked children in held sessions and past planned sessions as gaps', () => {
		expect(report.gaps.unmarked).toBe(1);
		expect(report.gaps.pastPlanned).toBe(1);
		expect(report.gaps.groups.map((g) => [g.key, g.unmarked, g.pastPlanned])).toEqual([
			['A', 1, 1],
			['B', 0, 0]
		]);
		expect(report.behind.gaps).toEqual(['A', 'B']);
	});

	it('counts only recorded parent meetings for turnout, "nobody came" as a recorded 0', () => {
		// Information: A 3 of 6 (c4 joined later), B 0 of 6 (nobody came, d2 still in).
		expect(report.parentsInformation).toEqual({ count: 3, of: 12, share: 0.25 });
		// Evaluation: A 4 of 6 (c2 had stopped); B's is not recorded and counts for nothing.
		expect(report.parentsEvaluation).toEqual({ count: 4, of: 6, share: 4 / 6 });
		expect(report.gaps.unrecordedMeetings).toBe(1);
	});

	it('does not call a meeting later today or in the future a gap', () => {
		const future = makeReportGroup({
			key: 'F',
			meetings: [{ kind: 'evaluation', date: today, recorded: false, parents: [] }]
		});
		expect(computeReport([future], NO_FILTERS, today).gaps.unrecordedMeetings).toBe(0);
	});

	it('has a table per school, per coach and per age band with the same figures', () => {
		const [regenboogRow, anker] = report.tables.school;
		expect(regenboogRow).toMatchObject({
			key: 'De Regenboog',
			groups: 1,
			children: 4,
			completed: { count: 3, of: 4 },
			ongoing: 0,
			stopped: { count: 1, of: 4 },
			sessionsHeld: 3,
			sessionsCancelled: 1,
			attendance: { count: 6, of: 8 },
			parents: { count: 7, of: 12 }
		});
		expect(regenboogRow.stopReasons.moved).toBe(1);
		expect(anker).toMatchObject({
			key: 'Het Anker',
			children: 3,
			ongoing: 2,
			attendance: { count: 3, of: 4 },
			parents: { count: 0, of: 6 }
		});
		expect(anker.stopReasons.unknown).toBe(1);
		// A group with two coaches counts under each.
		expect(report.tables.coach.map((r) => [r.key, r.groups, r.children])).toEqual([
			['Anne', 1, 4],
			['Bo', 1, 3],
			['Cas', 1, 3],
			['Mehmet', 1, 4]
		]);
		expect(report.tables.ageBand.map((r) => r.key)).toEqual(['4-6', '7-12']);
		expect(report.tables.total).toMatchObject({ groups: 2, children: 7, sessionsHeld: 5 });
	});

	it('charts attendance per session number over marked children', () => {
		expect(
			report.charts.attendanceBySession.map((b) => [b.key, b.count, b.of, b.groupKeys])
		).toEqual([
			['1', 3, 5, ['A', 'B']],
			['2', 2, 2, ['B']],
			['3', 2, 3, ['A']],
			['4', 2, 2, ['A']]
		]);
		expect(report.charts.dropOutByAgeBand.map((b) => [b.key, b.count, b.of])).toEqual([
			['4-6', 1, 3],
			['7-12', 1, 4]
		]);
	});

	it('filters by school, coach and age band', () => {
		expect(computeReport([regenboog, anker], { ...NO_FILTERS, coach: 'Cas' }, today).children).toBe(
			3
		);
		expect(
			computeReport([regenboog, anker], { ...NO_FILTERS, school: 'De Regenboog' }, today).children
		).toBe(4);
		expect(
			computeReport([regenboog, anker], { ...NO_FILTERS, ageBand: '4-6' }, today).groups.total
		).toBe(1);
	});

	it('offers every school, coach and age band of the groups as filters', () => {
		expect(filterOptions([regenboog, anker])).toEqual({
			schools: ['De Regenboog', 'Het Anker'],
			coaches: ['Anne', 'Bo', 'Cas', 'Mehmet'],
			ageBands: ['4-6', '7-12']
		});
	});
});

describe('period basis', () => {
	it('on the "started" basis holds the groups that started in the period, with all their records', () => {
		const r = computeReport([regenboog, anker], NO_FILTERS, today, {
			range: { from: '2025-09-15', to: '2025-12-31' },
			basis: 'started'
		});
		expect(r.behind.groups).toEqual(['B']);
		expect(r.sessionsHeld).toBe(2);
		expect(r.period?.basis).toBe('started');
	});

	it('on the "activity" basis holds the sessions, marks and meetings dated in the period', () => {
		const r = computeReport([regenboog, anker], NO_FILTERS, today, {
			range: { from: '2025-10-01', to: '2025-12-31' },
			basis: 'activity'
		});
		// A is in through its evaluation meeting only; B through t1 and t2.
		expect(r.behind.groups).toEqual(['A', 'B']);
		expect(r.sessionsHeld).toBe(2);
		expect(r.attendance).toEqual({ count: 3, of: 4, share: 0.75 });
		// c2 and d2 stopped before the period: not reached in it.
		expect(r.children).toBe(5);
		expect(r.finished.count).toBe(3);
		expect(r.ongoing.count).toBe(2);
		expect(r.stopped.count).toBe(0);
		expect(r.parentsInformation.share).toBeNull();
		expect(r.parentsEvaluation).toEqual({ count: 4, of: 6, share: 4 / 6 });
		// s5 (past, planned) lies outside the period; B's evaluation inside.
		expect(r.gaps).toMatchObject({ pastPlanned: 0, unmarked: 0, unrecordedMeetings: 1 });
	});

	it('on the "activity" basis a stop or a finish after the period had not happened yet', () => {
		const period = { range: { from: '2025-09-01', to: '2025-09-10' }, basis: 'activity' as const };
		const r = computeReport([regenboog, anker], NO_FILTERS, today, period);
		expect(r.behind.groups).toEqual(['A']);
		// c4 joined after the period; c1, c2, c3 were still running at its end.
		expect(r.children).toBe(3);
		expect(r.ongoing.count).toBe(3);
		expect(r.sessionsHeld).toBe(1);
		expect(r.sessionsCancelled).toBe(1);
		expect(r.attendance).toEqual({ count: 2, of: 3, share: 2 / 3 });
		expect(childOutcome(regenboog.children[1], regenboog, period)).toBe('ongoing');
		expect(childOutcome(regenboog.children[1], regenboog, null)).toBe('stopped');
	});
});

describe('gaps on the group page', () => {
	it('lists a group’s unmarked children, past planned sessions and unrecorded meetings', () => {
		expect(groupGaps(regenboog, today)).toEqual({
			key: 'A',
			name: 'Groep',
			school: 'De Regenboog',
			unmarked: 1,
			pastPlanned: 1,
			unrecordedMeetings: 0
		});
		expect(groupGaps(anker, today)).toMatchObject({ unmarked: 0, unrecordedMeetings: 1 });
	});
});

describe('the same real group sent twice', () => {
	it('recognises the same real group by school, name, start date and age band', () => {
		const a = {
			school: 'OBS De Regenboog',
			name: 'Groep 7-12',
			startDate: '2025-09-02',
			ageBand: '7-12' as const
		};
		expect(realGroupKey(a)).toBe(
			realGroupKey({ ...a, school: ' obs de  regenboog ', name: 'GROEP 7-12' })
		);
		expect(realGroupKey(a)).not.toBe(realGroupKey({ ...a, startDate: '2025-09-09' }));
		expect(realGroupKey(a)).not.toBe(realGroupKey({ ...a, ageBand: '4-6' }));
		expect(realGroupKey({ ...a, name: 'Café' })).toBe(realGroupKey({ ...a, name: 'cafe' }));
	});

	it('finds the records of one real group and says whether the coordinator chose yet', () => {
		const copy = { ...anker, key: 'B2', coaches: ['Cas'] };
		expect(duplicateSets([regenboog, anker, copy])).toEqual([
			{ realKey: realGroupKey(anker), keys: ['B', 'B2'], undecided: true }
		]);
		expect(duplicateSets([anker, { ...copy, setAside: true }])[0].undecided).toBe(false);
	});

	it('counts a record the coordinator set aside for nothing', () => {
		const copy = { ...anker, key: 'B2', setAside: true };
		const r = computeReport([regenboog, anker, copy], NO_FILTERS, today);
		expect(r.groups.total).toBe(2);
		expect(r.children).toBe(7);
		expect(filterOptions([{ ...regenboog, setAside: true }]).schools).toEqual([]);
	});
});
