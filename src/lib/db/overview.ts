/**
 * Reads for the coordinator's overview: the groups of a period (own and imported) through
 * the startDate indexes, their records through the groupId indexes, in one read transaction.
 */
import { db, type AppDB } from './db';
import {
	ATTENDANCE_MARKS,
	type Attendance,
	type Group,
	type MeetingAttendance,
	type ParentMeeting,
	type Participant,
	type Session
} from '$lib/model';
import {
	computeReport,
	groupGaps,
	type GroupGaps,
	type PeriodBasis,
	type Report,
	type ReportFilters,
	type ReportGroup
} from '$lib/domain/report';
import type { RateMark } from '$lib/domain/attendance';
import { importedToReportGroup } from '$lib/domain/exchange';
import { onePerGroup } from '$lib/domain/report-groups';
import { sharedGroupIds } from './shared';
import { today as todayOf } from '$lib/domain/dates';
import type { DayRange } from '$lib/domain/school-year';

function groupBy<T extends { groupId: string }>(rows: T[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const row of rows) {
		const list = map.get(row.groupId);
		if (list) list.push(row);
		else map.set(row.groupId, [row]);
	}
	return map;
}

/**
 * Every attendance mark's primary key, per mark, read through the mark index: IndexedDB hands
 * keys back several times faster than whole records, and the overview needs nothing else.
 */
function markKeys(database: AppDB): Promise<[string, string][][]> {
	return Promise.all(
		ATTENDANCE_MARKS.map((mark) => database.attendance.where('mark').equals(mark).primaryKeys())
	);
}

/** The marks per group, each finding its group through its session (or its child). */
function marksPerGroup(
	keysPerMark: [string, string][][],
	sessions: readonly Session[],
	participants: readonly Participant[]
): Map<string, RateMark[]> {
	const groupOfSession = new Map(sessions.map((s) => [s.id, s.groupId]));
	const groupOfChild = new Map(participants.map((p) => [p.id, p.groupId]));
	const map = new Map<string, RateMark[]>();
	keysPerMark.forEach((keys, m) => {
		const mark = ATTENDANCE_MARKS[m];
		for (const [sessionId, participantId] of keys) {
			const groupId = groupOfSession.get(sessionId) ?? groupOfChild.get(participantId);
			if (groupId === undefined) continue;
			const row: RateMark = { sessionId, participantId, mark };
			const list = map.get(groupId);
			if (list) list.push(row);
			else map.set(groupId, [row]);
		}
	});
	return map;
}

/** One own group in the report's shape (children as ids, start, stop and reason only). */
function ownReportGroup(
	group: Group,
	records: {
		school: string;
		sessions: Session[];
		participants: Participant[];
		marks: RateMark[];
		meetings: ParentMeeting[];
		parents: Map<string, MeetingAttendance[]>;
		/** The group is shared from this device: its id is its sync id. */
		shared?: boolean;
	}
): ReportGroup {
	return {
		key: group.id,
		syncGroupId: records.shared ? group.id : null,
		source: { kind: 'own', groupId: group.id },
		name: group.name,
		school: records.school,
		coaches: group.coaches.filter((c) => c.trim() !== ''),
		ageBand: group.ageBand,
		startDate: group.startDate,
		status: group.status,
		sessions: records.sessions,
		children: records.participants.map((c) => ({
			id: c.id,
			startedOn: c.startedOn ?? null,
			stoppedOn: c.stoppedOn,
			stopReason: c.stopReason
		})),
		setAside: false,
		marks: records.marks,
		meetings: records.meetings.map((meeting) => ({
			kind: meeting.kind,
			date: meeting.date,
			recorded: meeting.recorded ?? false,
			parents: (records.parents.get(meeting.id) ?? []).map((p) => ({
				childId: p.participantId,
				parent1: p.parent1,
				parent2: p.parent2
			}))
		}))
	};
}

/** What is still to fill in for one own group (null when there is no such group). */
export async function gapsOfGroup(
	groupId: string,
	database: AppDB = db,
	today: string = todayOf()
): Promise<GroupGaps | null> {
	return database.transaction(
		'r',
		[
			database.groups,
			database.sessions,
			database.participants,
			database.attendance,
			database.meetings,
			database.meetingAttendance
		],
		async () => {
			const group = await database.groups.get(groupId);
			if (!group) return null;
			const [sessions, participants, marks, meetings, ticks] = await Promise.all([
				database.sessions.where('groupId').equals(groupId).toArray(),
				database.participants.where('groupId').equals(groupId).toArray(),
				database.attendance.where('groupId').equals(groupId).toArray(),
				database.meetings.where('groupId').equals(groupId).toArray(),
				database.meetingAttendance.where('groupId').equals(groupId).toArray()
			]);
			const parents = new Map<string, MeetingAttendance[]>();
			for (const row of ticks)
				parents.set(row.meetingId, [...(parents.get(row.meetingId) ?? []), row]);
			const reportGroup = ownReportGroup(group, {
				school: '',
				sessions,
				participants,
				marks,
				meetings,
				parents
			});
			return groupGaps(reportGroup, today);
		}
	);
}

/**
 * The groups (own and imported) a period can hold, in the report's shape: on the 'started'
 * basis those that started in the range, on the 'activity' basis every group that started by
 * its end (`computeReport` keeps those with a session or meeting in it). A shared group comes
 * once, however many records of it there are (`onePerGroup`).
 */
export async function loadReportGroups(
	range: DayRange,
	database: AppDB = db,
	basis: PeriodBasis = 'started'
): Promise<ReportGroup[]> {
	const from = basis === 'started' ? range.from : '0000-01-01';
	return database.transaction(
		'r',
		[
			database.groups,
			database.schools,
			database.sessions,
			database.participants,
			database.attendance,
			database.meetings,
			database.meetingAttendance,
			database.importedGroups,
			database.settings
		],
		async () => {
			const shared = new Set(await sharedGroupIds(database));
			const groups = await database.groups
				.where('startDate')
				.between(from, range.to, true, true)
				.toArray();
			const ids = groups.map((g) => g.id);
			// One keyed getAll per group and table: IndexedDB answers those far faster than the
			// cursor walk an anyOf() over hundreds of keys needs. When the period holds most
			// groups, one read of the whole table is cheaper still.
			const wanted = new Set(ids);
			const whole = ids.length * 2 > (await database.groups.count());
			const perGroup = <T extends { groupId: string }>(table: {
				toArray(): Promise<T[]>;
				where(index: string): { equals(key: string): { toArray(): Promise<T[]> } };
			}): Promise<T[]> =>
				whole
					? table.toArray().then((rows) => rows.filter((row) => wanted.has(row.groupId)))
					: Promise.all(ids.map((id) => table.where('groupId').equals(id).toArray())).then(
							(lists) => lists.flat()
						);
			const [schools, sessions, participants, attendance, meetings, meetingAttendance, imported] =
				await Promise.all([
					database.schools.toArray(),
					perGroup<Session>(database.sessions),
					perGroup<Participant>(database.participants),
					whole ? markKeys(database) : perGroup<Attendance>(database.attendance),
					perGroup<ParentMeeting>(database.meetings),
					perGroup<MeetingAttendance>(database.meetingAttendance),
					database.importedGroups.where('startDate').between(from, range.to, true, true).toArray()
				]);
			const schoolName = new Map(schools.map((s) => [s.id, s.name]));
			const bySessions = groupBy(sessions);
			const byChildren = groupBy(participants);
			const byMarks: Map<string, RateMark[]> = whole
				? marksPerGroup(attendance as [string, string][][], sessions, participants)
				: groupBy(attendance as Attendance[]);
			const byMeetings = groupBy(meetings);
			const byParents = new Map<string, MeetingAttendance[]>();
			for (const row of meetingAttendance) {
				const list = byParents.get(row.meetingId);
				if (list) list.push(row);
				else byParents.set(row.meetingId, [row]);
			}
			const own = groups.map((group: Group) =>
				ownReportGroup(group, {
					school: (group.schoolId && schoolName.get(group.schoolId)) || '',
					sessions: bySessions.get(group.id) ?? [],
					participants: byChildren.get(group.id) ?? [],
					marks: byMarks.get(group.id) ?? [],
					meetings: byMeetings.get(group.id) ?? [],
					parents: byParents,
					shared: shared.has(group.id)
				})
			);
			return onePerGroup([...own, ...imported.map(importedToReportGroup)]);
		}
	);
}

export interface OverviewQuery extends ReportFilters {
	range: DayRange;
	basis?: PeriodBasis;
}

/** The overview's figures for a period and filters (the bench calls this). */
export async function computeOverview(
	query: OverviewQuery,
	database: AppDB = db,
	today: string = todayOf()
): Promise<Report> {
	const basis = query.basis ?? 'started';
	return computeReport(await loadReportGroups(query.range, database, basis), query, today, {
		range: query.range,
		basis
	});
}

/** The first and last start day of any group (own or imported), to offer school years. */
export async function startDaySpan(database: AppDB = db): Promise<string[]> {
	return database.transaction('r', [database.groups, database.importedGroups], async () => {
		const ends = await Promise.all([
			database.groups.orderBy('startDate').first(),
			database.groups.orderBy('startDate').last(),
			database.importedGroups.orderBy('startDate').first(),
			database.importedGroups.orderBy('startDate').last()
		]);
		return ends.filter((r) => r !== undefined).map((r) => r.startDate);
	});
}

/** The settings key of the organisation's name on the municipality report. */
export const ORGANISATION_SETTING = 'report.organisationName';

/** The organisation's name for the report ('' until set). */
export async function readOrganisationName(database: AppDB = db): Promise<string> {
	const row = await database.settings.get(ORGANISATION_SETTING);
	return typeof row?.value === 'string' ? row.value : '';
}

/** Saves the organisation's name for the report (trimmed, at most 120 characters). */
export async function saveOrganisationName(name: string, database: AppDB = db): Promise<void> {
	await database.transaction('rw', [database.settings], async () => {
		await database.settings.put({ key: ORGANISATION_SETTING, value: name.trim().slice(0, 120) });
	});
}
