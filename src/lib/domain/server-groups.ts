/**
 * The organisation's shared groups as a coordinator reads them from the sync server: one
 * group's document, as plain JSON (`Y.Map#toJSON` of its top-level maps, see
 * `src/lib/sync/DOC-SHAPE.md`), in the report's shape. The coordinator holds no group key: every
 * name and note is ciphertext and is never read here; children are ids only.
 *
 * A document is written by coaches' devices, so nothing in it is trusted: a field of the wrong
 * type or outside its list drops that record (a session, a mark), and a group without a valid
 * age band, start day or status is not counted at all (yet: it may still be arriving).
 */
import {
	AGE_BANDS,
	ATTENDANCE_MARKS,
	GROUP_STATUSES,
	isDay,
	MEETING_KINDS,
	SESSION_STATUSES,
	STOP_REASONS,
	type AgeBand,
	type AttendanceMark,
	type GroupStatus,
	type MeetingKind,
	type SessionStatus,
	type StopReason
} from '$lib/model';
import type { ReportChild, ReportGroup, ReportMeeting } from './report';
import type { RateMark } from './attendance';

/** A shared group's document as plain JSON: each top-level map by its name. */
export interface DocRecords {
	group?: unknown;
	schools?: unknown;
	sessions?: unknown;
	meetings?: unknown;
	children?: unknown;
	attendance?: unknown;
	meetingAttendance?: unknown;
}

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function entries(value: unknown): [string, Obj][] {
	return isObj(value)
		? Object.entries(value).filter((entry): entry is [string, Obj] => isObj(entry[1]))
		: [];
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | null {
	return typeof value === 'string' && (list as readonly string[]).includes(value)
		? (value as T)
		: null;
}

const dayOrNull = (value: unknown): string | null | undefined =>
	value === null || value === undefined || value === '' ? null : isDay(value) ? value : undefined;

const text = (value: unknown, max = 200): string =>
	typeof value === 'string' ? value.slice(0, max) : '';

/** `<a>:<b>` of an attendance entry, from its fields or else from its key. */
function pair(key: string, row: Obj, a: string, b: string): [string, string] | null {
	if (typeof row[a] === 'string' && typeof row[b] === 'string')
		return [row[a] as string, row[b] as string];
	const at = key.indexOf(':');
	return at > 0 ? [key.slice(0, at), key.slice(at + 1)] : null;
}

/**
 * One shared group from its document, in the report's shape, keyed by its sync id (the
 * document's group id, see report-groups.ts); null while the document holds no countable group.
 */
export function serverReportGroup(groupId: string, doc: DocRecords): ReportGroup | null {
	if (!isObj(doc.group)) return null;
	const group = doc.group;
	const ageBand = oneOf<AgeBand>(AGE_BANDS, group.ageBand);
	const status = oneOf<GroupStatus>(GROUP_STATUSES, group.status);
	const startDate = isDay(group.startDate) ? group.startDate : null;
	if (!ageBand || !status || !startDate) return null;

	const schools = new Map(entries(doc.schools));
	const school = typeof group.schoolId === 'string' ? text(schools.get(group.schoolId)?.name) : '';
	const coaches = Array.isArray(group.coaches)
		? group.coaches.map((c) => text(c, 100).trim()).filter((c) => c !== '')
		: [];

	const sessions: ReportGroup['sessions'] = [];
	for (const [id, row] of entries(doc.sessions)) {
		const sessionStatus = oneOf<SessionStatus>(SESSION_STATUSES, row.status);
		const number = row.number;
		if (!sessionStatus || !isDay(row.date) || typeof number !== 'number') continue;
		if (!Number.isInteger(number) || number < 1 || number > 100) continue;
		sessions.push({ id, number, date: row.date, status: sessionStatus });
	}
	sessions.sort((a, b) => a.number - b.number || a.date.localeCompare(b.date));

	const children: ReportChild[] = [];
	for (const [id, row] of entries(doc.children)) {
		const stoppedOn = dayOrNull(row.stoppedOn);
		const startedOn = dayOrNull(row.startedOn);
		const stopReason: StopReason = oneOf(STOP_REASONS, row.stopReason) ?? '';
		if (stoppedOn === undefined || startedOn === undefined) continue;
		children.push({ id, startedOn, stoppedOn, stopReason });
	}

	const marks: RateMark[] = [];
	for (const [key, row] of entries(doc.attendance)) {
		const mark = oneOf<AttendanceMark>(ATTENDANCE_MARKS, row.mark);
		const ids = pair(key, row, 'sessionId', 'participantId');
		if (!mark || !ids) continue;
		marks.push({ sessionId: ids[0], participantId: ids[1], mark });
	}

	const parents = new Map<string, ReportMeeting['parents']>();
	for (const [key, row] of entries(doc.meetingAttendance)) {
		const ids = pair(key, row, 'meetingId', 'participantId');
		if (!ids || typeof row.parent1 !== 'boolean' || typeof row.parent2 !== 'boolean') continue;
		const list = parents.get(ids[0]) ?? [];
		list.push({ childId: ids[1], parent1: row.parent1, parent2: row.parent2 });
		parents.set(ids[0], list);
	}
	const meetings: ReportMeeting[] = [];
	for (const [id, row] of entries(doc.meetings)) {
		const kind = oneOf<MeetingKind>(MEETING_KINDS, row.kind);
		if (!kind || !isDay(row.date)) continue;
		meetings.push({
			kind,
			date: row.date,
			recorded: row.recorded === true,
			parents: parents.get(id) ?? []
		});
	}

	return {
		key: `sync:${groupId}`,
		source: { kind: 'server', groupId },
		syncGroupId: groupId,
		name: text(group.name) || groupId,
		school,
		coaches,
		ageBand,
		startDate,
		status,
		sessions,
		children,
		marks,
		meetings,
		setAside: false
	};
}

/**
 * Whether a group can belong to a period, chosen by its start day as the overview's reads of
 * the device's own records choose them (`db/overview.ts#loadReportGroups`).
 */
export function mayBelongToPeriod(
	group: Pick<ReportGroup, 'startDate'>,
	range: { from: string; to: string },
	basis: 'started' | 'activity'
): boolean {
	if (group.startDate > range.to) return false;
	return basis === 'activity' || group.startDate >= range.from;
}
