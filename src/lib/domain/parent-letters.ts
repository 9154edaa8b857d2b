/** What the letters for parents need from a group: its information meeting and its children. */
import type { Group, ParentMeeting, Participant, Session } from '$lib/model';
import { addMinutesToTime, type Day } from './dates';
import { MEETING_MINUTES } from './group-defaults';

export interface InformationMeeting {
	date: Day;
	start: string;
	end: string;
	/** The meeting's own place, else the group's; '' when neither is known. */
	place: string;
	/** The meeting's day lies before `today`. */
	past: boolean;
}

/**
 * The information meeting to invite parents to: the first one from today on, else the last one
 * held (a coach may print it for the file); null when the group has none.
 */
export function informationMeeting(
	group: Group,
	meetings: readonly ParentMeeting[],
	today: Day
): InformationMeeting | null {
	const info = meetings
		.filter((m) => m.kind === 'information')
		.sort((a, b) => `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`));
	const chosen = info.find((m) => m.date >= today) ?? info.at(-1);
	if (!chosen) return null;
	return {
		date: chosen.date,
		start: chosen.startTime,
		end: addMinutesToTime(chosen.startTime, chosen.minutes ?? MEETING_MINUTES),
		place: chosen.location?.trim() || group.location.trim(),
		past: chosen.date < today
	};
}

/** The children a letter goes to: not erased, not stopped, by name. */
export function letterChildren(participants: readonly Participant[]): Participant[] {
	return participants
		.filter((child) => child.erasedAt === null && !child.stoppedOn)
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export interface SessionSpan {
	count: number;
	first: Day | null;
	last: Day | null;
}

/** The sessions that take place (not cancelled): how many, first and last day. */
export function sessionSpan(group: Group, sessions: readonly Session[]): SessionSpan {
	const days = sessions
		.filter((s) => s.status !== 'cancelled')
		.map((s) => s.date)
		.sort();
	if (days.length === 0) return { count: group.sessionCount, first: null, last: null };
	return { count: days.length, first: days[0], last: days.at(-1)! };
}
