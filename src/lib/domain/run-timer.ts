/**
 * The run-mode timer as plain logic with an injected clock, so it is testable without
 * waiting: which block runs, how long it has left, pause and resume, next and previous, how far
 * the whole session is ahead or behind the plan, and (when the coach turns it on) moving on by
 * itself when a block's time is up. Its state is a small plain object, so a reload resumes it.
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
	/**
	 * The whole session against the plan: positive = behind (the finished blocks took longer,
	 * or the current one runs over), negative = ahead (finished blocks were quicker).
	 */
	behindMs: number;
}

/** What is kept across a reload. `since` is a wall-clock time, so a running block keeps running. */
export interface RunState {
	index: number;
	/** Time spent in the current block before `since`. */
	spentMs: number;
	since: number | null;
	/** Time each finished block took, by index (blocks after the current one have none). */
	doneMs: number[];
}

export const NEAR_END_MS = 60_000;

export class RunTimer {
	#state: RunState = { index: 0, spentMs: 0, since: null, doneMs: [] };

	constructor(
		private readonly blocks: readonly TimedBlock[],
		private readonly clock: () => number = () => Date.now(),
		/** Move on to the next block when the current one's time is up. */
		public autoAdvance = false
	) {}

	get index(): number {
		return this.#state.index;
	}

	get running(): boolean {
		return this.#state.since !== null;
	}

	/** A copy of the state, to keep. */
	get state(): RunState {
		this.#settle();
		return { ...this.#state, doneMs: [...this.#state.doneMs] };
	}

	/** Continues from a kept state; a state that does not fit these blocks is ignored. */
	restore(state: RunState): boolean {
		const fits =
			Number.isInteger(state.index) &&
			state.index >= 0 &&
			state.index < this.blocks.length &&
			Number.isFinite(state.spentMs) &&
			state.spentMs >= 0 &&
			(state.since === null || (Number.isFinite(state.since) && state.since <= this.clock())) &&
			Array.isArray(state.doneMs) &&
			state.doneMs.length === state.index &&
			state.doneMs.every((ms) => Number.isFinite(ms) && ms >= 0);
		if (fits) this.#state = { ...state, doneMs: [...state.doneMs] };
		return fits;
	}

	/** Starts or resumes the clock. */
	start(): void {
		if (this.#state.since === null) this.#state.since = this.clock();
	}

	pause(): void {
		this.#settle();
		if (this.#state.since === null) return;
		this.#state.spentMs += this.clock() - this.#state.since;
		this.#state.since = null;
	}

	toggle(): void {
		if (this.running) this.pause();
		else this.start();
	}

	/** Goes to the next block with a fresh clock (keeps running if it was). */
	next(): void {
		this.#settle();
		if (this.#state.index >= this.blocks.length - 1) return;
		const spent = this.#spent();
		this.#state.doneMs.push(spent);
		this.#moveTo(this.#state.index + 1, 0);
	}

	/** Back to the previous block with a fresh clock; what it took before no longer counts. */
	previous(): void {
		this.#settle();
		if (this.#state.index === 0) return;
		this.#state.doneMs.pop();
		this.#moveTo(this.#state.index - 1, 0);
	}

	#moveTo(index: number, spentMs: number): void {
		const wasRunning = this.running;
		this.#state.index = index;
		this.#state.spentMs = spentMs;
		this.#state.since = wasRunning ? this.clock() : null;
	}

	#spent(): number {
		const { spentMs, since } = this.#state;
		return spentMs + (since === null ? 0 : this.clock() - since);
	}

	#plannedMs(index: number): number {
		return (this.blocks[index]?.minutes ?? 0) * 60_000;
	}

	/** With auto-advance, hands the time past a block's end to the next block (several if need be). */
	#settle(): void {
		if (!this.autoAdvance || !this.running) return;
		while (this.#state.index < this.blocks.length - 1) {
			const planned = this.#plannedMs(this.#state.index);
			const spent = this.#spent();
			if (spent < planned) return;
			this.#state.doneMs.push(planned);
			this.#state.index += 1;
			this.#state.spentMs = spent - planned;
			this.#state.since = this.clock();
		}
	}

	/** Where the session stands now. */
	snapshot(): RunSnapshot {
		this.#settle();
		const { index, doneMs } = this.#state;
		const spent = this.#spent();
		const remainingMs = this.#plannedMs(index) - spent;
		const finishedDelta = doneMs.reduce((sum, ms, i) => sum + ms - this.#plannedMs(i), 0);
		return {
			index,
			remainingMs,
			running: this.running,
			nearEnd: remainingMs > 0 && remainingMs <= NEAR_END_MS,
			over: remainingMs <= 0,
			isLast: index >= this.blocks.length - 1,
			behindMs: finishedDelta + Math.max(0, -remainingMs)
		};
	}
}

/** "4:05" for a number of milliseconds (rounded up to whole seconds); a negative time as its size. */
export function formatCountdown(ms: number): string {
	const negative = ms < 0;
	const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Whole minutes of a delta, rounded to the nearest minute (for "3 min behind"). */
export function deltaMinutes(ms: number): number {
	return Math.round(Math.abs(ms) / 60_000);
}
