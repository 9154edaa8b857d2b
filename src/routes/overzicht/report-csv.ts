/**
 * The report as CSV for Dutch Excel: `;`, UTF-8 BOM, decimal comma, formulae escaped. One
 * table per block: a title row, a header row, the rows, an empty row. The blocks are the
 * PDF's tables (report-tables.ts), so the two never disagree.
 */
import { toCsv } from '$lib/domain/files';
import { m, lang } from '$lib/i18n';
import { formatDay, today, type Day } from '$lib/domain/dates';
import type { PeriodBasis, Report, ReportFilters } from '$lib/domain/report';
import { basisUsedText, definitions, figureRows, filtersText, schoolLabel } from './labels';
import { breakdownTables, csvValue, gapsTable, type ReportTable } from './report-tables';

export interface CsvContext {
	range: { from: Day; to: Day };
	basis: PeriodBasis;
	filters: ReportFilters;
	organisation: string;
}

function chartTables(report: Report): ReportTable[] {
	const chart = (
		id: string,
		title: string,
		header: string,
		bars: Report['charts']['groupsBySchool'],
		label: (key: string) => string
	): ReportTable => ({
		id,
		title: m.overview_csv_chart({ title }),
		headers:
			bars[0]?.of === undefined
				? [header, m.overview_csv_count()]
				: [header, m.overview_csv_count(), m.overview_csv_of(), m.overview_csv_percent()],
		rows: bars.map((bar) =>
			bar.of === undefined
				? [label(bar.key), bar.value]
				: [
						label(bar.key),
						bar.count ?? 0,
						bar.of,
						{ count: bar.count ?? 0, of: bar.of, share: bar.of === 0 ? null : bar.value }
					]
		),
		total: false
	});
	const { charts } = report;
	return [
		chart(
			'chart-attendance',
			m.overview_chart_attendance_title(),
			m.overview_col_session(),
			charts.attendanceBySession,
			(n) => m.overview_session_n({ n })
		),
		chart(
			'chart-schools',
			m.overview_chart_schools_title(),
			m.overview_col_school(),
			charts.groupsBySchool,
			schoolLabel
		),
		chart(
			'chart-dropout-band',
			m.overview_chart_dropout_band_title(),
			m.overview_age(),
			charts.dropOutByAgeBand,
			(band) => m.overview_age_band({ band })
		),
		chart(
			'chart-dropout-school',
			m.overview_chart_dropout_school_title(),
			m.overview_col_school(),
			charts.dropOutBySchool,
			schoolLabel
		)
	];
}

/** The totals as a table: figure, count, out of, percentage. */
export function totalsTable(report: Report): ReportTable {
	return {
		id: 'totals',
		title: m.overview_csv_totals(),
		headers: [
			m.overview_csv_figure(),
			m.overview_csv_count(),
			m.overview_csv_of(),
			m.overview_csv_percent()
		],
		rows: figureRows(report).map((row) =>
			row.of === null
				? [row.label, row.count, '', '']
				: [row.label, row.count, row.of, { count: row.count, of: row.of, share: row.share }]
		),
		total: false
	};
}

/** The report as CSV text, with a BOM so Excel reads it as UTF-8. */
export function reportCsv(report: Report, context: CsvContext): string {
	const rows: string[][] = [
		[m.overview_report_title()],
		[m.overview_report_organisation(), context.organisation],
		[
			m.overview_csv_period(),
			m.overview_report_period({
				from: formatDay(context.range.from, lang()),
				to: formatDay(context.range.to, lang())
			})
		],
		[m.overview_report_basis(), basisUsedText(context.basis)],
		[m.overview_report_filters(), filtersText(context.filters)],
		[m.overview_report_made({ date: formatDay(today(), lang()) })],
		[m.overview_report_no_names()],
		[]
	];
	const tables = [
		totalsTable(report),
		...breakdownTables(report),
		gapsTable(report.gaps),
		...chartTables(report)
	];
	for (const table of tables) {
		rows.push([table.title], table.headers);
		for (const row of table.rows) rows.push(row.map(csvValue));
		if (table.note) rows.push([table.note]);
		rows.push([]);
	}
	rows.push([m.overview_csv_definitions()]);
	for (const text of definitions()) rows.push([text]);
	return toCsv(rows);
}
