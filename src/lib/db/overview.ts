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
	type Report,
	type ReportFilters,
	type ReportGroup
} from '$lib/domain/report';
import type { RateMark } from '$lib/domain/attendance';
import { importedToReportGroup } from '$lib/domain/exchange';
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

/** Every group (own and imported) that started in the range, in the report's shape. */
export async function loadReportGroups(
	range: DayRange,
	database: AppDB = db
): Promise<ReportGroup[]> {
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
			database.importedGroups
		],
		async () => {
			const groups = await database.groups
				.where('startDate')
				.between(range.from, range.to, true, true)
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
					database.importedGroups
						.where('startDate')
						.between(range.from, range.to, true, true)
						.toArray()
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
			const own = groups.map((group: Group): ReportGroup => ({
				key: group.id,
				source: { kind: 'own', groupId: group.id },
				name: group.name,
				school: (group.schoolId && schoolName.get(group.schoolId)) || '',
				coaches: group.coaches.filter((c) => c.trim() !== ''),
				ageBand: group.ageBand,
				startDate: group.startDate,
				status: group.status,
				sessions: bySessions.get(group.id) ?? [],
				children: byChildren.get(group.id) ?? [],
				marks: byMarks.get(group.id) ?? [],
				meetings: (byMeetings.get(group.id) ?? []).map((meeting) => ({
					kind: meeting.kind,
					date: meeting.date,
					parents: (byParents.get(meeting.id) ?? []).map((p) => ({
						childId: p.participantId,
						parent1: p.parent1,
						parent2: p.parent2
					}))
				}))
			}));
			return [...own, ...imported.map(importedToReportGroup)];
		}
	);
}

export interface OverviewQuery extends ReportFilters {
	range: DayRange;
}

/** The overview's figures for a period and filters (the bench calls this). */
export async function computeOverview(
	query: OverviewQuery,
	database: AppDB = db,
	today: string = todayOf()
): Promise<Report> {
	return computeReport(await loadReportGroups(query.range, database), query, today);
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
