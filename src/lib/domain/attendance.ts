/**
 * Attendance rates, done right: attended ÷ marked sessions held. Cancelled (and not yet held)
 * sessions count for nobody; a child counts only for sessions from its start day and before
 * its stop day; late counts as attended. A held session without a mark for a child is a gap
 * to fill, not an absence: it is left out of the rate and reported as a gap.
 */
import type { AttendanceMark, SessionStatus } from '$lib/model';

export interface RateSession {
	id: string;
	date: string;
	status: SessionStatus;
}

export interface RateChild {
	id: string;
	/** The day the child joined; null or absent: from the first session. */
	startedOn?: string | null;
	stoppedOn: string | null;
}

export interface RateMark {
	sessionId: string;
	participantId: string;
	mark: AttendanceMark;
}

export interface Rate {
	attended: number;
	/** Marked sessions that count for this child, group or session. */
	counted: number;
	/** Held sessions that count but have no mark yet: gaps to fill. */
	unmarked: number;
	/** attended ÷ counted, or null when nothing counts yet. */
	rate: number | null;
}

/** True when the mark means the child was there. */
export function isAttended(mark: AttendanceMark | undefined): boolean {
	return mark === 'present' || mark === 'late';
}

/** True when a child took part on a day: on or after its start, before its stop. */
export function enrolledOn(child: RateChild, day: string): boolean {
	return (
		(child.startedOn == null || day >= child.startedOn) &&
		(child.stoppedOn === null || day < child.stoppedOn)
	);
}

/** True when a session counts for a child: it was held while the child took part. */
export function sessionCountsFor(session: RateSession, child: RateChild): boolean {
	return session.status === 'held' && enrolledOn(child, session.date);
}

function rate(attended: number, counted: number, unmarked: number): Rate {
	return { attended, counted, unmarked, rate: counted === 0 ? null : attended / counted };
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
	let unmarked = 0;
	for (const session of sessions) {
		if (!sessionCountsFor(session, child)) continue;
		const mark = index.get(`${session.id}|${child.id}`);
		if (mark === undefined) {
			unmarked += 1;
			continue;
		}
		counted += 1;
		if (isAttended(mark)) attended += 1;
	}
	return rate(attended, counted, unmarked);
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
	let unmarked = 0;
	for (const child of children) {
		if (!sessionCountsFor(session, child)) continue;
		const mark = index.get(`${session.id}|${child.id}`);
		if (mark === undefined) {
			unmarked += 1;
			continue;
		}
		counted += 1;
		if (isAttended(mark)) attended += 1;
	}
	return rate(attended, counted, unmarked);
}

/** A group's rate: all attended child-sessions ÷ all child-sessions that count. */
export function groupRate(
	children: readonly RateChild[],
	sessions: readonly RateSession[],
	marks: readonly RateMark[]
): Rate {
	let attended = 0;
	let counted = 0;
	let unmarked = 0;
	for (const child of children) {
		const r = childRate(child, sessions, marks);
		attended += r.attended;
		counted += r.counted;
		unmarked += r.unmarked;
	}
	return rate(attended, counted, unmarked);
}
