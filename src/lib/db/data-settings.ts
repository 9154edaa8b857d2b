/** Settings of the data area (backup reminder, retention), kept in the `settings` table. */
import { db, nowIso, type AppDB } from './db';
import { backupReminder, type BackupReminder } from '$lib/domain/backup-reminder';

export const DATA_SETTINGS = {
	lastBackupAt: 'data.lastBackupAt',
	reminderDays: 'data.reminderDays',
	retentionMonths: 'data.retentionMonths'
} as const;

export const DEFAULT_REMINDER_DAYS = 14;
export const DEFAULT_RETENTION_MONTHS = 12;

/** A number setting of this area, or its default. */
export async function readNumberSetting(
	key: string,
	fallback: number,
	database: AppDB = db
): Promise<number> {
	const row = await database.settings.get(key);
	return typeof row?.value === 'number' ? row.value : fallback;
}

/** Saves a number setting of this area. */
export async function writeNumberSetting(
	key: string,
	value: number,
	database: AppDB = db
): Promise<void> {
	await database.settings.put({ key, value });
}

/** Remembers when the last backup was saved, for the reminder. */
export async function recordBackupMade(at = nowIso(), database: AppDB = db): Promise<void> {
	await database.settings.put({ key: DATA_SETTINGS.lastBackupAt, value: at });
}

export interface ReminderView extends BackupReminder {
	/** Due, and there is something worth backing up (a group or an own card). */
	show: boolean;
	days: number;
	lastBackupAt: string | null;
}

/** What the backup reminder needs; use inside a liveQuery so it follows every change. */
export async function readReminder(now: Date, database: AppDB = db): Promise<ReminderView> {
	const [last, days, groups, cards] = await Promise.all([
		database.settings.get(DATA_SETTINGS.lastBackupAt),
		readNumberSetting(DATA_SETTINGS.reminderDays, DEFAULT_REMINDER_DAYS, database),
		database.groups.count(),
		database.cards.filter((card) => card.exampleId === null).count()
	]);
	const lastBackupAt = typeof last?.value === 'string' ? last.value : null;
	const state = backupReminder(lastBackupAt, now, days);
	return { ...state, show: state.due && groups + cards > 0, days, lastBackupAt };
}
