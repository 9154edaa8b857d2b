/**
 * The Meldcode huiselijk geweld en kindermishandeling as the toolkit uses it: five steps,
 * the concern areas to be alert to in separations, and the reminders for a signal.
 * Pure rules: no Svelte, no Dexie.
 */
import { daysBetween, isDay, type Day } from './dates';

export const MELDCODE_STEPS = [1, 2, 3, 4, 5] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];

/** The concern areas of the seed documents, plus "other". */
export const CONCERN_AREAS = [
	'financial',
	'conflicts',
	'substance-mental',
	'threats-contact',
	'violence',
	'other'
] as const;
export type ConcernArea = (typeof CONCERN_AREAS)[number];

/** Who was consulted, by role only: the log never holds other people's names. */
export const CONSULTED_ROLES = [
	'co-coach',
	'colleague',
	'care-officer',
	'veilig-thuis',
	'school-care',
	'local-team',
	'other'
] as const;
export type ConsultedRole = (typeof CONSULTED_ROLES)[number];

/** The day each step was reached; a step not reached is absent. */
export type StepDates = Partial<Record<MeldcodeStep, Day>>;

/** After this many days without a next step, the reminder says the signal is waiting. */
export const WAITING_AFTER_DAYS = 14;

export interface StepReminder {
	/** The highest step reached, or null when none is marked yet. */
	reached: MeldcodeStep | null;
	/** The step to take next, or null when step 5 (decide) is reached. */
	next: MeldcodeStep | null;
	/** Before anything is shared, talk with the child first (until step 3 is reached). */
	talkWithChildFirst: boolean;
	/** Days since the last step (or the signal) without progress, when that is too long. */
	waitingDays: number | null;
}

export function isMeldcodeStep(value: unknown): value is MeldcodeStep {
	return typeof value === 'number' && (MELDCODE_STEPS as readonly number[]).includes(value);
}

/** The highest step that has a date. */
export function highestStep(steps: StepDates): MeldcodeStep | null {
	let highest: MeldcodeStep | null = null;
	for (const step of MELDCODE_STEPS) if (isDay(steps[step])) highest = step;
	return highest;
}

/** What the coach should be reminded of for a signal on `today`. */
export function stepReminder(signalDate: Day, steps: StepDates, today: Day): StepReminder {
	const reached = highestStep(steps);
	const next = reached === null ? 1 : reached === 5 ? null : ((reached + 1) as MeldcodeStep);
	const since = reached === null ? signalDate : (steps[reached] ?? signalDate);
	const idle = isDay(since) && isDay(today) ? daysBetween(since, today) : 0;
	return {
		reached,
		next,
		talkWithChildFirst: reached === null || reached < 3,
		waitingDays: next !== null && idle >= WAITING_AFTER_DAYS ? idle : null
	};
}

/** The national numbers, as shown and as dialled. */
export const CARE_NUMBERS = {
	veiligThuis: { shown: '0800-2000', tel: 'tel:08002000' },
	emergency: { shown: '112', tel: 'tel:112' },
	kindertelefoon: { shown: '0800-0432', tel: 'tel:08000432' }
} as const;

/** A phone number as a tel: link target (digits and a leading +). */
export function telHref(phone: string): string {
	const trimmed = phone.trim();
	return 'tel:' + (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}
