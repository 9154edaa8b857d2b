/**
 * The coordinator's figures, computed from plain records. Own groups and groups imported from
 * coaches are normalised into `ReportGroup` first; nothing here knows a child's name (children
 * are ids only). Each figure means what `messages/overview` defines it as (issue 18):
 * - completed: the group finished and the child did not stop; a child in a group that has not
 *   finished is "still running", whatever sessions it has had;
 * - attendance: attended ÷ marked child-sessions of held sessions; an unmarked child in a held
 *   session, and a past session still "planned", are gaps to fill, not absences;
 * - parent turnout: only meetings the coach recorded ("nobody came" is a recorded 0);
 * - a child counts from its start day, and until its stop day.
 */
import {
	AGE_BANDS,
	STOP_REASONS,
	type AgeBand,
	type GroupStatus,
	type MeetingKind,
	type SessionStatus,
	type StopReason
} from '$lib/model';
import {
	enrolledOn,
	isAttended,
	type RateChild,
	type RateMark,
	type RateSession
} from './attendance';
import { foldText } from './cards/fold';
import { onePerGroup } from './report-groups';
import type { DayRange } from './school-year';

export interface ReportMeeting {
	kind: MeetingKind;
	date: string;
	/** The coach recorded who came; an unrecorded meeting counts for no turnout. */
	recorded: boolean;
	/** Parents present per child id. */
	parents: { childId: string; parent1: boolean; parent2: boolean }[];
}

export interface ReportChild extends RateChild {
	startedOn: string | null;
	stopReason: StopReason;
}

export interface ReportGroup {
	/** Unique across own and imported groups. */
	key: string;
	/**
	 * A shared group's sync id (the server's group id, the same on every member's device and in
	 * every exchange file): records carrying the same one are one group (`onePerGroup`).
	 */
	syncGroupId?: string | null;
	source:
		| { kind: 'own'; groupId: string }
		| { kind: 'imported'; coachName: string; exportedAt: string; importId: string }
		/** A shared group read from the organisation's sync server (a coordinator's overview). */
		| { kind: 'server'; groupId: string };
	name: string;
	school: string;
	coaches: string[];
	ageBand: AgeBand;
	startDate: string;
	status: GroupStatus;
	sessions: (RateSession & { number: number; status: SessionStatus })[];
	children: ReportChild[];
	marks: RateMark[];
	meetings: ReportMeeting[];
	/** The coordinator kept another record of the same real group: this one counts for nothing. */
	setAside: boolean;
}

export interface ReportFilters {
	/** A school's name, '' for groups without a school, null for all. */
	school: string | null;
	coach: string;
	ageBand: AgeBand | '';
}

export const NO_FILTERS: ReportFilters = { school: null, coach: '', ageBand: '' };

/**
 * Which records a period holds. 'started': the groups that started in it, with all their
 * sessions and meetings. 'activity': every group with a session or parent meeting in it, and
 * only the sessions, marks and meetings dated in it (for a quarterly or monthly report).
 */
export const PERIOD_BASES = ['started', 'activity'] as const;
export type PeriodBasis = (typeof PERIOD_BASES)[number];

export interface ReportPeriod {
	range: DayRange;
	basis: PeriodBasis;
}

/** A number that is a part of a whole, with the share when the whole is not zero. */
export interface Share {
	count: number;
	of: number;
	share: number | null;
}

/** The reasons a stop can have, '' (not given) reported as 'unknown'. */
export const STOP_REASON_KEYS = [...STOP_REASONS, 'unknown'] as const;
export type StopReasonKey = (typeof STOP_REASON_KEYS)[number];

/** The figures a drill-down can open. */
export type FigureKey =
	| 'groups'
	| 'groups-planned'
	| 'groups-running'
	| 'groups-finished'
	| 'children'
	| 'finished'
	| 'ongoing'
	| 'stopped'
	| 'sessions-held'
	| 'sessions-cancelled'
	| 'attendance'
	| 'parents-information'
	| 'parents-evaluation'
	| 'gaps';

export interface ChartBar {
	key: string;
	label: string;
	value: number;
	/** For rates: the count behind the value. */
	count?: number;
	of?: number;
	/** Group keys behind the bar, for the drill-down. */
	groupKeys: string[];
}

/** What one group, or a sum of groups, adds to the figures. */
export interface Tally {
	groups: number;
	children: number;
	completed: number;
	ongoing: number;
	stopped: number;
	stopReasons: Record<StopReasonKey, number>;
	sessionsHeld: number;
	sessionsCancelled: number;
	attended: number;
	marked: number;
	parents: Record<'information' | 'evaluation', { present: number; possible: number }>;
	gaps: { unmarked: number; pastPlanned: number; unrecordedMeetings: number };
}

/** One row of a table per school, coach or age band. */
export interface TableRow {
	key: string;
	groups: number;
	children: number;
	completed: Share;
	ongoing: number;
	stopped: Share;
	stopReasons: Record<StopReasonKey, number>;
	sessionsHeld: number;
	sessionsCancelled: number;
	attendance: Share;
	/** Information and evaluation meetings together. */
	parents: Share;
}

/** The gaps of one group: what the coach still has to fill in. */
export interface GroupGaps {
	key: string;
	name: string;
	school: string;
	/** Child-sessions of held sessions without a mark. */
	unmarked: number;
	/** Sessions dated before today that are still "planned". */
	pastPlanned: number;
	/** Information or evaluation meetings before today whose turnout nobody recorded. */
	unrecordedMeetings: number;
}

export interface Report {
	period: ReportPeriod | null;
	groups: { total: number; planned: number; running: number; finished: number };
	children: number;
	/** Completed: in a finished group and not stopped. */
	finished: Share;
	/** Still running: not stopped, in a group that has not finished. */
	ongoing: Share;
	stopped: Share;
	stopReasons: Record<StopReasonKey, number>;
	sessionsHeld: number;
	sessionsCancelled: number;
	attendance: Share;
	parentsInformation: Share;
	parentsEvaluation: Share;
	gaps: { unmarked: number; pastPlanned: number; unrecordedMeetings: number; groups: GroupGaps[] };
	tables: { school: TableRow[]; coach: TableRow[]; ageBand: TableRow[]; total: TableRow };
	/** Group keys behind each figure. */
	behind: Record<FigureKey, string[]>;
	charts: {
		attendanceBySession: ChartBar[];
		groupsBySchool: ChartBar[];
		dropOutByAgeBand: ChartBar[];
		dropOutBySchool: ChartBar[];
	};
}

/** What the filters can offer for a set of groups: every school, coach and age band in it. */
export function filterOptions(groups: readonly ReportGroup[]): {
	schools: string[];
	coaches: string[];
	ageBands: AgeBand[];
} {
	const schools = new Set<string>();
	const coaches = new Set<string>();
	const bands = new Set<AgeBand>();
	for (const g of groups) {
		if (g.setAside) continue;
		schools.add(g.school);
		for (const c of g.coaches) if (c.trim()) coaches.add(c.trim());
		bands.add(g.ageBand);
	}
	const sort = (a: string, b: string) => a.localeCompare(b, 'nl');
	return {
		schools: [...schools].sort(sort),
		coaches: [...coaches].sort(sort),
		ageBands: AGE_BANDS.filter((b) => bands.has(b))
	};
}

/** True when a group passes the filters (an empty filter passes everything). */
export function matchesFilters(group: ReportGroup, filters: ReportFilters): boolean {
	if (filters.ageBand && group.ageBand !== filters.ageBand) return false;
	if (filters.school !== null && group.school !== filters.school) return false;
	if (filters.coach && !group.coaches.some((c) => c.trim() === filters.coach)) return false;
	return true;
}

export function share(count: number, of: number): Share {
	return { count, of, share: of === 0 ? null : count / of };
}

function emptyReasons(): Record<StopReasonKey, number> {
	return Object.fromEntries(STOP_REASON_KEYS.map((r) => [r, 0])) as Record<StopReasonKey, number>;
}

export function emptyTally(): Tally {
	return {
		groups: 0,
		children: 0,
		completed: 0,
		ongoing: 0,
		stopped: 0,
		stopReasons: emptyReasons(),
		sessionsHeld: 0,
		sessionsCancelled: 0,
		attended: 0,
		marked: 0,
		parents: {
			information: { present: 0, possible: 0 },
			evaluation: { present: 0, possible: 0 }
		},
		gaps: { unmarked: 0, pastPlanned: 0, unrecordedMeetings: 0 }
	};
}

function addTally(into: Tally, t: Tally): void {
	into.groups += t.groups;
	into.children += t.children;
	into.completed += t.completed;
	into.ongoing += t.ongoing;
	into.stopped += t.stopped;
	for (const r of STOP_REASON_KEYS) into.stopReasons[r] += t.stopReasons[r];
	into.sessionsHeld += t.sessionsHeld;
	into.sessionsCancelled += t.sessionsCancelled;
	into.attended += t.attended;
	into.marked += t.marked;
	for (const k of ['information', 'evaluation'] as const) {
		into.parents[k].present += t.parents[k].present;
		into.parents[k].possible += t.parents[k].possible;
	}
	into.gaps.unmarked += t.gaps.unmarked;
	into.gaps.pastPlanned += t.gaps.pastPlanned;
	into.gaps.unrecordedMeetings += t.gaps.unrecordedMeetings;
}

/** True when a group belongs to the period on its basis (no period: every group). */
export function groupInPeriod(group: ReportGroup, period: ReportPeriod | null): boolean {
	if (period === null) return true;
	const { from, to } = period.range;
	const within = (day: string) => day >= from && day <= to;
	if (period.basis === 'started') return within(group.startDate);
	return group.sessions.some((s) => within(s.date)) || group.meetings.some((m) => within(m.date));
}

/** The last day of a group's series: its last session that was not cancelled. */
export function groupEndDay(group: ReportGroup): string {
	let end = group.startDate;
	for (const s of group.sessions) if (s.status !== 'cancelled' && s.date > end) end = s.date;
	return end;
}

type ChildOutcome = 'completed' | 'ongoing' | 'stopped' | null;

/**
 * What became of a child, as the period sees it: null when the child took no part in it.
 * On the 'activity' basis a stop or a finish after the period's end had not happened yet.
 */
export function childOutcome(
	child: ReportChild,
	group: ReportGroup,
	period: ReportPeriod | null
): ChildOutcome {
	const to = period?.basis === 'activity' ? period.range.to : null;
	if (to !== null && period) {
		const startedInTime = child.startedOn === null || child.startedOn <= to;
		const stillThere = child.stoppedOn === null || child.stoppedOn > period.range.from;
		if (!startedInTime || !stillThere) return null;
	}
	if (child.stoppedOn !== null && (to === null || child.stoppedOn <= to)) return 'stopped';
	if (group.status === 'finished' && (to === null || groupEndDay(group) <= to)) return 'completed';
	return 'ongoing';
}

/** A meeting's turnout counts for a child who took part on the meeting's day. */
function meetingCountsFor(meeting: ReportMeeting, child: ReportChild): boolean {
	return enrolledOn(child, meeting.date);
}

/** Everything one group adds to the figures in the period; `today` decides what is a gap. */
export function groupTally(
	group: ReportGroup,
	period: ReportPeriod | null,
	today: string
): { tally: Tally; bySession: Map<number, { attended: number; marked: number }> } {
	const t = emptyTally();
	const bySession = new Map<number, { attended: number; marked: number }>();
	t.groups = 1;
	const dated = (day: string) =>
		period?.basis !== 'activity' || (day >= period.range.from && day <= period.range.to);

	for (const child of group.children) {
		const outcome = childOutcome(child, group, period);
		if (outcome === null) continue;
		t.children += 1;
		t[outcome] += 1;
		if (outcome === 'stopped') t.stopReasons[child.stopReason || 'unknown'] += 1;
	}

	const marks = new Map<string, RateMark['mark']>();
	for (const mark of group.marks) marks.set(`${mark.sessionId}|${mark.participantId}`, mark.mark);
	for (const session of group.sessions) {
		if (!dated(session.date)) continue;
		if (session.status === 'cancelled') t.sessionsCancelled += 1;
		if (session.status === 'planned' && session.date < today) t.gaps.pastPlanned += 1;
		if (session.status !== 'held') continue;
		t.sessionsHeld += 1;
		const bar = bySession.get(session.number) ?? { attended: 0, marked: 0 };
		bySession.set(session.number, bar);
		for (const child of group.children) {
			if (!enrolledOn(child, session.date)) continue;
			const mark = marks.get(`${session.id}|${child.id}`);
			if (mark === undefined) {
				t.gaps.unmarked += 1;
				continue;
			}
			t.marked += 1;
			bar.marked += 1;
			if (isAttended(mark)) {
				t.attended += 1;
				bar.attended += 1;
			}
		}
	}

	for (const meeting of group.meetings) {
		if (meeting.kind === 'follow-up' || !dated(meeting.date)) continue;
		if (!meeting.recorded) {
			if (meeting.date < today) t.gaps.unrecordedMeetings += 1;
			continue;
		}
		const present = new Map(meeting.parents.map((p) => [p.childId, p]));
		const sum = t.parents[meeting.kind];
		for (const child of group.children) {
			if (!meetingCountsFor(meeting, child)) continue;
			const p = present.get(child.id);
			sum.possible += 2;
			sum.present += (p?.parent1 ? 1 : 0) + (p?.parent2 ? 1 : 0);
		}
	}
	return { tally: t, bySession };
}

/** A group's gaps as the group page shows them (all its sessions, no period). */
export function groupGaps(group: ReportGroup, today: string): GroupGaps {
	const { gaps } = groupTally(group, null, today).tally;
	return { key: group.key, name: group.name, school: group.school, ...gaps };
}

/** True when anything is left to fill in. */
export function hasGaps(
	gaps: Pick<GroupGaps, 'unmarked' | 'pastPlanned' | 'unrecordedMeetings'>
): boolean {
	return gaps.unmarked + gaps.pastPlanned + gaps.unrecordedMeetings > 0;
}

function tableRow(key: string, t: Tally): TableRow {
	return {
		key,
		groups: t.groups,
		children: t.children,
		completed: share(t.completed, t.children),
		ongoing: t.ongoing,
		stopped: share(t.stopped, t.children),
		stopReasons: { ...t.stopReasons },
		sessionsHeld: t.sessionsHeld,
		sessionsCancelled: t.sessionsCancelled,
		attendance: share(t.attended, t.marked),
		parents: share(
			t.parents.information.present + t.parents.evaluation.present,
			t.parents.information.possible + t.parents.evaluation.possible
		)
	};
}

function sumInto(map: Map<string, Tally>, key: string, t: Tally): void {
	let into = map.get(key);
	if (!into) {
		into = emptyTally();
		map.set(key, into);
	}
	addTally(into, t);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');

/**
 * All figures for the groups that pass the filters and belong to the period. A shared group
 * counts once however many records of it there are (`onePerGroup`); a group the coordinator
 * set aside as a duplicate counts for nothing.
 */
export function computeReport(
	allGroups: readonly ReportGroup[],
	filters: ReportFilters,
	today: string,
	period: ReportPeriod | null = null
): Report {
	const behind: Record<FigureKey, string[]> = {
		groups: [],
		'groups-planned': [],
		'groups-running': [],
		'groups-finished': [],
		children: [],
		finished: [],
		ongoing: [],
		stopped: [],
		'sessions-held': [],
		'sessions-cancelled': [],
		attendance: [],
		'parents-information': [],
		'parents-evaluation': [],
		gaps: []
	};
	const status = { planned: 0, running: 0, finished: 0 };
	const total = emptyTally();
	const bySchool = new Map<string, Tally>();
	const byCoach = new Map<string, Tally>();
	const byBand = new Map<string, Tally>();
	const schoolKeys = new Map<string, string[]>();
	const bandKeys = new Map<string, string[]>();
	const sessionBars = new Map<number, { attended: number; marked: number; keys: string[] }>();
	const gapGroups: GroupGaps[] = [];

	for (const g of onePerGroup(allGroups)) {
		if (g.setAside || !matchesFilters(g, filters) || !groupInPeriod(g, period)) continue;
		const { tally: t, bySession } = groupTally(g, period, today);
		addTally(total, t);
		behind.groups.push(g.key);
		status[g.status] += 1;
		behind[`groups-${g.status}`].push(g.key);
		if (t.children > 0) behind.children.push(g.key);
		if (t.completed > 0) behind.finished.push(g.key);
		if (t.ongoing > 0) behind.ongoing.push(g.key);
		if (t.stopped > 0) behind.stopped.push(g.key);
		if (t.sessionsHeld > 0) behind['sessions-held'].push(g.key);
		if (t.sessionsCancelled > 0) behind['sessions-cancelled'].push(g.key);
		if (t.marked > 0) behind.attendance.push(g.key);
		if (t.parents.information.possible > 0) behind['parents-information'].push(g.key);
		if (t.parents.evaluation.possible > 0) behind['parents-evaluation'].push(g.key);
		const gaps = { key: g.key, name: g.name, school: g.school, ...t.gaps };
		if (hasGaps(gaps)) {
			behind.gaps.push(g.key);
			gapGroups.push(gaps);
		}

		sumInto(bySchool, g.school, t);
		schoolKeys.set(g.school, [...(schoolKeys.get(g.school) ?? []), g.key]);
		sumInto(byBand, g.ageBand, t);
		bandKeys.set(g.ageBand, [...(bandKeys.get(g.ageBand) ?? []), g.key]);
		// A group with two coaches counts under each of them.
		for (const coach of new Set(g.coaches.map((c) => c.trim()).filter(Boolean))) {
			sumInto(byCoach, coach, t);
		}
		for (const [number, bar] of bySession) {
			const into = sessionBars.get(number) ?? { attended: 0, marked: 0, keys: [] };
			into.attended += bar.attended;
			into.marked += bar.marked;
			into.keys.push(g.key);
			sessionBars.set(number, into);
		}
	}

	const rows = (map: Map<string, Tally>, order: (a: string, b: string) => number) =>
		[...map.keys()].sort(order).map((key) => tableRow(key, map.get(key)!));
	const bandOrder = (a: string, b: string) =>
		AGE_BANDS.indexOf(a as AgeBand) - AGE_BANDS.indexOf(b as AgeBand);
	const schoolRows = rows(bySchool, byName);
	const bandRows = rows(byBand, bandOrder);
	const rate = (count: number, of: number) => (of === 0 ? 0 : count / of);

	return {
		period,
		groups: { total: behind.groups.length, ...status },
		children: total.children,
		finished: share(total.completed, total.children),
		ongoing: share(total.ongoing, total.children),
		stopped: share(total.stopped, total.children),
		stopReasons: total.stopReasons,
		sessionsHeld: total.sessionsHeld,
		sessionsCancelled: total.sessionsCancelled,
		attendance: share(total.attended, total.marked),
		parentsInformation: share(
			total.parents.information.present,
			total.parents.information.possible
		),
		parentsEvaluation: share(total.parents.evaluation.present, total.parents.evaluation.possible),
		gaps: {
			...total.gaps,
			groups: gapGroups.sort((a, b) => byName(a.school, b.school) || byName(a.name, b.name))
		},
		tables: {
			school: schoolRows,
			coach: rows(byCoach, byName),
			ageBand: bandRows,
			total: tableRow('', total)
		},
		behind,
		charts: {
			attendanceBySession: [...sessionBars.entries()]
				.sort((a, b) => a[0] - b[0])
				.map(([n, bar]) => ({
					key: String(n),
					label: String(n),
					value: rate(bar.attended, bar.marked),
					count: bar.attended,
					of: bar.marked,
					groupKeys: bar.keys
				})),
			groupsBySchool: schoolRows
				.map((r) => ({
					key: r.key,
					label: r.key,
					value: r.groups,
					groupKeys: schoolKeys.get(r.key) ?? []
				}))
				.sort((a, b) => b.value - a.value || byName(a.label, b.label)),
			dropOutByAgeBand: bandRows.map((r) => ({
				key: r.key,
				label: r.key,
				value: rate(r.stopped.count, r.children),
				count: r.stopped.count,
				of: r.children,
				groupKeys: bandKeys.get(r.key) ?? []
			})),
			dropOutBySchool: schoolRows.map((r) => ({
				key: r.key,
				label: r.key,
				value: rate(r.stopped.count, r.children),
				count: r.stopped.count,
				of: r.children,
				groupKeys: schoolKeys.get(r.key) ?? []
			}))
		}
	};
}

/** Text folded for comparing names typed by two people: case, accents and spacing ignored. */
function fold(text: string): string {
	return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The identity of a real group whoever sent it: school, name, start date and age band. */
export function realGroupKey(
	group: Pick<ReportGroup, 'school' | 'name' | 'startDate' | 'ageBand'>
): string {
	return [fold(group.school), fold(group.name), group.startDate, group.ageBand].join('|');
}

/**
 * Sets of two or more records that are the same real group (sent by both co-coaches, or
 * kept by the coordinator and sent by a coach). `undecided` when more than one still counts.
 */
export function duplicateSets(
	groups: readonly ReportGroup[]
): { realKey: string; keys: string[]; undecided: boolean }[] {
	const sets = new Map<string, ReportGroup[]>();
	for (const g of groups) {
		const k = realGroupKey(g);
		sets.set(k, [...(sets.get(k) ?? []), g]);
	}
	return [...sets.entries()]
		.filter(([, list]) => list.length > 1)
		.map(([realKey, list]) => ({
			realKey,
			keys: list.map((g) => g.key),
			undecided: list.filter((g) => !g.setAside).length > 1
		}));
}
