import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computeReport, NO_FILTERS, type ReportGroup } from '$lib/domain/report';
import { reportCsv } from './report-csv';

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
		sessions: [{ id: 's1', number: 1, date: '2025-09-02', status: 'held' }],
		children: [
			{ id: 'c1', stoppedOn: null },
			{ id: 'c2', stoppedOn: null }
		],
		marks: [{ sessionId: 's1', participantId: 'c1', mark: 'present' }],
		meetings: [],
		...overrides
	};
}

const range = { from: '2025-08-01', to: '2026-07-31' };

describe('report CSV', () => {
	it('starts with a BOM and separates with semicolons, for Dutch Excel', () => {
		const csv = reportCsv(
			computeReport([makeReportGroup()], NO_FILTERS, '2026-01-01'),
			range,
			NO_FILTERS
		);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(rows).toContainEqual(['Kinderen bereikt', '2', '', '']);
		expect(rows).toContainEqual(['Aanwezigheid', '1', '2', '50']);
	});

	it('defuses a formula hidden in a school name from an imported file', () => {
		const hostile = makeReportGroup({ school: '=HYPERLINK("http://x","klik")' });
		const csv = reportCsv(computeReport([hostile], NO_FILTERS, '2026-01-01'), range, NO_FILTERS);
		const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		const cells = rows.flat();
		expect(cells.some((cell) => cell.startsWith('='))).toBe(false);
		expect(cells).toContain(`'=HYPERLINK("http://x","klik")`);
	});
});
