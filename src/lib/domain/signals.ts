/**
 * A signal in the coach's log: what is kept, how it is checked, and how its content is
 * written to the text that gets encrypted. Pure rules: no Svelte, no Dexie.
 */
import { isDay, type Day } from './dates';
import {
	CONCERN_AREAS,
	CONSULTED_ROLES,
	MELDCODE_STEPS,
	type ConcernArea,
	type ConsultedRole
} from './meldcode';
import type { StepDates } from './meldcode-reminder';

export const FACTS_MAX = 500;
export const DECISION_MAX = 300;
/** Bumped when the plaintext shape changes; older versions are read and upgraded. */
export const SIGNAL_CONTENT_VERSION = 1;

/** Everything about a signal that is encrypted at rest. */
export interface SignalContent {
	date: Day;
	/** What was seen or heard, in facts, not interpretations. */
	facts: string;
	concerns: ConcernArea[];
	steps: StepDates;
	consulted: ConsultedRole[];
	decision: string;
}

/** A decrypted signal as the screens show it. */
export interface Signal extends SignalContent {
	id: string;
	participantId: string;
	groupId: string;
	createdAt: string;
	updatedAt: string;
}

export type SignalError =
	| 'date-invalid'
	| 'date-future'
	| 'facts-empty'
	| 'facts-too-long'
	| 'decision-too-long'
	| 'step-date-invalid'
	| 'step-before-signal';

export type Validated = { ok: true; value: SignalContent } | { ok: false; errors: SignalError[] };

/** An empty signal for the form, dated today with step 1 (map the signals) reached. */
export function emptySignal(today: Day): SignalContent {
	return { date: today, facts: '', concerns: [], steps: { 1: today }, consulted: [], decision: '' };
}

/** Checks a signal the coach entered and returns it trimmed, or the problems found. */
export function validateSignal(input: SignalContent, today: Day): Validated {
	const errors: SignalError[] = [];
	const facts = input.facts.trim();
	const decision = input.decision.trim();
	if (!isDay(input.date)) errors.push('date-invalid');
	else if (input.date > today) errors.push('date-future');
	if (facts === '') errors.push('facts-empty');
	if (facts.length > FACTS_MAX) errors.push('facts-too-long');
	if (decision.length > DECISION_MAX) errors.push('decision-too-long');
	const steps: StepDates = {};
	for (const step of MELDCODE_STEPS) {
		const day = input.steps[step];
		if (day === undefined || day === '') continue;
		if (!isDay(day)) {
			if (!errors.includes('step-date-invalid')) errors.push('step-date-invalid');
			continue;
		}
		if (isDay(input.date) && day < input.date && !errors.includes('step-before-signal')) {
			errors.push('step-before-signal');
		}
		steps[step] = day;
	}
	if (errors.length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			date: input.date,
			facts,
			concerns: CONCERN_AREAS.filter((area) => input.concerns.includes(area)),
			steps,
			consulted: CONSULTED_ROLES.filter((role) => input.consulted.includes(role)),
			decision
		}
	};
}

/** The text that gets encrypted for one signal. */
export function serialiseSignal(content: SignalContent): string {
	return JSON.stringify({ v: SIGNAL_CONTENT_VERSION, ...content });
}

/** Reads decrypted text back into a signal; unknown or broken content throws. */
export function deserialiseSignal(text: string): SignalContent {
	const raw: unknown = JSON.parse(text);
	if (typeof raw !== 'object' || raw === null) throw new Error('signal content is not an object');
	const r = raw as Record<string, unknown>;
	if (typeof r.v !== 'number' || r.v > SIGNAL_CONTENT_VERSION) {
		throw new Error('signal content of an unknown version');
	}
	const list = (value: unknown): string[] =>
		Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
	const steps: StepDates = {};
	if (typeof r.steps === 'object' && r.steps !== null) {
		const s = r.steps as Record<string, unknown>;
		for (const step of MELDCODE_STEPS) if (isDay(s[step])) steps[step] = s[step] as Day;
	}
	if (!isDay(r.date)) throw new Error('signal content without a date');
	return {
		date: r.date,
		facts: typeof r.facts === 'string' ? r.facts : '',
		concerns: CONCERN_AREAS.filter((area) => list(r.concerns).includes(area)),
		steps,
		consulted: CONSULTED_ROLES.filter((role) => list(r.consulted).includes(role)),
		decision: typeof r.decision === 'string' ? r.decision : ''
	};
}

/** Newest signal first (by date, then by when it was written). */
export function sortSignals<T extends Signal>(signals: T[]): T[] {
	return [...signals].sort(
		(a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)
	);
}
