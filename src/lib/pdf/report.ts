/**
 * The coordinator's report for the municipality: a title page (period, filters, sources),
 * the figures as a table and the charts drawn as vector bars. Texts arrive already in the
 * report's language; no child's name is ever passed in.
 */
import { rgb } from 'pdf-lib';
import type { FontBytes } from './fonts';
import { GREY, LIGHT, MM, PdfWriter, type Lang } from './writer';

export interface ReportPdfChart {
	title: string;
	description: string;
	bars: { label: string; value: number; display: string }[];
	/** The value of a full-width bar. */
	max: number;
}

export interface ReportPdfData {
	fonts: FontBytes;
	lang: Lang;
	texts: {
		title: string;
		made: string;
		period: string;
		filtersLabel: string;
		filters: string;
		noNames: string;
		sourcesTitle: string;
		figuresTitle: string;
		chartsTitle: string;
		empty: string;
		columns: [string, string, string, string];
	};
	sources: string[];
	figures: { label: string; count: string; of: string; percent: string }[];
	charts: ReportPdfChart[];
}

const BAR = rgb(0.12, 0.37, 0.36);

/** Builds the report PDF. */
export async function buildReportPdf(data: ReportPdfData): Promise<Uint8Array> {
	const { texts } = data;
	const w = await PdfWriter.create({
		fonts: data.fonts,
		title: `${texts.title} · ${texts.period}`,
		lang: data.lang,
		subject: texts.period
	});

	// Title page.
	w.newPage();
	w.space(40 * MM);
	w.heading(texts.title, 1, { bookmark: 0 });
	w.paragraph(texts.period, { size: 16, bold: true });
	w.space(6);
	w.paragraph(`${texts.filtersLabel}: ${texts.filters}`);
	w.paragraph(texts.made, { color: GREY });
	w.space(12);
	w.heading(texts.sourcesTitle, 3);
	w.list(data.sources);
	w.space(12);
	w.paragraph(texts.noNames, { color: GREY, size: 10 });

	// Figures.
	w.newPage();
	w.heading(texts.figuresTitle, 2, { bookmark: 0 });
	const [c1, c2, c3, c4] = texts.columns;
	w.table(
		[
			{ header: c1, width: 5 },
			{ header: c2, width: 1.4 },
			{ header: c3, width: 1.4 },
			{ header: c4, width: 1.6 }
		],
		data.figures.map((f) => [f.label, f.count, f.of, f.percent]),
		{ size: 11 }
	);

	// Charts as vector bars.
	w.space(6);
	w.heading(texts.chartsTitle, 2, { bookmark: 0 });
	for (const chart of data.charts) drawChart(w, chart, texts.empty);
	return w.finish();
}

function drawChart(w: PdfWriter, chart: ReportPdfChart, empty: string): void {
	const row = 18;
	const labelWidth = w.width * 0.32;
	const valueWidth = w.width * 0.26;
	const barSpace = w.width - labelWidth - valueWidth - 12;
	w.heading(chart.title, 3, { bookmark: 1 });
	w.paragraph(chart.description, { size: 10, color: GREY });
	if (chart.bars.length === 0) {
		w.paragraph(empty, { size: 10 });
		return;
	}
	w.space(4);
	for (const bar of chart.bars) {
		w.ensure(row);
		const top = w.y;
		const label = w.wrap(bar.label, labelWidth - 6, 10)[0] ?? '';
		w.drawText(label, w.left, top - 12, { size: 10 });
		const x = w.left + labelWidth;
		w.page.drawRectangle({ x, y: top - row + 3, width: barSpace, height: row - 6, color: LIGHT });
		const share = chart.max > 0 ? Math.max(0, Math.min(1, bar.value / chart.max)) : 0;
		if (share > 0) {
			w.page.drawRectangle({
				x,
				y: top - row + 3,
				width: share * barSpace,
				height: row - 6,
				color: BAR
			});
		}
		w.drawText(bar.display, x + barSpace + 6, top - 12, { size: 10 });
		w.y -= row;
	}
	w.space(8);
}
