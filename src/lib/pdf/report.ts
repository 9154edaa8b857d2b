/**
 * The coordinator's report for the municipality. A portrait cover with the organisation, the
 * period and its basis, the filters, the sources and what every figure means; then landscape
 * pages that flow without forced breaks: the totals, the tables per school, coach and age band,
 * the stop reasons, the gaps still open and the charts (labels wrap, never cut off). Numbers
 * are right-aligned. Texts and cells arrive formatted in the report's language; no child's
 * name is ever passed in.
 */
import { rgb } from 'pdf-lib';
import type { FontBytes } from './fonts';
import { GREY, LIGHT, MM, PdfWriter, type Column, type Lang } from './writer';

export interface ReportPdfChart {
	title: string;
	description: string;
	bars: { label: string; value: number; display: string }[];
	/** The value of a full-width bar. */
	max: number;
}

export interface ReportPdfTable {
	title: string;
	note?: string;
	headers: string[];
	/** Cells as shown; `numeric[i]` right-aligns column i. */
	rows: string[][];
	numeric: boolean[];
	/** The last row is a total (bold). */
	total: boolean;
}

export interface ReportPdfData {
	fonts: FontBytes;
	lang: Lang;
	texts: {
		title: string;
		organisation: string;
		made: string;
		period: string;
		basis: string;
		filtersLabel: string;
		filters: string;
		noNames: string;
		sourcesTitle: string;
		definitionsTitle: string;
		figuresTitle: string;
		tablesTitle: string;
		chartsTitle: string;
		empty: string;
	};
	sources: string[];
	definitions: string[];
	/** The totals first, then the other tables in order. */
	totals: ReportPdfTable;
	tables: ReportPdfTable[];
	gaps: ReportPdfTable | null;
	gapsTitle: string;
	gapsNone: string;
	charts: ReportPdfChart[];
}

const BAR = rgb(0.12, 0.37, 0.36);
const TABLE_SIZE = 9.5;

/** Builds the report PDF. */
export async function buildReportPdf(data: ReportPdfData): Promise<Uint8Array> {
	const { texts } = data;
	const w = await PdfWriter.create({
		fonts: data.fonts,
		title: `${texts.title} · ${texts.organisation} · ${texts.period}`,
		lang: data.lang,
		subject: texts.period,
		baseSize: 11
	});

	// Cover: who, which period on which basis, where the figures come from, what they mean.
	w.newPage('A4');
	w.space(6 * MM);
	w.heading(texts.title, 1, { bookmark: 0 });
	w.paragraph(texts.organisation, { size: 15, bold: true });
	w.paragraph(texts.period, { size: 13, bold: true });
	w.paragraph(texts.basis);
	w.paragraph(`${texts.filtersLabel}: ${texts.filters}`);
	w.paragraph(texts.made, { color: GREY });
	w.space(6);
	w.heading(texts.sourcesTitle, 3);
	w.list(data.sources);
	w.space(4);
	w.heading(texts.definitionsTitle, 2, { bookmark: 0 });
	for (const text of data.definitions) {
		w.paragraph(text, { size: 10 });
		w.space(3);
	}
	w.space(4);
	w.paragraph(texts.noNames, { color: GREY, size: 10 });

	// The figures on landscape pages that flow on.
	w.newPage('A4-landscape');
	w.heading(texts.figuresTitle, 2, { bookmark: 0 });
	drawTable(w, data.totals, [5, 1.2, 1.2, 1.4]);
	w.heading(texts.tablesTitle, 2, { bookmark: 0 });
	for (const table of data.tables) drawTable(w, table);
	w.heading(data.gapsTitle, 2, { bookmark: 0 });
	if (data.gaps) drawTable(w, data.gaps, [3, 2.4, 1.6, 1.6, 1.6]);
	else w.paragraph(data.gapsNone, { size: 10 });

	w.heading(texts.chartsTitle, 2, { bookmark: 0 });
	for (const chart of data.charts) drawChart(w, chart, texts.empty);
	return w.finish();
}

function drawTable(w: PdfWriter, table: ReportPdfTable, widths?: number[]): void {
	// Keep a table's title with at least its header and first rows.
	w.ensure(TABLE_SIZE * 9);
	w.paragraph(table.title, { bold: true, size: 11 });
	const columns: Column[] = table.headers.map((header, i) => ({
		header,
		width: widths?.[i] ?? (i === 0 ? 2.6 : 1),
		align: table.numeric[i] ? 'right' : 'left'
	}));
	const last = table.rows.length - 1;
	w.table(
		columns,
		table.rows.map((row, r) =>
			table.total && r === last ? row.map((text) => ({ text, bold: true, fill: LIGHT })) : row
		),
		{ size: TABLE_SIZE }
	);
	if (table.note) w.paragraph(table.note, { size: 9, color: GREY });
	w.space(4);
}

function drawChart(w: PdfWriter, chart: ReportPdfChart, empty: string): void {
	const size = 10;
	const lineHeight = size * 1.3;
	const labelWidth = w.width * 0.34;
	const valueWidth = w.width * 0.2;
	const barSpace = w.width - labelWidth - valueWidth - 12;
	w.ensure(60);
	w.heading(chart.title, 3, { bookmark: 1 });
	w.paragraph(chart.description, { size: 9, color: GREY });
	if (chart.bars.length === 0) {
		w.paragraph(empty, { size });
		return;
	}
	w.space(2);
	for (const bar of chart.bars) {
		// The whole label, wrapped over as many lines as it needs: never cut off.
		const lines = w.wrap(bar.label, labelWidth - 8, size);
		const row = Math.max(18, lines.length * lineHeight + 6);
		w.ensure(row);
		const top = w.y;
		lines.forEach((line, n) => w.drawText(line, w.left, top - 12 - n * lineHeight, { size }));
		const x = w.left + labelWidth;
		w.page.drawRectangle({ x, y: top - 15, width: barSpace, height: 12, color: LIGHT });
		const share = chart.max > 0 ? Math.max(0, Math.min(1, bar.value / chart.max)) : 0;
		if (share > 0) {
			w.page.drawRectangle({ x, y: top - 15, width: share * barSpace, height: 12, color: BAR });
		}
		w.drawText(bar.display, x + barSpace + 6, top - 12, { size });
		w.y -= row;
	}
	w.space(6);
}
