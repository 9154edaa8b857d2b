/**
 * The status rules of groups and sessions, pure: what a status change writes, and what it
 * takes away. `db/` applies them; one rule, however many screens change a status.
 */
import type { GroupStatus, Session, SessionStatus } from '$lib/model';

/** What a session's status change writes, and whether its marks go. */
export interface SessionStatusChange {
	patch: Pick<Session, 'status' | 'cancelReason'>;
	/** A cancelled or planned session keeps no marks: they would count for nobody. */
	clearMarks: boolean;
}

/** A session becomes planned, held or cancelled; only a cancelled one keeps a (trimmed) reason. */
export function sessionStatusChange(status: SessionStatus, cancelReason = ''): SessionStatusChange {
	return {
		patch: { status, cancelReason: status === 'cancelled' ? cancelReason.trim() : '' },
		clearMarks: status !== 'held'
	};
}

/** True when the session already has this status and reason, so nothing needs writing. */
export function sameStatus(
	session: Pick<Session, 'status' | 'cancelReason'>,
	change: SessionStatusChange
): boolean {
	return (
		session.status === change.patch.status && session.cancelReason === change.patch.cancelReason
	);
}

/**
 * When a group finished: the first time it was set finished (kept while it stays finished),
 * none once it is planned or running again.
 */
export function finishedAtFor(
	status: GroupStatus,
	finishedAt: string | null,
	now: string
): string | null {
	return status === 'finished' ? (finishedAt ?? now) : null;
}
