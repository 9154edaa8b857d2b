/**
 * The coach → coordinator exchange, as pure rules: build the pseudonymous export from a
 * coach's records, validate a file's data completely, and decide per group whether an import
 * adds, replaces or ignores it. No child's name, note, birth year or class ever enters it.
 */
import * as v from 'valibot';
import {
	ExchangeDataSchema,
	type Attendance,
	type ExchangeData,
	type ExchangeGroup,
	type Group,
	type ImportedGroup,
	type MeetingAttendance,
	type ParentMeeting,
	type Participant,
	type Session
} from '$lib/model';
import { withExchangeGroupDefaults } from './record-defaults';
import type { ReportGroup } from './report';
import { ImportError } from './envelope';
import { schoolYearLabel, schoolYearOf } from './school-year';

export const EXCHANGE_FORMAT = 'kies-exchange';
export const EXCHANGE_FORMAT_VERSION = 1;

/** A stable pseudonym for a child: HMAC-SHA-256 of its id with the coach's secret. */
export async function pseudonym(secret: string, participantId: string): Promise<string> {
	const encoder = new TextEncoder();
	const key = await crypto.subtle.importKey(
		'raw',
		encoder.encode(secret),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign']
	);
	const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(participantId)));
	return [...mac.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** One own group with everything the export needs. */
export interface OwnGroupRecords {
	group: Group;
	schoolName: string;
	sessions: Session[];
	participants: Participant[];
	attendance: Attendance[];
	meetings: ParentMeeting[];
	meetingAttendance: MeetingAttendance[];
	/** The shared group's sync id when this device shares the group, else null. */
	syncGroupId: string | null;
}

/** The exported form of one group; `alias` maps participant ids to pseudonyms. */
export function exchangeGroup(records: OwnGroupRecords, alias: Map<string, string>): ExchangeGroup {
	const { group } = records;
	const child = (id: string) => alias.get(id);
	const sessionIds = new Set(records.sessions.map((s) => s.id));
	return {
		groupKey: group.id,
		syncGroupId: records.syncGroupId,
		name: group.name,
		school: records.schoolName,
		ageBand: group.ageBand,
		coaches: group.coaches.filter((c) => c.trim() !== ''),
		status: group.status,
		startDate: group.startDate,
		sessions: [...records.sessions]
			.sort((a, b) => a.number - b.number)
			.map((s) => ({ id: s.id, number: s.number, date: s.date, status: s.status })),
		children: records.participants
			.filter((p) => alias.has(p.id))
			.map((p) => ({
				id: child(p.id)!,
				startedOn: p.startedOn,
				stoppedOn: p.stoppedOn,
				stopReason: p.stopReason
			})),
		attendance: records.attendance
			.filter((a) => alias.has(a.participantId) && sessionIds.has(a.sessionId))
			.map((a) => ({ session: a.sessionId, child: child(a.participantId)!, mark: a.mark })),
		meetings: records.meetings.map((meeting) => ({
			kind: meeting.kind,
			date: meeting.date,
			recorded: meeting.recorded,
			parents: records.meetingAttendance
				.filter((ma) => ma.meetingId === meeting.id && alias.has(ma.participantId))
				.map((ma) => ({
					child: child(ma.participantId)!,
					parent1: ma.parent1,
					parent2: ma.parent2
				}))
		}))
	};
}

/** Validates the data of an exchange file completely; anything off throws ImportError 'invalid'. */
export function validateExchange(data: unknown): ExchangeData {
	const result = v.safeParse(ExchangeDataSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		throw new ImportError('invalid', v.getDotPath(issue) ?? issue.message);
	}
	return {
		...result.output,
		groups: result.output.groups.map((g) => withExchangeGroupDefaults(g) as ExchangeGroup)
	};
}

/** True for an export instant the ordering can trust. */
export function isExportInstant(value: string): boolean {
	return (
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value))
	);
}

export type ImportDecision = 'add' | 'replace' | 'same' | 'older';

/**
 * What an import does with each group: add a new one, replace an older export of it, or
 * ignore it when the same export or a newer one is already there. A shared group is one group
 * whichever co-coach sent it: the newest export of it counts.
 */
export function planImport(
	coachId: string,
	exportedAt: string,
	groups: readonly ExchangeGroup[],
	existing: ReadonlyMap<string, { exportedAt: string }>
): { id: string; group: ExchangeGroup; decision: ImportDecision }[] {
	return groups.map((group) => {
		const id = importedGroupId(coachId, group);
		const there = existing.get(id);
		let decision: ImportDecision = 'add';
		if (there) {
			if (there.exportedAt < exportedAt) decision = 'replace';
			else if (there.exportedAt === exportedAt) decision = 'same';
			else decision = 'older';
		}
		return { id, group, decision };
	});
}

/**
 * The id an imported group is kept under: `sync:<syncGroupId>` for a shared group (so the
 * co-coaches' files of it replace one another), else `<coachId>:<groupKey>`.
 */
export function importedGroupId(
	coachId: string,
	group: Pick<ExchangeGroup, 'groupKey' | 'syncGroupId'>
): string {
	return group.syncGroupId ? `sync:${group.syncGroupId}` : `${coachId}:${group.groupKey}`;
}

/** The record kept for an imported group. */
export function importedGroupRecord(
	importId: string,
	coach: { id: string; name: string },
	exportedAt: string,
	group: ExchangeGroup
): ImportedGroup {
	return {
		id: importedGroupId(coach.id, group),
		importId,
		coachId: coach.id,
		coachName: coach.name,
		exportedAt,
		groupKey: group.groupKey,
		startDate: group.startDate,
		schoolYear: schoolYearLabel(schoolYearOf(group.startDate)),
		ageBand: group.ageBand,
		school: group.school,
		data: group,
		setAsideFor: null
	};
}

/** An imported group in the report's shape (a record stored before issue 18 gets defaults). */
export function importedToReportGroup(record: ImportedGroup): ReportGroup {
	const g = withExchangeGroupDefaults(record.data);
	return {
		key: record.id,
		syncGroupId: g.syncGroupId ?? null,
		source: {
			kind: 'imported',
			coachName: record.coachName,
			exportedAt: record.exportedAt,
			importId: record.importId
		},
		name: g.name,
		school: g.school,
		coaches: g.coaches,
		ageBand: g.ageBand,
		startDate: g.startDate,
		status: g.status,
		sessions: g.sessions,
		children: g.children.map((c) => ({
			id: c.id,
			startedOn: c.startedOn ?? null,
			stoppedOn: c.stoppedOn,
			stopReason: c.stopReason ?? ''
		})),
		setAside: record.setAsideFor != null,
		marks: g.attendance.map((a) => ({
			sessionId: a.session,
			participantId: a.child,
			mark: a.mark
		})),
		meetings: g.meetings.map((m) => ({
			kind: m.kind,
			date: m.date,
			recorded: m.recorded ?? m.parents.length > 0,
			parents: m.parents.map((p) => ({ childId: p.child, parent1: p.parent1, parent2: p.parent2 }))
		}))
	};
}
