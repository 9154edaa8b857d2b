import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computeReport, NO_FILTERS, type ReportGroup } from '$lib/domain/report';
import { reportCsv, type CsvContext } from './report-csv';

function makeReportGroup(overrides: Partial<ReportGroup> = {}): ReportGroup {
	return {
		key: 'g',
		source: { kind: 'own', groupId: 'g' },
		name: 'Groep',
		school: 'De Regenboog',
		coaches: ['Anne'],
		ageBand: '7-12',
		startDate: '2025-09-02',
		status: 'finished',
		sessions: [
			{ id: 's1', number: 1, date: '2025-09-02', status: 'held' },
			{ id: 's2', number: 2, date: '2025-09-09', status: 'held' }
		],
		children: [
			{ id: 'c1', startedOn: null, stoppedOn: null, stopReason: '' },
			{ id: 'c2', startedOn: null, stoppedOn: null, stopReason: '' },
			{ id: 'c3', startedOn: null, stoppedOn: '2025-09-05', stopReason: 'moved' }
		],
		marks: [
			{ sessionId: 's1', participantId: 'c1', mark: 'present' },
			{ sessionId: 's1', participantId: 'c2', mark: 'absent' },
			{ sessionId: 's1', participantId: 'c3', mark: 'present' },
			{ sessionId: 's2', participantId: 'c1', mark: 'present' }
		],
		meetings: [],
		setAside: false,
		...overrides
	};
}

const context: CsvContext = {
	range: { from: '2025-08-01', to: '2026-07-31' },
	basis: 'started',
	filters: NO_FILTERS,
	organisation: 'Stichting Samen'
};

function parse(csv: string): string[][] {
	return Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
}

/** The rows of the block whose title row is `title`, up to the empty row. */
function block(rows: string[][], title: string): string[][] {
	const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
	expect(start, title).toBeGreaterThanOrEqual(0);
	const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
	return rows.slice(start + 1, end);
}

describe('report CSV', () => {
	const report = computeReport([makeReportGroup()], NO_FILTERS, '2026-01-01');

	it('starts with a BOM and separates with semicolons, for Dutch Excel', () => {
		const csv = reportCsv(report, context);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parse(csv);
		expect(rows).toContainEqual(['Organisatie', 'Stichting Samen']);
		expect(rows.find((r) => r[0] === 'Basis')?.[1]).toMatch(/^Basis: groepen die in de periode/);
	});

	it('writes a percentage with the decimal comma', () => {
		const totals = block(parse(reportCsv(report, context)), 'Totalen');
		// c1 2 of 2, c2 0 of 1, c3 1 of 1 (stopped after s1): 3 of 4.
		expect(totals).toContainEqual(['Aanwezigheid', '3', '4', '75']);
		expect(totals).toContainEqual(['Afgerond (groep klaar, kind niet gestopt)', '2', '3', '66,7']);
	});

	it('has one block per table, each with a title row and a header row', () => {
		const rows = parse(reportCsv(report, context));
		const school = block(rows, 'Per school');
		expect(school[0]).toEqual([
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
		]);
		expect(school[1]).toEqual(['De Regenboog', '1', '3', '2', '0', '1', '2', '0', '75', '']);
		expect(school[2][0]).toBe('Totaal');
		expect(block(rows, 'Per coach')[1][0]).toBe('Anne');
		expect(block(rows, 'Per leeftijdsgroep')[1][0]).toBe('7-12 jaar');
		const reasons = block(rows, 'Gestopt, naar reden: per school');
		expect(reasons[0]).toContain('verhuisd of andere school');
		expect(reasons[1].slice(0, 3)).toEqual(['De Regenboog', '1', '1']);
		expect(block(rows, 'Nog in te vullen')[0][0]).toBe('Groep');
		expect(block(rows, 'Grafiek: Aanwezigheid per bijeenkomst')[1]).toEqual([
			'Bijeenkomst 1',
			'2',
			'3',
			'66,7'
		]);
		expect(rows.some((r) => r[0] === 'Definities')).toBe(true);
	});

	it('defuses a formula hidden in a school name from an imported file', () => {
		const hostile = makeReportGroup({ school: '=HYPERLINK("http://x","klik")' });
		const csv = reportCsv(computeReport([hostile], NO_FILTERS, '2026-01-01'), context);
		const cells = parse(csv).flat();
		expect(cells.some((cell) => cell.startsWith('='))).toBe(false);
		expect(cells).toContain(`'=HYPERLINK("http://x","klik")`);
	});
});
