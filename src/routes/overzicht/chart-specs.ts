/** The overview's charts in the user's language: shared by the page and the PDF report. */
import { m, lang } from '$lib/i18n';
import { formatNumber, formatPercent } from '$lib/domain/dates';
import type { ChartBar, Report } from '$lib/domain/report';
import type { Bar } from '$lib/components/charts/BarChart.svelte';
import { schoolLabel } from './labels';

export interface ChartSpec {
	id: string;
	title: string;
	description: string;
	header: string;
	/** The report's bars (with the group keys behind each). */
	source: ChartBar[];
	bars: Bar[];
	max: number;
}

function rateBars(bars: ChartBar[], label: (key: string) => string): Bar[] {
	return bars.map((b) => ({
		key: b.key,
		label: label(b.key),
		value: b.value,
		short: formatPercent(b.value, lang()),
		display: `${formatPercent(b.value, lang())} (${m.overview_share({ count: String(b.count ?? 0), of: String(b.of ?? 0) })})`
	}));
}

/** Attendance per session number, groups per school, drop-out per age band and per school. */
export function chartSpecs(report: Report): ChartSpec[] {
	const { charts } = report;
	return [
		{
			id: 'attendance',
			title: m.overview_chart_attendance_title(),
			description: m.overview_chart_attendance_desc(),
			header: m.overview_col_session(),
			source: charts.attendanceBySession,
			bars: rateBars(charts.attendanceBySession, (n) => m.overview_session_n({ n })),
			max: 1
		},
		{
			id: 'schools',
			title: m.overview_chart_schools_title(),
			description: m.overview_chart_schools_desc(),
			header: m.overview_col_school(),
			source: charts.groupsBySchool,
			bars: charts.groupsBySchool.map((b) => ({
				key: b.key,
				label: schoolLabel(b.key),
				value: b.value,
				display: formatNumber(b.value, lang())
			})),
			max: Math.max(1, ...charts.groupsBySchool.map((b) => b.value))
		},
		{
			id: 'dropout-band',
			title: m.overview_chart_dropout_band_title(),
			description: m.overview_chart_dropout_desc(),
			header: m.overview_age(),
			source: charts.dropOutByAgeBand,
			bars: rateBars(charts.dropOutByAgeBand, (band) => m.overview_age_band({ band })),
			max: 1
		},
		{
			id: 'dropout-school',
			title: m.overview_chart_dropout_school_title(),
			description: m.overview_chart_dropout_desc(),
			header: m.overview_col_school(),
			source: charts.dropOutBySchool,
			bars: rateBars(charts.dropOutBySchool, schoolLabel),
			max: 1
		}
	];
}
