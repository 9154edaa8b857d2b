/**
 * Whether a backup is due. Shown in the layout on every page, so this module stays free of
 * date-fns (and of `./dates`): the first page should not load the date library for one subtraction.
 */

export interface BackupReminder {
	due: boolean;
	/** Whole days since the last backup; null when there never was one. */
	daysSince: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from `a` to `b` on this device's clock (a daylight-saving day still counts as one). */
export function calendarDaysBetween(a: Date, b: Date): number {
	const from = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
	const to = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
	return Math.round((to - from) / DAY_MS);
}

/** A backup is due when there never was one, or the last is `days` or more days old. */
export function backupReminder(
	lastBackupAt: string | null,
	now: Date,
	days: number
): BackupReminder {
	if (lastBackupAt === null) return { due: true, daysSince: null };
	const last = new Date(lastBackupAt);
	if (Number.isNaN(last.getTime())) return { due: true, daysSince: null };
	const daysSince = calendarDaysBetween(last, now);
	return { due: daysSince >= days, daysSince };
}
