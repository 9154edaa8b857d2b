/**
 * Every closed list of values a record can hold, once, as `as const` lists. Schemas, forms,
 * labels, counts and the overview all iterate these, so a new value reaches every one of them.
 */

export const AGE_BANDS = ['4-6', '7-12', '13-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const PHASES = ['opening', 'before', 'now', 'future', 'closing'] as const;
export type Phase = (typeof PHASES)[number];

export const THEMES = [
	'feelings',
	'changes',
	'two-homes',
	'loyalty',
	'conflict',
	'new-family',
	'trust',
	'asking-help',
	'goodbye',
	'own-qualities',
	'getting-to-know'
] as const;
export type BuiltInTheme = (typeof THEMES)[number];

export const KINDS = [
	'conversation',
	'game',
	'role-play',
	'creative',
	'statements',
	'drama',
	'movement',
	'relaxation',
	'story'
] as const;
export type CardKind = (typeof KINDS)[number];

/** Whether a material's amount is per child or for the whole group. */
export const MATERIAL_PER = ['child', 'group'] as const;
export type MaterialPer = (typeof MATERIAL_PER)[number];

export const WORKSHEET_AREAS = ['drawing', 'lines'] as const;
export type WorksheetArea = (typeof WORKSHEET_AREAS)[number];

export const GROUP_STATUSES = ['planned', 'running', 'finished'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export const BLOCK_KINDS = ['card', 'welcome', 'closing', 'break', 'free'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Who leads a plan block: the group's first coach, the second, or both together. */
export const BLOCK_LEADS = ['first', 'second', 'both'] as const;
export type BlockLead = (typeof BLOCK_LEADS)[number];

export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MEETING_KINDS = ['information', 'evaluation', 'follow-up'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** How a parent's consent was given; '' while it is not. */
export const CONSENT_HOWS = ['paper', 'digital', 'verbal'] as const;
export type ConsentHow = '' | (typeof CONSENT_HOWS)[number];

/** Why a child stopped; '' while it has not. */
export const STOP_REASONS = ['moved', 'parents', 'child', 'referred', 'other'] as const;
export type StopReason = '' | (typeof STOP_REASONS)[number];

/** The attendance marks, in the order the register shows them. */
export const ATTENDANCE_MARKS = ['present', 'late', 'absent-notice', 'absent'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/**
 * Why a child was absent with notice; '' for every other mark. 'unknown' is what is stored
 * until the coach picks a reason (issue 18): illness is never assumed.
 */
export const ABSENCE_REASONS = ['unknown', 'ill', 'other'] as const;
export type AbsenceReason = '' | (typeof ABSENCE_REASONS)[number];

/** The list with '' in front: for fields where '' means "not given". */
export function orEmpty<const T extends readonly string[]>(values: T): readonly ['', ...T] {
	return ['', ...values];
}
