import { describe, expect, it } from 'vitest';
import { telHref } from './meldcode';
import { highestStep, stepReminder, WAITING_AFTER_DAYS } from './meldcode-reminder';
import { addDays } from './dates';

describe('Meldcode step reminders', () => {
	it('asks for step 1 and talking with the child first when no step is marked', () => {
		const reminder = stepReminder('2026-03-02', {}, '2026-03-02');
		expect(reminder).toEqual({
			reached: null,
			next: 1,
			talkWithChildFirst: true,
			waitingDays: null
		});
	});

	it('points to the step after the highest one reached', () => {
		const reminder = stepReminder('2026-03-02', { 1: '2026-03-02', 2: '2026-03-04' }, '2026-03-05');
		expect(reminder.reached).toBe(2);
		expect(reminder.next).toBe(3);
		expect(reminder.talkWithChildFirst).toBe(true);
	});

	it('stops reminding to talk with the child once step 3 (talking) is reached', () => {
		const steps = { 1: '2026-03-02', 2: '2026-03-03', 3: '2026-03-04' };
		const reminder = stepReminder('2026-03-02', steps, '2026-03-05');
		expect(reminder.next).toBe(4);
		expect(reminder.talkWithChildFirst).toBe(false);
	});

	it('has no next step once the decision (step 5) is taken', () => {
		const steps = { 1: '2026-03-02', 5: '2026-03-20' };
		const reminder = stepReminder('2026-03-02', steps, '2026-06-01');
		expect(reminder.next).toBeNull();
		expect(reminder.waitingDays).toBeNull();
	});

	it('says how long a signal has waited since its last step when that is too long', () => {
		const last = '2026-03-02';
		const today = addDays(last, WAITING_AFTER_DAYS);
		expect(stepReminder(last, { 1: last }, today).waitingDays).toBe(WAITING_AFTER_DAYS);
		expect(stepReminder(last, { 1: last }, addDays(today, -1)).waitingDays).toBeNull();
	});

	it('ignores steps without a valid date', () => {
		expect(highestStep({ 1: '2026-03-02', 2: '' })).toBe(1);
		expect(highestStep({ 3: '2026-02-30' })).toBeNull();
	});
});

describe('telHref', () => {
	it('keeps only digits and a leading plus', () => {
		expect(telHref('0800-2000')).toBe('tel:08002000');
		expect(telHref(' +31 (0)20 123 45 67 ')).toBe('tel:+310201234567');
	});
});
