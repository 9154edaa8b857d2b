import { m } from '$lib/i18n';
import { errorMessage } from '$lib/domain/errors';
import { RegisterLockedError } from '$lib/db/lock';

/** How a failure is told to the user: one sentence in the user's language. */
export type FailureText = (err: unknown) => string;

/** The default failure text: the register lock in words, otherwise "saving failed" with the reason. */
export function saveFailedText(err: unknown): string {
	if (err instanceof RegisterLockedError) return m.children_locked_error();
	return m.app_save_failed({ message: errorMessage(err) });
}

/**
 * The one busy/error/status state of a component's user actions (shown by `ui/StatusArea.svelte`):
 * `await action.run(work, doneText)` clears the last message, runs the work once at a time, and
 * ends with `status` (polite, for success) or `error` (an alert). Resolves true when the work
 * succeeded, so a caller can go on (close a form, clear a field).
 */
export class Action {
	busy = $state(false);
	error = $state<string | null>(null);
	status = $state('');
	#failureText: FailureText;

	constructor(failureText: FailureText = saveFailedText) {
		this.#failureText = failureText;
	}

	async run<T>(work: () => Promise<T>, done?: string | ((result: T) => string)): Promise<boolean> {
		this.error = null;
		this.status = '';
		this.busy = true;
		try {
			const result = await work();
			if (done !== undefined) this.status = typeof done === 'function' ? done(result) : done;
			return true;
		} catch (err) {
			this.error = this.#failureText(err);
			return false;
		} finally {
			this.busy = false;
		}
	}

	/** Shows a failure found before any work ran (a field that does not hold a date). */
	fail(text: string): void {
		this.status = '';
		this.error = text;
	}

	/** Shows a success that needed no work of its own. */
	succeed(text: string): void {
		this.error = null;
		this.status = text;
	}

	clear(): void {
		this.error = null;
		this.status = '';
	}
}

/** A new action state for one component (or one part of it). */
export function action(failureText?: FailureText): Action {
	return new Action(failureText);
}
