/**
 * The run-mode timer as plain logic with an injected clock, so it is testable without
 * waiting: which block runs, how long it has left, pause and resume, next and previous.
 * It never advances by itself: the coach decides when a block is done.
 */
export interface TimedBlock {
	minutes: number;
}

export interface RunSnapshot {
	index: number;
	/** Milliseconds left in the current block; negative once it runs over. */
	remainingMs: number;
	running: boolean;
	/** In the last minute of the block (and not over yet). */
	nearEnd: boolean;
	over: boolean;
	isLast: boolean;
}

export const NEAR_END_MS = 60_000;

export class RunTimer {
	#index = 0;
	#spentMs = 0;
	#since: number | null = null;

	constructor(
		private readonly blocks: readonly TimedBlock[],
		private readonly clock: () => number = () => Date.now()
	) {}

	get index(): number {
		return this.#index;
	}

	get running(): boolean {
		return this.#since !== null;
	}

	/** Starts or resumes the clock. */
	start(): void {
		if (this.#since === null) this.#since = this.clock();
	}

	pause(): void {
		if (this.#since === null) return;
		this.#spentMs += this.clock() - this.#since;
		this.#since = null;
	}

	toggle(): void {
		if (this.running) this.pause();
		else this.start();
	}

	/** Goes to the next block with a fresh clock (keeps running if it was). */
	next(): void {
		this.#goTo(Math.min(this.blocks.length - 1, this.#index + 1));
	}

	previous(): void {
		this.#goTo(Math.max(0, this.#index - 1));
	}

	#goTo(index: number): void {
		if (index === this.#index) return;
		const wasRunning = this.running;
		this.#index = index;
		this.#spentMs = 0;
		this.#since = wasRunning ? this.clock() : null;
	}

	/** Where the session stands now. */
	snapshot(): RunSnapshot {
		const block = this.blocks[this.#index];
		const spent = this.#spentMs + (this.#since === null ? 0 : this.clock() - this.#since);
		const remainingMs = (block ? block.minutes * 60_000 : 0) - spent;
		return {
			index: this.#index,
			remainingMs,
			running: this.running,
			nearEnd: remainingMs > 0 && remainingMs <= NEAR_END_MS,
			over: remainingMs <= 0,
			isLast: this.#index >= this.blocks.length - 1
		};
	}
}

/** "4:05" or "-0:30" for a number of milliseconds (rounded up to whole seconds). */
export function formatCountdown(ms: number): string {
	const negative = ms < 0;
	const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
	const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return negative && seconds > 0 ? `-${text}` : text;
}
