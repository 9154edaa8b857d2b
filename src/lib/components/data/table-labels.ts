import { m } from '$lib/i18n';
import type { BackupTable } from '$lib/domain/backup';

/** The name of each table for people, in the user's language. */
export const TABLE_LABELS: Record<BackupTable, () => string> = {
	cards: m.data_table_cards,
	exampleLedger: m.data_table_exampleLedger,
	schools: m.data_table_schools,
	groups: m.data_table_groups,
	sessions: m.data_table_sessions,
	meetings: m.data_table_meetings,
	participants: m.data_table_participants,
	attendance: m.data_table_attendance,
	meetingAttendance: m.data_table_meetingAttendance,
	templates: m.data_table_templates,
	audit: m.data_table_audit,
	settings: m.data_table_settings,
	imports: m.data_table_imports,
	importedGroups: m.data_table_importedGroups,
	signals: m.data_table_signals
};
