/** The figures and chart tables as CSV for Dutch Excel: `;`, UTF-8 BOM, formulae escaped. */
import Papa from 'papaparse';
import { m, lang } from '$lib/i18n';
import { formatDay, type Day } from '$lib/domain/dates';
import type { Report, ReportFilters } from '$lib/domain/report';
import { figureRows, filtersText, schoolLabel } from './labels';

function percent(share: number | null | undefined): string {
	return share === null || share === undefined
		? ''
		: (Math.round(share * 1000) / 10).toString().replace('.', lang() === 'nl' ? ',' : '.');
}

/** The report as CSV text, with a BOM so Excel reads it as UTF-8. */
export function reportCsv(
	report: Report,
	range: { from: Day; to: Day },
	filters: ReportFilters
): string {
	const rows: string[][] = [
		[m.overview_report_title()],
		[
			m.overview_csv_period(),
			m.overview_report_period({
				from: formatDay(range.from, lang()),
				to: formatDay(range.to, lang())
			})
		],
		[m.overview_report_filters(), filtersText(filters)],
		[],
		[m.overview_csv_figure(), m.overview_csv_count(), m.overview_csv_of(), m.overview_csv_percent()]
	];
	for (const row of figureRows(report)) {
		rows.push([
			row.label,
			String(row.count),
			row.of === null ? '' : String(row.of),
			percent(row.share)
		]);
	}
	const chart = (
		title: string,
		bars: Report['charts']['groupsBySchool'],
		label: (key: string) => string
	) => {
		rows.push([], [title, m.overview_csv_count(), m.overview_csv_of(), m.overview_csv_percent()]);
		for (const bar of bars) {
			rows.push(
				bar.of === undefined
					? [label(bar.key), String(bar.value), '', '']
					: [
							label(bar.key),
							String(bar.count),
							String(bar.of),
							percent(bar.of === 0 ? null : bar.value)
						]
			);
		}
	};
	chart(m.overview_chart_attendance_title(), report.charts.attendanceBySession, (n) =>
		m.overview_session_n({ n })
	);
	chart(m.overview_chart_schools_title(), report.charts.groupsBySchool, schoolLabel);
	chart(m.overview_chart_dropout_band_title(), report.charts.dropOutByAgeBand, (band) =>
		m.overview_age_band({ band })
	);
	chart(m.overview_chart_dropout_school_title(), report.charts.dropOutBySchool, schoolLabel);
	return '\uFEFF' + Papa.unparse(rows, { delimiter: ';', escapeFormulae: true, newline: '\r\n' });
}
