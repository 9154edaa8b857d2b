/** The run-mode timer as Svelte state: ticks a few times a second while the page is open. */
import { RunTimer, type RunSnapshot, type TimedBlock } from '$lib/domain/run-timer';

const TICK_MS = 250;

export class RunTimerState {
	snapshot = $state.raw<RunSnapshot>({
		index: 0,
		remainingMs: 0,
		running: false,
		nearEnd: false,
		over: false,
		isLast: true
	});
	#timer: RunTimer;
	#interval: ReturnType<typeof setInterval> | null = null;

	constructor(blocks: readonly TimedBlock[], clock: () => number = () => Date.now()) {
		this.#timer = new RunTimer(blocks, clock);
		this.refresh();
	}

	refresh(): void {
		this.snapshot = this.#timer.snapshot();
	}

	/** Starts ticking (call once the page is mounted); returns the stop function. */
	startTicking(): () => void {
		this.#interval = setInterval(() => this.refresh(), TICK_MS);
		return () => {
			if (this.#interval) clearInterval(this.#interval);
		};
	}

	toggle(): void {
		this.#timer.toggle();
		this.refresh();
	}

	next(): void {
		this.#timer.next();
		this.refresh();
	}

	previous(): void {
		this.#timer.previous();
		this.refresh();
	}
}
