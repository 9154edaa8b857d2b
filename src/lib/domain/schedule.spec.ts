import { describe, expect, it } from 'vitest';
import type { HolidayRange } from '$lib/model';
import { bumpDates, meetingDates, planSeries, replanDates, skipReason } from './schedule';

// Region south 2026-27 style holidays; the shape is what matters, not the exact region.
const autumn: HolidayRange = { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' };
const christmas: HolidayRange = { name: 'Kerstvakantie', start: '2026-12-19', end: '2027-01-03' };

describe('series scheduling', () => {
	it('plans weekly dates on the weekday from the start date', () => {
		const { dates } = planSeries({
			startDate: '2026-09-01',
			weekday: 2,
			count: 3,
			schoolHolidays: []
		});
		expect(dates).toEqual(['2026-09-01', '2026-09-08', '2026-09-15']);
	});

	it('starts on the first matching weekday after a start date on another day', () => {
		const { dates } = planSeries({
			startDate: '2026-09-02',
			weekday: 2,
			count: 1,
			schoolHolidays: []
		});
		expect(dates).toEqual(['2026-09-08']);
	});

	it('skips a week that falls in the autumn holiday and tells why', () => {
		const { dates, skipped } = planSeries({
			startDate: '2026-09-29',
			weekday: 2,
			count: 8,
			schoolHolidays: [autumn]
		});
		expect(dates).toEqual([
			'2026-09-29',
			'2026-10-06',
			'2026-10-13',
			'2026-10-27',
			'2026-11-03',
			'2026-11-10',
			'2026-11-17',
			'2026-11-24'
		]);
		expect(skipped).toEqual([
			{ date: '2026-10-20', reason: { kind: 'school', name: 'Herfstvakantie' } }
		]);
	});

	it('skips the Christmas holiday across the new year', () => {
		const { dates } = planSeries({
			startDate: '2026-12-01',
			weekday: 2,
			count: 4,
			schoolHolidays: [christmas]
		});
		expect(dates).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2027-01-05']);
	});

	it('skips public holidays such as Easter Monday and Ascension Day', () => {
		const monday = planSeries({
			startDate: '2026-03-30',
			weekday: 1,
			count: 2,
			schoolHolidays: []
		});
		expect(monday.dates).toEqual(['2026-03-30', '2026-04-13']);
		expect(skipReason('2026-04-06', [])).toEqual({ kind: 'public', name: 'Tweede paasdag' });
		const thursday = planSeries({
			startDate: '2026-05-07',
			weekday: 4,
			count: 2,
			schoolHolidays: []
		});
		expect(thursday.dates).toEqual(['2026-05-07', '2026-05-21']);
	});

	it('bumps a session and all later ones a week, skipping holidays again', () => {
		const dates = ['2026-09-29', '2026-10-06', '2026-10-13', '2026-10-27'];
		expect(bumpDates(dates, 1, [autumn])).toEqual([
			'2026-09-29',
			'2026-10-13',
			'2026-10-27',
			'2026-11-03'
		]);
	});

	it('keeps the order when a bumped session catches up with a moved one', () => {
		const dates = ['2026-09-01', '2026-09-08', '2026-09-16'];
		expect(bumpDates(dates, 0, [])).toEqual(['2026-09-08', '2026-09-15', '2026-09-23']);
	});

	it('re-plans sessions not yet held and keeps held ones', () => {
		const items = [
			{ date: '2026-09-01', fixed: true },
			{ date: '2026-09-08', fixed: false },
			{ date: '2026-09-15', fixed: false }
		];
		expect(replanDates(items, '2026-09-01', 4, [])).toEqual([
			'2026-09-01',
			'2026-09-03',
			'2026-09-10'
		]);
	});

	it('puts the parent meetings a week before and after the series', () => {
		expect(meetingDates(['2026-10-13', '2026-10-27'], [autumn])).toEqual({
			information: '2026-10-06',
			evaluation: '2026-11-03'
		});
	});
});
