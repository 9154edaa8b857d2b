/**
 * Attendance rates, done right: attended ÷ sessions held. Cancelled (and not yet held)
 * sessions count for nobody; a stopped child counts only for sessions before the stop date;
 * late counts as attended.
 */
import type { AttendanceMark, SessionStatus } from '$lib/model';

export interface RateSession {
	id: string;
	date: string;
	status: SessionStatus;
}

export interface RateChild {
	id: string;
	stoppedOn: string | null;
}

export interface RateMark {
	sessionId: string;
	participantId: string;
	mark: AttendanceMark;
}

export interface Rate {
	attended: number;
	/** Sessions that count for this child, group or session. */
	counted: number;
	/** attended ÷ counted, or null when nothing counts yet. */
	rate: number | null;
}

/** True when the mark means the child was there. */
export function isAttended(mark: AttendanceMark | undefined): boolean {
	return mark === 'present' || mark === 'late';
}

/** True when a session counts for a child: it was held, and before the child stopped. */
export function sessionCountsFor(session: RateSession, child: RateChild): boolean {
	return session.status === 'held' && (child.stoppedOn === null || session.date < child.stoppedOn);
}

function rate(attended: number, counted: number): Rate {
	return { attended, counted, rate: counted === 0 ? null : attended / counted };
}

function markIndex(marks: readonly RateMark[]): Map<string, AttendanceMark> {
	return new Map(marks.map((m) => [`${m.sessionId}|${m.participantId}`, m.mark]));
}

/** One child's rate over a group's sessions. */
export function childRate(
	child: RateChild,
	sessions: readonly RateSession[],
	marks: readonly RateMark[]
): Rate {
	const index = markIndex(marks);
	let attended = 0;
	let counted = 0;
	for (const session of sessions) {
		if (!sessionCountsFor(session, child)) continue;
		counted += 1;
		if (isAttended(index.get(`${session.id}|${child.id}`))) attended += 1;
	}
	return rate(attended, counted);
}

/** One session's rate over the children it counts for. */
export function sessionRate(
	session: RateSession,
	children: readonly RateChild[],
	marks: readonly RateMark[]
): Rate {
	const index = markIndex(marks);
	let attended = 0;
	let counted = 0;
	for (const child of children) {
		if (!sessionCountsFor(session, child)) continue;
		counted += 1;
		if (isAttended(index.get(`${session.id}|${child.id}`))) attended += 1;
	}
	return rate(attended, counted);
}

/** A group's rate: all attended child-sessions ÷ all child-sessions that count. */
export function groupRate(
	children: readonly RateChild[],
	sessions: readonly RateSession[],
	marks: readonly RateMark[]
): Rate {
	let attended = 0;
	let counted = 0;
	for (const child of children) {
		const r = childRate(child, sessions, marks);
		attended += r.attended;
		counted += r.counted;
	}
	return rate(attended, counted);
}
