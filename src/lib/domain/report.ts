/**
 * The coordinator's figures, computed in one pass from plain records. Own groups and groups
 * imported from coaches are normalised into `ReportGroup` first; nothing here knows a child's
 * name (children are ids only).
 */
import {
	AGE_BANDS,
	type AgeBand,
	type GroupStatus,
	type MeetingKind,
	type SessionStatus
} from '$lib/model';
import {
	isAttended,
	sessionCountsFor,
	type RateChild,
	type RateMark,
	type RateSession
} from './attendance';

export interface ReportMeeting {
	kind: MeetingKind;
	date: string;
	/** Parents present per child id. */
	parents: { childId: string; parent1: boolean; parent2: boolean }[];
}

export interface ReportGroup {
	/** Unique across own and imported groups. */
	key: string;
	source:
		| { kind: 'own'; groupId: string }
		| { kind: 'imported'; coachName: string; exportedAt: string; importId: string };
	name: string;
	school: string;
	coaches: string[];
	ageBand: AgeBand;
	startDate: string;
	status: GroupStatus;
	sessions: (RateSession & { number: number; status: SessionStatus })[];
	children: RateChild[];
	marks: RateMark[];
	meetings: ReportMeeting[];
}

export interface ReportFilters {
	/** A school's name, '' for groups without a school, null for all. */
	school: string | null;
	coach: string;
	ageBand: AgeBand | '';
}

export const NO_FILTERS: ReportFilters = { school: null, coach: '', ageBand: '' };

/** A number that is a part of a whole, with the share when the whole is not zero. */
export interface Share {
	count: number;
	of: number;
	share: number | null;
}

/** The figures a drill-down can open. */
export type FigureKey =
	| 'groups'
	| 'groups-planned'
	| 'groups-running'
	| 'groups-finished'
	| 'children'
	| 'finished'
	| 'stopped'
	| 'sessions-held'
	| 'sessions-cancelled'
	| 'attendance'
	| 'parents-information'
	| 'parents-evaluation';

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

export interface Report {
	groups: { total: number; planned: number; running: number; finished: number };
	children: number;
	finished: Share;
	stopped: Share;
	sessionsHeld: number;
	sessionsCancelled: number;
	attendance: Share;
	parentsInformation: Share;
	parentsEvaluation: Share;
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

function share(count: number, of: number): Share {
	return { count, of, share: of === 0 ? null : count / of };
}

interface Tally {
	count: number;
	of: number;
	keys: Set<string>;
}

function tally(map: Map<string, Tally>, key: string): Tally {
	let t = map.get(key);
	if (!t) {
		t = { count: 0, of: 0, keys: new Set() };
		map.set(key, t);
	}
	return t;
}

/** True when a parent meeting counts for a child: the child had not stopped before it. */
function meetingCountsFor(meetingDate: string, child: RateChild): boolean {
	return child.stoppedOn === null || meetingDate < child.stoppedOn;
}

/**
 * All figures for the groups that pass the filters. Meetings count once they are on or before
 * `today`; possible parents are two per child still taking part on the meeting's day.
 */
export function computeReport(
	allGroups: readonly ReportGroup[],
	filters: ReportFilters,
	today: string
): Report {
	const behind: Record<FigureKey, string[]> = {
		groups: [],
		'groups-planned': [],
		'groups-running': [],
		'groups-finished': [],
		children: [],
		finished: [],
		stopped: [],
		'sessions-held': [],
		'sessions-cancelled': [],
		attendance: [],
		'parents-information': [],
		'parents-evaluation': []
	};
	const status = { planned: 0, running: 0, finished: 0 };
	let children = 0;
	let stopped = 0;
	let held = 0;
	let cancelled = 0;
	let attended = 0;
	let counted = 0;
	const parents = {
		information: { present: 0, possible: 0 },
		evaluation: { present: 0, possible: 0 }
	};
	const bySession = new Map<string, Tally>();
	const bySchool = new Map<string, Tally>();
	const dropByBand = new Map<string, Tally>();
	const dropBySchool = new Map<string, Tally>();

	for (const g of allGroups) {
		if (!matchesFilters(g, filters)) continue;
		behind.groups.push(g.key);
		status[g.status] += 1;
		behind[`groups-${g.status}`].push(g.key);
		const school = tally(bySchool, g.school);
		school.count += 1;
		school.keys.add(g.key);

		const groupStopped = g.children.filter((c) => c.stoppedOn !== null).length;
		children += g.children.length;
		stopped += groupStopped;
		if (g.children.length > 0) {
			behind.children.push(g.key);
			if (groupStopped < g.children.length) behind.finished.push(g.key);
			for (const [map, key] of [
				[dropByBand, g.ageBand],
				[dropBySchool, g.school]
			] as const) {
				const t = tally(map, key);
				t.count += groupStopped;
				t.of += g.children.length;
				t.keys.add(g.key);
			}
		}
		if (groupStopped > 0) behind.stopped.push(g.key);

		const marks = new Map<string, boolean>();
		for (const mark of g.marks) {
			marks.set(`${mark.sessionId}|${mark.participantId}`, isAttended(mark.mark));
		}
		let groupHeld = 0;
		let groupCancelled = 0;
		for (const session of g.sessions) {
			if (session.status === 'cancelled') groupCancelled += 1;
			if (session.status !== 'held') continue;
			groupHeld += 1;
			const bar = tally(bySession, String(session.number));
			bar.keys.add(g.key);
			for (const child of g.children) {
				if (!sessionCountsFor(session, child)) continue;
				const here = marks.get(`${session.id}|${child.id}`) === true;
				counted += 1;
				bar.of += 1;
				if (here) {
					attended += 1;
					bar.count += 1;
				}
			}
		}
		held += groupHeld;
		cancelled += groupCancelled;
		if (groupHeld > 0) {
			behind['sessions-held'].push(g.key);
			if (g.children.length > 0) behind.attendance.push(g.key);
		}
		if (groupCancelled > 0) behind['sessions-cancelled'].push(g.key);

		for (const meeting of g.meetings) {
			if (meeting.kind === 'follow-up' || meeting.date > today) continue;
			const present = new Map(meeting.parents.map((p) => [p.childId, p]));
			const sum = parents[meeting.kind];
			let counts = false;
			for (const child of g.children) {
				if (!meetingCountsFor(meeting.date, child)) continue;
				const p = present.get(child.id);
				sum.possible += 2;
				sum.present += (p?.parent1 ? 1 : 0) + (p?.parent2 ? 1 : 0);
				counts = true;
			}
			const list = behind[`parents-${meeting.kind}`];
			if (counts && list[list.length - 1] !== g.key) list.push(g.key);
		}
	}

	const bars = (map: Map<string, Tally>, rate: boolean): ChartBar[] =>
		[...map.entries()].map(([key, t]) => ({
			key,
			label: key,
			value: rate ? (t.of === 0 ? 0 : t.count / t.of) : t.count,
			...(rate ? { count: t.count, of: t.of } : {}),
			groupKeys: [...t.keys]
		}));

	return {
		groups: { total: behind.groups.length, ...status },
		children,
		finished: share(children - stopped, children),
		stopped: share(stopped, children),
		sessionsHeld: held,
		sessionsCancelled: cancelled,
		attendance: share(attended, counted),
		parentsInformation: share(parents.information.present, parents.information.possible),
		parentsEvaluation: share(parents.evaluation.present, parents.evaluation.possible),
		behind,
		charts: {
			attendanceBySession: bars(bySession, true).sort((a, b) => Number(a.key) - Number(b.key)),
			groupsBySchool: bars(bySchool, false).sort(
				(a, b) => b.value - a.value || a.label.localeCompare(b.label, 'nl')
			),
			dropOutByAgeBand: AGE_BANDS.filter((b) => dropByBand.has(b)).map(
				(b) => bars(new Map([[b, dropByBand.get(b)!]]), true)[0]
			),
			dropOutBySchool: bars(dropBySchool, true).sort((a, b) => a.label.localeCompare(b.label, 'nl'))
		}
	};
}
