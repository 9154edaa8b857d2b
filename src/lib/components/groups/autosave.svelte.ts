/**
 * Debounced autosave with a visible status. Each kind of edit has its own key, so a quick
 * edit of one thing never drops the pending save of another. Pending saves are flushed when
 * the page is hidden or the coach navigates away, so a reload never loses an edit.
 */
import { saveFailedText } from './labels';
import { beforeNavigate } from '$app/navigation';
import { onMount } from 'svelte';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export const AUTOSAVE_DELAY_MS = 400;

export class Autosave {
	status = $state<SaveStatus>('idle');
	error = $state<string | null>(null);
	// Not rendered, so a plain Map: nothing reads it reactively.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pending = new Map<string, () => Promise<void>>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#running: Promise<void> = Promise.resolve();

	/** Plans a save under `key`, replacing an earlier one with the same key. */
	schedule(key: string, task: () => Promise<void>): void {
		this.#pending.set(key, task);
		this.status = 'pending';
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
	}

	/** Runs every pending save now; resolves when they are written. */
	flush(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const tasks = [...this.#pending.values()];
		this.#pending.clear();
		if (tasks.length === 0) return this.#running;
		this.status = 'saving';
		this.#running = this.#running.then(async () => {
			try {
				for (const task of tasks) await task();
				if (this.#pending.size === 0) this.status = 'saved';
				this.error = null;
			} catch (err) {
				this.status = 'error';
				this.error = saveFailedText(err);
			}
		});
		return this.#running;
	}
}

/** Flushes the autosave on navigation, when the tab is hidden and when the page unloads. */
export function flushOnLeave(autosave: Autosave): void {
	beforeNavigate(() => {
		void autosave.flush();
	});
	onMount(() => {
		const flush = () => void autosave.flush();
		const onVisibility = () => {
			if (document.visibilityState === 'hidden') flush();
		};
		document.addEventListener('visibilitychange', onVisibility);
		window.addEventListener('pagehide', flush);
		return () => {
			document.removeEventListener('visibilitychange', onVisibility);
			window.removeEventListener('pagehide', flush);
			flush();
		};
	});
}
