/**
 * The records kept in IndexedDB. Days are `yyyy-MM-dd` strings, times `HH:mm`,
 * instants ISO strings. Every record has a UUID `id` (except keyed settings) and
 * `createdAt`/`updatedAt`.
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

export interface Stamped {
	id: string;
	createdAt: string;
	updatedAt: string;
}

export interface Material {
	name: string;
	amount: number;
	per: 'child' | 'group';
}

export interface Worksheet {
	title: string;
	instruction: string;
	area: 'drawing' | 'lines';
}

export interface Card extends Stamped {
	title: string;
	summary: string;
	ageBands: AgeBand[];
	phase: Phase;
	/** Built-in theme keys or a coach's own theme text. */
	themes: string[];
	kind: CardKind;
	minutes: number;
	groupSizeMin: number;
	groupSizeMax: number;
	materials: Material[];
	preparation: string;
	goals: string[];
	steps: string[];
	variationYounger: string;
	variationOlder: string;
	tips: string;
	attention: string;
	worksheet: Worksheet | null;
	source: string;
	licence: string;
	/** Set for cards shipped with the app; the coach's own cards have none. */
	exampleId: string | null;
	favourite: boolean;
	archived: boolean;
}

/** Remembers which example cards were ever installed, so an update never resurrects one. */
export interface ExampleLedgerEntry {
	exampleId: string;
	version: number;
	installedAt: string;
}

export interface HolidayRange {
	name: string;
	start: string;
	end: string;
}

export interface School extends Stamped {
	name: string;
	holidays: HolidayRange[];
}

export type GroupStatus = 'planned' | 'running' | 'finished';

export interface Group extends Stamped {
	name: string;
	ageBand: AgeBand;
	schoolId: string | null;
	location: string;
	coaches: [string, string];
	/** 1 = Monday … 7 = Sunday (ISO). */
	weekday: number;
	startTime: string;
	sessionMinutes: number;
	sessionCount: number;
	maxSize: number;
	startDate: string;
	status: GroupStatus;
	finishedAt: string | null;
	/** Set when the register has been locked; cleared on an explicit unlock. */
	registerLockedAt: string | null;
}

export type BlockKind = 'card' | 'welcome' | 'closing' | 'break' | 'free';

export interface PlanBlock {
	id: string;
	kind: BlockKind;
	cardId: string | null;
	title: string;
	minutes: number;
	notes: string;
}

export type SessionStatus = 'planned' | 'held' | 'cancelled';

export interface Session extends Stamped {
	groupId: string;
	/** 1-based position in the series. */
	number: number;
	date: string;
	startTime: string;
	status: SessionStatus;
	cancelReason: string;
	blocks: PlanBlock[];
	notes: string;
}

export type MeetingKind = 'information' | 'evaluation' | 'follow-up';

export interface ParentMeeting extends Stamped {
	groupId: string;
	kind: MeetingKind;
	date: string;
	startTime: string;
	notes: string;
}

export interface Consent {
	given: boolean;
	date: string | null;
	how: '' | 'paper' | 'digital' | 'verbal';
}

export type StopReason = '' | 'moved' | 'parents' | 'child' | 'referred' | 'other';

export interface Participant extends Stamped {
	groupId: string;
	/** A first name or an alias: nothing more. */
	name: string;
	birthYear: number | null;
	schoolClass: string;
	consent1: Consent;
	consent2: Consent;
	stoppedOn: string | null;
	stopReason: StopReason;
	notes: string;
	/** Set when personal data was erased: the record stays for anonymous counts. */
	erasedAt: string | null;
}

export type AttendanceMark = 'present' | 'late' | 'absent-notice' | 'absent';

export interface Attendance {
	sessionId: string;
	participantId: string;
	groupId: string;
	mark: AttendanceMark;
	/** For absent with notice: ill or other. */
	reason: '' | 'ill' | 'other';
	/** Marked present while consent was incomplete, after confirming. */
	consentOverride: boolean;
	updatedAt: string;
}

export interface MeetingAttendance {
	meetingId: string;
	participantId: string;
	groupId: string;
	parent1: boolean;
	parent2: boolean;
	updatedAt: string;
}

export interface TemplateSession {
	blocks: PlanBlock[];
}

export interface SeriesTemplate extends Stamped {
	name: string;
	ageBand: AgeBand;
	sessions: TemplateSession[];
	/** Built-in default template for an age band. */
	builtIn: boolean;
}

/** A change worth remembering: register unlocks, erasures, restores. */
export interface AuditEntry {
	id: string;
	at: string;
	kind: string;
	groupId: string | null;
	detail: string;
}

export interface Setting {
	key: string;
	value: unknown;
}
