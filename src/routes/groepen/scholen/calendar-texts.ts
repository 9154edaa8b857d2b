/** The coach's words for a refused calendar file or holiday row. */
import { m } from '$lib/i18n';
import type { HolidayRange } from '$lib/model';
import type { IcsReadProblem } from '$lib/domain/ics-read';
import { HOLIDAY_MAX_DAYS, HOLIDAY_YEARS, holidayProblem } from '$lib/domain/holiday-rules';
import { isDay } from '$lib/domain/dates';
import { day } from '$lib/components/groups/labels';

const limits = {
	minYear: String(HOLIDAY_YEARS.min),
	maxYear: String(HOLIDAY_YEARS.max),
	maxDays: String(HOLIDAY_MAX_DAYS)
};

// Day labels for years like 0001 would be misleading; the raw yyyy-MM-dd reads plainly.
function shown(value: string): string {
	const year = Number(value.slice(0, 4));
	return isDay(value) && year >= HOLIDAY_YEARS.min && year <= HOLIDAY_YEARS.max
		? day(value)
		: value;
}

export function icsProblemText(problem: IcsReadProblem): string {
	switch (problem.code) {
		case 'not-calendar':
			return m.calendar_not_calendar();
		case 'truncated':
			return m.calendar_truncated();
		case 'empty':
			return m.calendar_empty();
		case 'no-dates':
			return m.calendar_no_dates({ n: String(problem.skipped) });
		case 'absurd':
			return m.calendar_absurd({
				name: problem.range.name,
				start: shown(problem.range.start),
				end: shown(problem.range.end),
				...limits
			});
	}
}

export function holidayProblemText(range: HolidayRange): string {
	const name = range.name.trim() || '…';
	switch (holidayProblem(range)) {
		case 'invalid':
			return m.calendar_holiday_invalid();
		case 'order':
			return m.calendar_holiday_order({ name });
		case 'years':
			return m.calendar_holiday_years({ name, ...limits });
		case 'too-long':
			return m.calendar_holiday_too_long({ name, ...limits });
		default:
			return '';
	}
}
