/**
 * Fields that arrived with schema 2 (issue 18), and the values records written before them
 * get: on the database upgrade, on restoring an older backup and on importing an older
 * exchange file. One place, so the three agree.
 */

/** A child without a start day counts from the group's first session, as before. */
export function withChildDefaults<T extends object>(child: T): T & { startedOn: string | null } {
	const c = child as { startedOn?: unknown };
	return { ...child, startedOn: typeof c.startedOn === 'string' ? c.startedOn : null };
}

/**
 * A meeting from before the "recorded" flag counts as recorded when any parent row exists for
 * it: that is what the coach did to record it. Without rows it was never recorded.
 */
export function withMeetingDefaults<T extends object>(
	meeting: T,
	hasAttendanceRows: boolean
): T & { recorded: boolean } {
	const m = meeting as { recorded?: unknown };
	return { ...meeting, recorded: typeof m.recorded === 'boolean' ? m.recorded : hasAttendanceRows };
}

/** An imported group from before duplicates could be set aside is kept. */
export function withImportedGroupDefaults<T extends object>(
	record: T
): T & { setAsideFor: string | null } {
	const r = record as { setAsideFor?: unknown };
	return { ...record, setAsideFor: typeof r.setAsideFor === 'string' ? r.setAsideFor : null };
}

interface OldExchangeChild {
	id: string;
	stoppedOn: string | null;
	startedOn?: string | null;
	stopReason?: string;
}
interface OldExchangeMeeting {
	recorded?: boolean;
	parents: unknown[];
}

/** An exchange group's children and meetings with the fields older files lack. */
export function withExchangeGroupDefaults<
	G extends { children: OldExchangeChild[]; meetings: OldExchangeMeeting[] }
>(group: G): G {
	return {
		...group,
		children: group.children.map((c) => ({
			...c,
			startedOn: c.startedOn ?? null,
			stopReason: c.stopReason ?? ''
		})),
		meetings: group.meetings.map((m) => ({
			...m,
			recorded: m.recorded ?? m.parents.length > 0
		}))
	};
}
