/**
 * What is wrong with a group's series as the coach planned or moved it: two sessions on one
 * date, a session dated after a later one, a session on a parent-meeting date, a start in the
 * past. Pure: the series screen shows these; nothing is refused.
 */
import type { MeetingKind, SessionStatus } from '$lib/model';
import type { Day } from './dates';

interface DatedSession {
	number: number;
	date: Day;
	status: SessionStatus;
}

interface DatedMeeting {
	kind: MeetingKind;
	date: Day;
}

export type ScheduleWarning =
	| { code: 'same-date'; numbers: number[]; date: Day }
	| { code: 'out-of-order'; number: number; before: number }
	| { code: 'meeting-date'; number: number; meeting: MeetingKind; date: Day }
	| { code: 'start-in-past'; date: Day };

/** The warnings for a series, in a stable order (by kind, then session number). */
export function scheduleWarnings(
	sessions: readonly DatedSession[],
	meetings: readonly DatedMeeting[],
	startDate: Day,
	today: Day
): ScheduleWarning[] {
	const live = [...sessions]
		.filter((session) => session.status !== 'cancelled')
		.sort((a, b) => a.number - b.number);
	const warnings: ScheduleWarning[] = [];

	const byDate = new Map<Day, number[]>();
	for (const session of live)
		byDate.set(session.date, [...(byDate.get(session.date) ?? []), session.number]);
	for (const [date, numbers] of byDate) {
		if (numbers.length > 1) warnings.push({ code: 'same-date', numbers, date });
	}

	// A session dated after a later-numbered one: name the first later session it passed.
	for (const [i, session] of live.entries()) {
		const passed = live.slice(i + 1).find((later) => later.date < session.date);
		if (passed)
			warnings.push({ code: 'out-of-order', number: session.number, before: passed.number });
	}

	for (const session of live) {
		for (const meeting of meetings) {
			if (meeting.date === session.date) {
				warnings.push({
					code: 'meeting-date',
					number: session.number,
					meeting: meeting.kind,
					date: session.date
				});
			}
		}
	}

	// Only while nothing has been held yet: a running series naturally started in the past.
	if (startDate < today && !sessions.some((session) => session.status === 'held')) {
		warnings.push({ code: 'start-in-past', date: startDate });
	}
	return warnings;
}
