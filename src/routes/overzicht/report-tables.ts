/**
 * The report's tables in the user's language, one definition for the page, the CSV and the
 * PDF, so the three always hold the same rows: per school, per coach, per age band (with the
 * stop reasons), and the gaps still open. Cells stay numbers until a target formats them.
 */
import { m, lang } from '$lib/i18n';
import { formatNumber, formatPercent } from '$lib/domain/dates';
import { STOP_REASON_KEYS, type Report, type Share, type TableRow } from '$lib/domain/report';
import { schoolLabel, stopReasonText } from './labels';

export type TableValue = string | number | Share;

export interface ReportTable {
	id: string;
	title: string;
	note?: string;
	headers: string[];
	rows: TableValue[][];
	/** The last row is a total (shown in bold). */
	total: boolean;
}

function figureColumns(): string[] {
	return [
		m.overview_th_groups(),
		m.overview_th_children(),
		m.overview_th_completed(),
		m.overview_th_ongoing(),
		m.overview_th_stopped(),
		m.overview_th_held(),
		m.overview_th_cancelled(),
		m.overview_th_attendance(),
		m.overview_th_parents()
	];
}

function figureCells(row: TableRow): TableValue[] {
	return [
		row.groups,
		row.children,
		row.completed.count,
		row.ongoing,
		row.stopped.count,
		row.sessionsHeld,
		row.sessionsCancelled,
		row.attendance,
		row.parents
	];
}

function reasonCells(row: TableRow): TableValue[] {
	return [row.stopped.count, ...STOP_REASON_KEYS.map((r) => row.stopReasons[r])];
}

/** The tables per school, coach and age band, then the stop reasons per school and age band. */
export function breakdownTables(report: Report): ReportTable[] {
	const { school, coach, ageBand, total } = report.tables;
	const band = (key: string) => m.overview_age_band({ band: key });
	const totalLabel = m.overview_table_total();
	const figures = (
		id: string,
		title: string,
		header: string,
		rows: TableRow[],
		label: (key: string) => string,
		withTotal: boolean,
		note?: string
	): ReportTable => ({
		id,
		title,
		note,
		headers: [header, ...figureColumns()],
		rows: [
			...rows.map((r) => [label(r.key), ...figureCells(r)]),
			...(withTotal ? [[totalLabel, ...figureCells(total)]] : [])
		],
		total: withTotal
	});
	const reasons = (
		id: string,
		title: string,
		header: string,
		rows: TableRow[],
		label: (key: string) => string
	): ReportTable => ({
		id,
		title: `${m.overview_table_reasons()}: ${title.toLowerCase()}`,
		headers: [header, m.overview_th_stopped(), ...STOP_REASON_KEYS.map(stopReasonText)],
		rows: [
			...rows.map((r) => [label(r.key), ...reasonCells(r)]),
			[totalLabel, ...reasonCells(total)]
		],
		total: true
	});
	return [
		figures(
			'school',
			m.overview_table_school(),
			m.overview_col_school(),
			school,
			schoolLabel,
			true
		),
		figures(
			'coach',
			m.overview_table_coach(),
			m.overview_coach(),
			coach,
			(k) => k,
			false,
			m.overview_table_coach_note()
		),
		figures('band', m.overview_table_band(), m.overview_age(), ageBand, band, true),
		reasons(
			'reasons-school',
			m.overview_table_school(),
			m.overview_col_school(),
			school,
			schoolLabel
		),
		reasons('reasons-band', m.overview_table_band(), m.overview_age(), ageBand, band)
	];
}

/** The gaps still open, per group. */
export function gapsTable(gaps: Report['gaps']): ReportTable {
	return {
		id: 'gaps',
		title: m.overview_gaps_title(),
		note: m.overview_gaps_intro(),
		headers: [
			m.overview_col_group(),
			m.overview_col_school(),
			m.overview_gaps_unmarked(),
			m.overview_gaps_planned(),
			m.overview_gaps_meetings()
		],
		rows: [
			...gaps.groups.map((g) => [
				g.name,
				schoolLabel(g.school),
				g.unmarked,
				g.pastPlanned,
				g.unrecordedMeetings
			]),
			[m.overview_table_total(), '', gaps.unmarked, gaps.pastPlanned, gaps.unrecordedMeetings]
		],
		total: true
	};
}

/** A cell for people: numbers in the user's format, a share as a percentage ("–": nothing yet). */
export function displayValue(value: TableValue): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return formatNumber(value, lang());
	return value.share === null ? '–' : formatPercent(value.share, lang());
}

/** A cell for a spreadsheet: plain numbers, a share as a percentage with the decimal comma. */
export function csvValue(value: TableValue): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (value.share === null) return '';
	const text = (Math.round(value.share * 1000) / 10).toString();
	return lang() === 'nl' ? text.replace('.', ',') : text;
}
