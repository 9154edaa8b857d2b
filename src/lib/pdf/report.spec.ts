import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportPdf, type ReportPdfData, type ReportPdfTable } from './report';
import { loadFontBytes } from './fonts-node';
import { darkPixelsPerPage, nearEmptyPages, readPdf } from './testing';

function table(title: string, names: string[], total = true): ReportPdfTable {
	const headers = [
		'School',
		'Groepen',
		'Kinderen',
		'Afgerond',
		'Nog bezig',
		'Gestopt',
		'Gehouden',
		'Uitgevallen',
		'Aanwezig',
		'Ouders'
	];
	const rows = names.map((name, i) => [
		name,
		String(i + 1),
		String(8 * (i + 1)),
		'5',
		'2',
		'1',
		'7',
		'1',
		'84%',
		'61%'
	]);
	if (total) rows.push(['Totaal', '9', '72', '15', '6', '3', '21', '3', '84%', '61%']);
	return { title, headers, rows, numeric: headers.map((_, i) => i > 0), total };
}

const longSchool = 'Openbare Basisschool De Regenboog aan de Lange Nieuwstraat (locatie Zuid)';

async function makeReportData(overrides: Partial<ReportPdfData> = {}): Promise<ReportPdfData> {
	return {
		fonts: await loadFontBytes(),
		lang: 'nl',
		texts: {
			title: 'KIES-rapportage',
			organisation: 'Stichting Samen Sterk',
			made: 'Gemaakt op ma 2 mrt. 2026',
			period: 'vr 1 aug. 2025 tot en met vr 31 jul. 2026',
			basis: 'Basis: groepen die in de periode begonnen, met al hun bijeenkomsten.',
			filtersLabel: 'Filters',
			filters: 'School: Şirin İlkokulu',
			noNames: 'Dit rapport bevat geen namen van kinderen.',
			sourcesTitle: 'Bronnen',
			definitionsTitle: 'Wat de cijfers betekenen',
			figuresTitle: 'Cijfers',
			tablesTitle: 'Per school, coach en leeftijdsgroep',
			chartsTitle: 'Grafieken',
			empty: 'Nog geen gegevens.'
		},
		sources: ['Eigen groepen op dit apparaat: 2', 'Anne: 1 groepen, export van ma 2 mrt. 2026'],
		definitions: Array.from(
			{ length: 9 },
			(_, i) =>
				`Definitie ${i + 1}: wat dit cijfer telt en wat niet, in gewone woorden uitgelegd zodat een gemeente het kan volgen zonder het programma te kennen.`
		),
		totals: {
			title: 'Totalen',
			headers: ['Cijfer', 'Aantal', 'Van', 'Percentage'],
			rows: [
				['Kinderen bereikt', '37', '', ''],
				['Aanwezigheid', '250', '296', '84%']
			],
			numeric: [false, true, true, true],
			total: false
		},
		tables: [
			table('Per school', ['Şirin İlkokulu', 'Het Anker', longSchool]),
			table('Per coach', ['Anne', 'Bo', 'Cas', 'Mehmet'], false),
			table('Per leeftijdsgroep', ['4-6 jaar', '7-12 jaar'])
		],
		gaps: {
			title: 'Nog in te vullen',
			headers: ['Groep', 'School', 'Zonder markering', 'Nog gepland', 'Niet vastgelegd'],
			rows: [
				['Groep A', 'Het Anker', '2', '1', '0'],
				['Totaal', '', '2', '1', '0']
			],
			numeric: [false, false, true, true, true],
			total: true
		},
		gapsTitle: 'Nog in te vullen',
		gapsNone: 'Niets meer in te vullen.',
		charts: [
			{
				title: 'Groepen per school',
				description: 'Aantal groepen per school.',
				bars: [
					{ label: longSchool, value: 3, display: '3' },
					{ label: 'Het Anker', value: 1, display: '1' }
				],
				max: 3
			},
			{ title: 'Uitval per school', description: 'Deel dat stopte.', bars: [], max: 1 }
		],
		...overrides
	};
}

/** How far down each page the ink reaches, as a share of the page's height. */
function inkDepthPerPage(bytes: Uint8Array): number[] {
	const dir = mkdtempSync(join(tmpdir(), 'kies-report-'));
	try {
		writeFileSync(join(dir, 'r.pdf'), bytes);
		execFileSync('/usr/bin/pdftoppm', ['-gray', '-r', '30', join(dir, 'r.pdf'), join(dir, 'p')]);
		return readdirSync(dir)
			.filter((n) => n.endsWith('.pgm'))
			.sort()
			.map((n) => {
				const pgm = readFileSync(join(dir, n));
				const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
				const [width, height] = [Number(header[1]), Number(header[2])];
				const start = pgm.length - width * height;
				let lowest = 0;
				for (let y = 0; y < height; y++) {
					for (let x = 0; x < width; x++) {
						if (pgm[start + y * width + x] < 128) {
							lowest = y;
							break;
						}
					}
				}
				return lowest / height;
			});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('report PDF', () => {
	it('has a cover with organisation, period, basis, sources and definitions, then the tables', async () => {
		const pdf = await readPdf(await buildReportPdf(await makeReportData()));
		const cover = pdf.pages[0];
		expect(cover).toContain('Stichting Samen Sterk');
		expect(cover).toContain('vr 1 aug. 2025 tot en met vr 31 jul. 2026');
		expect(cover).toContain('Basis: groepen die in de periode begonnen');
		expect(cover).toContain('Şirin İlkokulu');
		expect(cover).toContain('Anne: 1 groepen');
		expect(cover).toContain('Definitie 9');
		const rest = pdf.pages.slice(1).join('\n');
		expect(rest).toMatch(/Aanwezigheid 250 296 84%/);
		expect(rest).toMatch(/Per school/);
		expect(rest).toMatch(/Het Anker 2 16 5 2 1 7 1 84% 61%/);
		expect(rest).toMatch(/Totaal 9 72 15/);
		expect(rest).toContain('Nog in te vullen');
		expect(rest).toContain('Nog geen gegevens.');
		expect(pdf.language).toBe('nl-NL');
	});

	it('prints a long school name in a chart whole, wrapped, not cut off', async () => {
		const pdf = await readPdf(await buildReportPdf(await makeReportData()));
		const charts = pdf.pages.slice(1).join(' ').replace(/\s+/g, ' ');
		// Once in the school table, once in the chart: both whole.
		expect(charts.split('(locatie Zuid)').length - 1).toBe(2);
	});

	for (const lang of ['nl', 'en'] as const) {
		it(`draws ink on every page and leaves no page near empty (${lang})`, async () => {
			const bytes = await buildReportPdf(await makeReportData({ lang }));
			if (process.env.KIES_REPORT_PDF) writeFileSync(process.env.KIES_REPORT_PDF, bytes);
			expect(darkPixelsPerPage(bytes).every((n) => n > 100)).toBe(true);
			const depth = inkDepthPerPage(bytes);
			// Every page but the last is filled at least halfway; the last at least a quarter.
			depth.slice(0, -1).forEach((d, i) => expect(d, `page ${i + 1}`).toBeGreaterThan(0.5));
			expect(depth[depth.length - 1]).toBeGreaterThan(0.25);
			// The writer's rule for every document (see layout.spec.ts): no page of a few lines.
			expect(nearEmptyPages(bytes)).toEqual([]);
		});
	}

	it('right-aligns the numbers of a table', async () => {
		const pdf = await buildReportPdf(
			await makeReportData({
				tables: [table('Per school', ['A', 'B'])],
				charts: []
			})
		);
		const { getDocumentProxy } = await import('unpdf');
		const doc = await getDocumentProxy(pdf);
		const page = await doc.getPage(2);
		const items = (await page.getTextContent()).items as {
			str: string;
			transform: number[];
			width: number;
		}[];
		// Row A has 8 children, the total 72: right-aligned they end where the other ends.
		const eight = items.find((i) => i.str === '8')!;
		const total = items.find((i) => i.str === '72')!;
		const end = (i: { transform: number[]; width: number }) => i.transform[4] + i.width;
		expect(Math.abs(end(eight) - end(total))).toBeLessThan(0.5);
		expect(total.transform[4]).toBeLessThan(eight.transform[4] - 2);
	});
});
