import { describe, expect, it } from 'vitest';
import { CareLock, type LockClock } from './care-lock.svelte';

function fakeClock() {
	let now = 1_000_000;
	const timers = new Map<number, () => void>();
	let next = 1;
	const clock: LockClock = {
		now: () => now,
		setInterval: (fn) => {
			timers.set(next, fn);
			return next++;
		},
		clearInterval: (handle) => timers.delete(handle as number)
	};
	return {
		clock,
		timers,
		advance(ms: number) {
			now += ms;
			for (const fn of [...timers.values()]) fn();
		}
	};
}

const key = {} as CryptoKey;

describe('CareLock', () => {
	it('holds the key after unlock and forgets it on lock', () => {
		const { clock } = fakeClock();
		const lock = new CareLock(clock, null);
		expect(lock.unlocked).toBe(false);
		lock.unlock(key);
		expect(lock.key).toBe(key);
		lock.lock();
		expect(lock.key).toBeNull();
		expect(lock.lockedBecause).toBe('manual');
	});

	it('locks itself after the set minutes without activity', () => {
		const fake = fakeClock();
		const lock = new CareLock(fake.clock, null);
		lock.idleMinutes = 5;
		lock.unlock(key);
		fake.advance(4 * 60_000 + 59_000);
		expect(lock.unlocked).toBe(true);
		fake.advance(1_000);
		expect(lock.unlocked).toBe(false);
		expect(lock.lockedBecause).toBe('idle');
		expect(fake.timers.size).toBe(0);
	});

	it('keeps the minutes the coach chose when the stored setting arrives later', () => {
		const lock = new CareLock(fakeClock().clock, null);
		lock.loadIdleMinutes(10);
		expect(lock.idleMinutes).toBe(10);
		lock.chooseIdleMinutes(2);
		lock.loadIdleMinutes(5);
		expect(lock.idleMinutes).toBe(2);
	});

	it('starts the idle countdown again on activity', () => {
		const fake = fakeClock();
		const target = new EventTarget();
		const lock = new CareLock(fake.clock, target);
		lock.idleMinutes = 2;
		lock.unlock(key);
		fake.advance(90_000);
		target.dispatchEvent(new Event('keydown'));
		fake.advance(90_000);
		expect(lock.unlocked).toBe(true);
		fake.advance(30_000);
		expect(lock.unlocked).toBe(false);
	});

	it('stops listening for activity once locked', () => {
		const fake = fakeClock();
		const target = new EventTarget();
		const lock = new CareLock(fake.clock, target);
		lock.idleMinutes = 1;
		lock.unlock(key);
		lock.lock();
		target.dispatchEvent(new Event('keydown'));
		expect(lock.check()).toBe(false);
		expect(lock.unlocked).toBe(false);
	});
});
