/**
 * The reminders for a signal: which Meldcode step is reached, which is next, and whether the
 * signal has been waiting too long. Pure rules: no Svelte, no Dexie.
 */
import { daysBetween, isDay, type Day } from './dates';
import { MELDCODE_STEPS, type MeldcodeStep } from './meldcode';

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
