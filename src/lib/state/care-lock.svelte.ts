/**
 * The unlocked signal-log key, held only in memory. It is dropped on "Vergrendel", after
 * some minutes without activity, and with the page (nothing is ever written to storage).
 * The clock and timers are injectable so idle locking can be tested without waiting.
 */
import { DEFAULT_IDLE_MINUTES } from '$lib/db/signals';

export interface LockClock {
	now: () => number;
	setInterval: (fn: () => void, ms: number) => unknown;
	clearInterval: (handle: unknown) => void;
}

const realClock: LockClock = {
	now: () => Date.now(),
	setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
	clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>)
};

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll'] as const;
const CHECK_EVERY_MS = 10_000;

export class CareLock {
	#key = $state.raw<CryptoKey | null>(null);
	/** Why the log was locked last: shown to the coach once. */
	lockedBecause = $state<'idle' | 'manual' | null>(null);
	idleMinutes = $state(DEFAULT_IDLE_MINUTES);
	#idleChosen = false;
	#lastActivity = 0;
	#timer: unknown = null;
	#clock: LockClock;
	#target: EventTarget | null;
	#onActivity = () => this.touch();

	constructor(
		clock: LockClock = realClock,
		target: EventTarget | null = globalThis.document ?? null
	) {
		this.#clock = clock;
		this.#target = target;
	}

	get unlocked(): boolean {
		return this.#key !== null;
	}

	/** The key, or null when locked. */
	get key(): CryptoKey | null {
		return this.#key;
	}

	/** The coach picked the minutes: a stored value that is read later must not undo that. */
	chooseIdleMinutes(minutes: number): void {
		this.#idleChosen = true;
		this.idleMinutes = minutes;
	}

	/** The stored setting, once read; ignored when the coach has chosen meanwhile. */
	loadIdleMinutes(minutes: number): void {
		if (!this.#idleChosen) this.idleMinutes = minutes;
	}

	/** Holds the key and starts watching for idleness. */
	unlock(key: CryptoKey): void {
		this.#key = key;
		this.lockedBecause = null;
		this.touch();
		if (this.#timer === null)
			this.#timer = this.#clock.setInterval(() => this.check(), CHECK_EVERY_MS);
		for (const name of ACTIVITY_EVENTS)
			this.#target?.addEventListener(name, this.#onActivity, true);
	}

	/** Forgets the key. */
	lock(reason: 'idle' | 'manual' = 'manual'): void {
		if (this.#key === null) return;
		this.#key = null;
		this.lockedBecause = reason;
		if (this.#timer !== null) this.#clock.clearInterval(this.#timer);
		this.#timer = null;
		for (const name of ACTIVITY_EVENTS) {
			this.#target?.removeEventListener(name, this.#onActivity, true);
		}
	}

	/** Marks activity now: the idle countdown starts again. */
	touch(): void {
		this.#lastActivity = this.#clock.now();
	}

	/** Locks when the coach has been idle for the set minutes; returns true when it locked. */
	check(): boolean {
		if (this.#key === null) return false;
		if (this.#clock.now() - this.#lastActivity >= this.idleMinutes * 60_000) {
			this.lock('idle');
			return true;
		}
		return false;
	}
}

/** The app's one lock: the key survives moving between pages, never a reload. */
export const careLock = new CareLock();
