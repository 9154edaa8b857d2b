/**
 * Coordinator exchange: the pseudonymous group history a coach exports, and what a
 * coordinator keeps of it after importing (issue 7).
 */
import type { AgeBand, AttendanceMark, GroupStatus, MeetingKind, SessionStatus } from './types';

/** One group as it travels in a 'kies-exchange' file: no child names, notes, birth years or classes. */
export interface ExchangeGroup {
	/** The coach's own group id: with the coach id it names the group across exports. */
	groupKey: string;
	name: string;
	school: string;
	ageBand: AgeBand;
	coaches: string[];
	status: GroupStatus;
	startDate: string;
	sessions: { id: string; number: number; date: string; status: SessionStatus }[];
	/** Children as stable pseudonyms (HMAC of the participant id with the coach's secret). */
	children: { id: string; stoppedOn: string | null }[];
	attendance: { session: string; child: string; mark: AttendanceMark }[];
	meetings: {
		kind: MeetingKind;
		date: string;
		parents: { child: string; parent1: boolean; parent2: boolean }[];
	}[];
}

/** The `data` of a 'kies-exchange' envelope. */
export interface ExchangeData {
	coach: { id: string; name: string };
	groups: ExchangeGroup[];
}

/** The coach's identity for exports, kept in settings under 'coachProfile'. */
export interface CoachProfile {
	/** Random, stable: the coordinator tells coaches apart by it. */
	id: string;
	name: string;
	/** Random key for child pseudonyms; never leaves this device. */
	secret: string;
}

/** One imported file, as listed under "where the figures come from". */
export interface ExchangeImport {
	id: string;
	coachId: string;
	coachName: string;
	exportedAt: string;
	importedAt: string;
	fileName: string;
}

/** A group imported from a coach; a newer export of the same group replaces it. */
export interface ImportedGroup {
	/** `${coachId}:${groupKey}`. */
	id: string;
	importId: string;
	coachId: string;
	coachName: string;
	exportedAt: string;
	groupKey: string;
	startDate: string;
	/** "2025-2026": the school year the group started in. */
	schoolYear: string;
	ageBand: AgeBand;
	school: string;
	/** The group's pseudonymous history as exported. */
	data: ExchangeGroup;
}
