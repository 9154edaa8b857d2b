/**
 * Fields that arrived with schema 2 (issue 18), and the values records written before them
 * get: on the database upgrade, on restoring an older backup and on importing an older
 * exchange file. One place, so the three agree. Only a missing field is filled: one that is
 * there with a wrong value is left for the field rules to refuse (issue 21).
 */

/** A child without a start day counts from the group's first session, as before. */
export function withChildDefaults<T extends object>(child: T): T & { startedOn: string | null } {
	const c = child as { startedOn?: unknown };
	return { ...child, startedOn: c.startedOn === undefined ? null : (c.startedOn as string | null) };
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
	return {
		...meeting,
		recorded: m.recorded === undefined ? hasAttendanceRows : (m.recorded as boolean)
	};
}

/** An imported group from before duplicates could be set aside is kept. */
export function withImportedGroupDefaults<T extends object>(
	record: T
): T & { setAsideFor: string | null } {
	const r = record as { setAsideFor?: unknown };
	return {
		...record,
		setAsideFor: r.setAsideFor === undefined ? null : (r.setAsideFor as string | null)
	};
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
