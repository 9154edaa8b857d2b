/**
 * The backup's view of the tables: the record schemas and keys come from the model; here are
 * the fast checks for the biggest tables. Prototype keys were already removed while parsing
 * (parseJsonSafely).
 */
import {
	ABSENCE_REASONS,
	ATTENDANCE_MARKS,
	TABLE_KEYS,
	TABLE_NAMES,
	TABLE_SCHEMAS,
	type TableName
} from '$lib/model';

export { TABLE_KEYS, TABLE_SCHEMAS };
export type BackupTable = TableName;
export const BACKUP_TABLES: BackupTable[] = TABLE_NAMES;

const isId = (value: unknown) =>
	typeof value === 'string' && value.length >= 1 && value.length <= 200;
const isInstant = (value: unknown) => typeof value === 'string' && value.length <= 40;
const MARKS = new Set<string>(ATTENDANCE_MARKS);
const REASONS = new Set<string>(['', ...ABSENCE_REASONS]);

/**
 * Plain checks that accept exactly what the schema of the same table accepts, for the tables
 * that hold tens of thousands of records; much faster than valibot there. A record that fails
 * is checked again by the schema, which names what is wrong.
 */
export const FAST_CHECKS: Partial<Record<BackupTable, (record: unknown) => boolean>> = {
	attendance: (value) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
		const r = value as Record<string, unknown>;
		return (
			isId(r.sessionId) &&
			isId(r.participantId) &&
			isId(r.groupId) &&
			MARKS.has(r.mark as string) &&
			REASONS.has(r.reason as string) &&
			typeof r.consentOverride === 'boolean' &&
			isInstant(r.updatedAt)
		);
	},
	meetingAttendance: (value) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
		const r = value as Record<string, unknown>;
		return (
			isId(r.meetingId) &&
			isId(r.participantId) &&
			isId(r.groupId) &&
			typeof r.parent1 === 'boolean' &&
			typeof r.parent2 === 'boolean' &&
			isInstant(r.updatedAt)
		);
	}
};
