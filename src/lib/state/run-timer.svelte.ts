/**
 * The run-mode timer as Svelte state: ticks a few times a second while the page is open, and
 * keeps its place (block, time spent, paused or running) on this device, so a reload or a
 * locked phone carries on where the coach was. Only block positions and times are kept.
 */
import { RunTimer, type RunSnapshot, type RunState } from '$lib/domain/run-timer';

const TICK_MS = 250;
const AUTO_KEY = 'kies-run-auto-advance';
const stateKey = (sessionId: string) => `kies-run:${sessionId}`;

interface Kept {
	plan: string;
	state: RunState;
}

function read<T>(key: string): T | null {
	try {
		const raw = localStorage.getItem(key);
		return raw ? (JSON.parse(raw) as T) : null;
	} catch {
		return null; // private mode or a damaged entry: start afresh, nothing is lost but the place
	}
}

function write(key: string, value: unknown): void {
	try {
		localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Storage full or blocked: the run goes on, it just will not survive a reload.
	}
}

/** Whether run mode moves on by itself when a block's time is up (a setting on this device). */
export function autoAdvanceSetting(): boolean {
	return read<boolean>(AUTO_KEY) === true;
}

export class RunTimerState {
	snapshot = $state.raw<RunSnapshot>({
		index: 0,
		remainingMs: 0,
		running: false,
		nearEnd: false,
		over: false,
		isLast: true,
		behindMs: 0
	});
	autoAdvance = $state(false);
	#timer: RunTimer;
	#key: string;
	#plan: string;
	#interval: ReturnType<typeof setInterval> | null = null;

	constructor(
		sessionId: string,
		blocks: readonly { id: string; minutes: number }[],
		clock: () => number = () => Date.now()
	) {
		this.autoAdvance = autoAdvanceSetting();
		this.#timer = new RunTimer(blocks, clock, this.autoAdvance);
		this.#key = stateKey(sessionId);
		this.#plan = blocks.map((b) => `${b.id}:${b.minutes}`).join(',');
		const kept = read<Kept>(this.#key);
		// A plan changed since (blocks added, moved or retimed) starts at block 1 again.
		if (kept && kept.plan === this.#plan) this.#timer.restore(kept.state);
		this.refresh();
	}

	refresh(): void {
		const before = this.snapshot.index;
		this.snapshot = this.#timer.snapshot();
		if (this.snapshot.index !== before) this.#keep();
	}

	#keep(): void {
		write(this.#key, { plan: this.#plan, state: this.#timer.state } satisfies Kept);
	}

	#act(action: () => void): void {
		action();
		this.#keep();
		this.refresh();
	}

	/** Starts ticking (call once the page is mounted); returns the stop function. */
	startTicking(): () => void {
		this.#interval = setInterval(() => this.refresh(), TICK_MS);
		return () => {
			if (this.#interval) clearInterval(this.#interval);
		};
	}

	toggle(): void {
		this.#act(() => this.#timer.toggle());
	}

	next(): void {
		this.#act(() => this.#timer.next());
	}

	previous(): void {
		this.#act(() => this.#timer.previous());
	}

	setAutoAdvance(on: boolean): void {
		this.autoAdvance = on;
		write(AUTO_KEY, on);
		this.#act(() => (this.#timer.autoAdvance = on));
	}

	/** Forgets the kept place (the session is over). */
	forget(): void {
		try {
			localStorage.removeItem(this.#key);
		} catch {
			// nothing kept, nothing to forget
		}
	}
}
