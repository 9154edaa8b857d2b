/**
 * The calendar events of one group: its sessions (cancelled ones included, marked cancelled, so
 * a calendar that imported them takes them out) and its parent meetings with their own length
 * and place. Nothing about a child goes in: no names, no notes, no cancel reasons.
 */
import type { Group, MeetingKind, ParentMeeting, School, Session } from '$lib/model';
import type { IcsEvent } from './ics';
import { MEETING_MINUTES } from './group-defaults';

export interface CalendarLabels {
	session: (groupTitle: string, number: number) => string;
	meeting: (kind: MeetingKind, groupTitle: string) => string;
}

/** The group's name as a calendar title: "KIES" in front, once ("KIES KIES 7-12" never). */
export function programTitle(groupName: string): string {
	const name = groupName.trim();
	return /^kies\b/i.test(name) ? name : `KIES ${name}`.trim();
}

/** A UID that stays the same for the record whatever changes, so updates replace, not add. */
export function eventUid(recordId: string): string {
	return `${recordId}@kies-toolkit`;
}

export function groupCalendarEvents(
	group: Group,
	sessions: readonly Session[],
	meetings: readonly ParentMeeting[],
	school: School | null,
	labels: CalendarLabels
): IcsEvent[] {
	const title = programTitle(group.name);
	const place = [school?.name, group.location].filter((p) => p && p.trim()).join(', ');
	const sessionEvents = sessions.map<IcsEvent>((s) => ({
		uid: eventUid(s.id),
		date: s.date,
		startTime: s.startTime,
		minutes: group.sessionMinutes,
		summary: labels.session(title, s.number),
		location: place,
		cancelled: s.status === 'cancelled',
		updatedAt: s.updatedAt
	}));
	const meetingEvents = meetings.map<IcsEvent>((x) => ({
		uid: eventUid(x.id),
		date: x.date,
		startTime: x.startTime,
		minutes: x.minutes && x.minutes > 0 ? x.minutes : MEETING_MINUTES,
		summary: labels.meeting(x.kind, title),
		location: x.location?.trim() || place,
		updatedAt: x.updatedAt
	}));
	return [...sessionEvents, ...meetingEvents];
}
