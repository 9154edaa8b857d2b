import { describe, expect, it } from 'vitest';
import { formatCountdown, RunTimer } from './run-timer';

function fakeClock() {
	let now = 1_000_000;
	return { read: () => now, advance: (ms: number) => (now += ms) };
}

describe('run timer', () => {
	it('counts down the current block while running and stands still when paused', () => {
		const clock = fakeClock();
		const timer = new RunTimer([{ minutes: 5 }, { minutes: 10 }], clock.read);
		expect(timer.snapshot().remainingMs).toBe(300_000);
		timer.start();
		clock.advance(60_000);
		expect(timer.snapshot().remainingMs).toBe(240_000);
		timer.pause();
		clock.advance(120_000);
		expect(timer.snapshot()).toMatchObject({ remainingMs: 240_000, running: false });
		timer.toggle();
		clock.advance(30_000);
		expect(timer.snapshot().remainingMs).toBe(210_000);
	});

	it('signals the last minute and then running over', () => {
		const clock = fakeClock();
		const timer = new RunTimer([{ minutes: 2 }], clock.read);
		timer.start();
		clock.advance(59_000);
		expect(timer.snapshot().nearEnd).toBe(false);
		clock.advance(2_000);
		expect(timer.snapshot()).toMatchObject({ nearEnd: true, over: false });
		clock.advance(61_000);
		expect(timer.snapshot()).toMatchObject({ nearEnd: false, over: true, remainingMs: -2_000 });
	});

	it('moves to the next and previous block with a fresh clock, within bounds', () => {
		const clock = fakeClock();
		const timer = new RunTimer([{ minutes: 5 }, { minutes: 10 }], clock.read);
		timer.start();
		clock.advance(200_000);
		timer.next();
		expect(timer.snapshot()).toMatchObject({
			index: 1,
			remainingMs: 600_000,
			isLast: true,
			running: true
		});
		timer.next();
		expect(timer.index).toBe(1);
		timer.previous();
		timer.previous();
		expect(timer.snapshot()).toMatchObject({ index: 0, remainingMs: 300_000 });
	});

	it('formats the time left as minutes and seconds', () => {
		expect(formatCountdown(245_000)).toBe('4:05');
		expect(formatCountdown(500)).toBe('0:01');
		expect(formatCountdown(-30_000)).toBe('-0:30');
		expect(formatCountdown(0)).toBe('0:00');
	});
});
