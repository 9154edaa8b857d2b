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
		expect(formatCountdown(-30_000)).toBe('0:30');
		expect(formatCountdown(-61_000)).toBe('1:01');
		expect(formatCountdown(0)).toBe('0:00');
	});

	it('shows the whole session ahead or behind the plan', () => {
		const clock = fakeClock();
		const timer = new RunTimer([{ minutes: 5 }, { minutes: 10 }, { minutes: 5 }], clock.read);
		timer.start();
		clock.advance(3 * 60_000); // the welcome took 3 of its 5 minutes
		timer.next();
		expect(timer.snapshot().behindMs).toBe(-120_000);
		clock.advance(13 * 60_000); // the talk runs 3 minutes over
		expect(timer.snapshot().behindMs).toBe(60_000);
		timer.next();
		expect(timer.snapshot()).toMatchObject({ index: 2, behindMs: 60_000 });
		timer.previous();
		expect(timer.snapshot()).toMatchObject({ index: 1, behindMs: -120_000 });
	});

	it('resumes a kept state: same block, same time spent, still paused or still running', () => {
		const clock = fakeClock();
		const blocks = [{ minutes: 5 }, { minutes: 10 }];
		const timer = new RunTimer(blocks, clock.read);
		timer.start();
		clock.advance(60_000);
		timer.next();
		clock.advance(90_000);
		const kept = JSON.parse(JSON.stringify(timer.state));
		clock.advance(10_000); // the reload itself takes a moment; the block goes on
		const again = new RunTimer(blocks, clock.read);
		expect(again.restore(kept)).toBe(true);
		expect(again.snapshot()).toMatchObject({
			index: 1,
			running: true,
			remainingMs: 500_000,
			behindMs: -240_000
		});
		again.pause();
		const paused = again.state;
		clock.advance(60_000);
		const third = new RunTimer(blocks, clock.read);
		third.restore(paused);
		expect(third.snapshot()).toMatchObject({ running: false, remainingMs: 500_000 });
	});

	it('ignores a kept state that does not fit the plan', () => {
		const timer = new RunTimer([{ minutes: 5 }], fakeClock().read);
		expect(timer.restore({ index: 3, spentMs: 0, since: null, doneMs: [1, 2, 3] })).toBe(false);
		expect(timer.snapshot().index).toBe(0);
	});

	it('moves on by itself when asked, carrying the extra seconds into the next block', () => {
		const clock = fakeClock();
		const timer = new RunTimer([{ minutes: 1 }, { minutes: 2 }, { minutes: 1 }], clock.read, true);
		timer.start();
		clock.advance(61_000);
		expect(timer.snapshot()).toMatchObject({ index: 1, remainingMs: 119_000, behindMs: 0 });
		clock.advance(10 * 60_000); // long away: it runs through to the last block and over
		expect(timer.snapshot()).toMatchObject({ index: 2, isLast: true, over: true });
		timer.autoAdvance = false;
		const manual = new RunTimer([{ minutes: 1 }, { minutes: 1 }], clock.read);
		manual.start();
		clock.advance(120_000);
		expect(manual.snapshot()).toMatchObject({ index: 0, over: true, behindMs: 60_000 });
	});
});
