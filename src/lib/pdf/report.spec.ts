import { describe, expect, it } from 'vitest';
import { buildReportPdf, type ReportPdfData } from './report';
import { loadFontBytes } from './fonts-node';
import { darkPixelsPerPage, readPdf } from './testing';

async function makeReportData(overrides: Partial<ReportPdfData> = {}): Promise<ReportPdfData> {
	return {
		fonts: await loadFontBytes(),
		lang: 'nl',
		texts: {
			title: 'KIES-rapportage',
			made: 'Gemaakt op ma 2 mrt. 2026',
			period: 'vr 1 aug. 2025 tot en met vr 31 jul. 2026',
			filtersLabel: 'Filters',
			filters: 'School: Şirin İlkokulu',
			noNames: 'Dit rapport bevat geen namen van kinderen.',
			sourcesTitle: 'Bronnen',
			figuresTitle: 'Cijfers',
			chartsTitle: 'Grafieken',
			empty: 'Nog geen gegevens.',
			columns: ['Cijfer', 'Aantal', 'Van', 'Percentage']
		},
		sources: ['Eigen groepen op dit apparaat: 2', 'Anne: 1 groepen, export van ma 2 mrt. 2026'],
		figures: [
			{ label: 'Kinderen bereikt', count: '37', of: '', percent: '' },
			{ label: 'Aanwezigheid', count: '250', of: '296', percent: '84%' }
		],
		charts: [
			{
				title: 'Groepen per school',
				description: 'Aantal groepen per school.',
				bars: [
					{ label: 'Şirin İlkokulu', value: 3, display: '3' },
					{ label: 'Het Anker', value: 1, display: '1' }
				],
				max: 3
			},
			{ title: 'Uitval per school', description: 'Deel dat stopte.', bars: [], max: 1 }
		],
		...overrides
	};
}

describe('report PDF', () => {
	it('has a title page with period, filters and sources, then figures and charts', async () => {
		const pdf = await readPdf(await buildReportPdf(await makeReportData()));
		expect(pdf.pageCount).toBe(2);
		expect(pdf.pages[0]).toContain('KIES-rapportage');
		expect(pdf.pages[0]).toContain('vr 1 aug. 2025 tot en met vr 31 jul. 2026');
		expect(pdf.pages[0]).toContain('Şirin İlkokulu');
		expect(pdf.pages[0]).toContain('Anne: 1 groepen');
		expect(pdf.pages[1]).toMatch(/Aanwezigheid 250 296 84%/);
		expect(pdf.pages[1]).toContain('Groepen per school');
		expect(pdf.pages[1]).toContain('Nog geen gegevens.');
		expect(pdf.outline).toEqual([
			'KIES-rapportage',
			'Cijfers',
			'Grafieken',
			'  Groepen per school',
			'  Uitval per school'
		]);
		expect(pdf.language).toBe('nl-NL');
	});

	it('draws ink on every page', async () => {
		const dark = darkPixelsPerPage(await buildReportPdf(await makeReportData()));
		expect(dark.every((n) => n > 100)).toBe(true);
	});
});
