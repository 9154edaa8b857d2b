/**
 * The rules about a child's record: both parents must consent before a child takes part,
 * and a record holds as little as possible (first name or alias, year, class, short notes).
 */
import type { AttendanceMark, Consent, Participant, Session, StopReason } from '$lib/model';
import { sessionCountsFor } from './attendance';
import { isDay } from './dates';

export const NAME_MAX = 40;
export const CLASS_MAX = 20;
export const NOTES_MAX = 200;
export const BIRTH_YEAR_MIN = 2000;
export { CONSENT_HOWS, STOP_REASONS } from '$lib/model';

type ConsentHolder = Pick<Participant, 'consent1' | 'consent2'>;

/** True when both parents gave consent. */
export function consentComplete(p: ConsentHolder): boolean {
	return p.consent1.given && p.consent2.given;
}

/** Which parents have not (yet) given consent: 1, 2, both or none. */
export function missingConsents(p: ConsentHolder): (1 | 2)[] {
	const missing: (1 | 2)[] = [];
	if (!p.consent1.given) missing.push(1);
	if (!p.consent2.given) missing.push(2);
	return missing;
}

/** Marking this child present or late needs an explicit confirmation (consent incomplete). */
export function needsConsentConfirmation(p: ConsentHolder, mark: AttendanceMark): boolean {
	return (mark === 'present' || mark === 'late') && !consentComplete(p);
}

/** What a coach fills in for a child. */
export interface ChildInput {
	name: string;
	birthYear: number | null;
	schoolClass: string;
	consent1: Consent;
	consent2: Consent;
	notes: string;
}

export type ChildField = 'name' | 'birthYear' | 'schoolClass' | 'consent1' | 'consent2' | 'notes';
export type ChildError = 'required' | 'too-long' | 'year-range' | 'date';
export type ChildErrors = Partial<Record<ChildField, ChildError>>;

/** An empty consent: not given. */
export function noConsent(): Consent {
	return { given: false, date: null, how: '' };
}

/** Trims the text fields and drops the consent details of a consent that was not given. */
export function normaliseChild(input: ChildInput): ChildInput {
	const consent = (c: Consent): Consent => (c.given ? { ...c, date: c.date || null } : noConsent());
	return {
		name: input.name.trim(),
		birthYear: input.birthYear,
		schoolClass: input.schoolClass.trim(),
		consent1: consent(input.consent1),
		consent2: consent(input.consent2),
		notes: input.notes.trim()
	};
}

/** Checks a child's record; an empty object means it can be saved. */
export function validateChild(input: ChildInput, currentYear: number): ChildErrors {
	const errors: ChildErrors = {};
	const child = normaliseChild(input);
	if (child.name === '') errors.name = 'required';
	else if ([...child.name].length > NAME_MAX) errors.name = 'too-long';
	if (
		child.birthYear !== null &&
		(!Number.isInteger(child.birthYear) ||
			child.birthYear < BIRTH_YEAR_MIN ||
			child.birthYear > currentYear)
	) {
		errors.birthYear = 'year-range';
	}
	if ([...child.schoolClass].length > CLASS_MAX) errors.schoolClass = 'too-long';
	if ([...child.notes].length > NOTES_MAX) errors.notes = 'too-long';
	for (const key of ['consent1', 'consent2'] as const) {
		const date = child[key].date;
		if (date !== null && !isDay(date)) errors[key] = 'date';
	}
	return errors;
}

/** Reads a birth year typed by a coach: '' is none, anything else must be a whole number. */
export function parseBirthYear(text: string): number | null | 'invalid' {
	const trimmed = text.trim();
	if (trimmed === '') return null;
	return /^\d{4}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** True when the stop is complete enough to save: a real day and a reason category. */
export function validStop(stoppedOn: string, reason: StopReason): boolean {
	return isDay(stoppedOn) && reason !== '';
}

/** True when the child takes part on that day: not erased, not stopped on or before it. */
export function activeOn(p: Pick<Participant, 'stoppedOn' | 'erasedAt'>, day: string): boolean {
	return p.erasedAt === null && (p.stoppedOn === null || day < p.stoppedOn);
}

/** True when the child is still enrolled (not stopped, not erased). */
export function enrolled(p: Pick<Participant, 'stoppedOn' | 'erasedAt'>): boolean {
	return p.erasedAt === null && p.stoppedOn === null;
}

/** The children a session is marked for: those it counts for once held (not stopped, not erased). */
export function childrenToMark(
	session: Session,
	participants: readonly Participant[]
): Participant[] {
	return participants.filter(
		(p) => p.erasedAt === null && sessionCountsFor({ ...session, status: 'held' }, p)
	);
}
