/** Defaults per age band (DOMAIN.md): all of them can be changed per group. */
import type { AgeBand } from '$lib/model';

export interface GroupDefaults {
	sessionCount: number;
	sessionMinutes: number;
	maxSize: number;
}

const DEFAULTS: Record<AgeBand, GroupDefaults> = {
	'4-6': { sessionCount: 8, sessionMinutes: 60, maxSize: 8 },
	'7-12': { sessionCount: 8, sessionMinutes: 60, maxSize: 10 },
	'13-17': { sessionCount: 4, sessionMinutes: 90, maxSize: 10 }
};

/** The number of sessions, their length and the maximum group size for an age band. */
export function groupDefaults(ageBand: AgeBand): GroupDefaults {
	return { ...DEFAULTS[ageBand] };
}

/** Default start time of the parent meetings (evening, when parents can come). */
export const MEETING_START_TIME = '19:30';
/** Default length of a parent meeting in minutes. */
export const MEETING_MINUTES = 90;
