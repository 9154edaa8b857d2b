import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Attendance, AttendanceMark } from '$lib/model';
import { makeParticipant, makeSession } from '../../../tests/unit/factories';
import { noConsent } from './consent';
import { buildRegister, csvFileName, registerCsvRows, toCsv, type CsvLabels } from './register';

function mark(
	sessionId: string,
	participantId: string,
	value: AttendanceMark,
	extra: Partial<Attendance> = {}
): Attendance {
	return {
		sessionId,
		participantId,
		groupId: 'group-x',
		mark: value,
		reason: value === 'absent-notice' ? 'ill' : '',
		consentOverride: false,
		updatedAt: '2026-02-03T14:00:00Z',
		...extra
	};
}

const labels: CsvLabels = {
	child: 'Kind',
	consent: 'Toestemming',
	yes: 'ja',
	no: 'nee',
	erased: '(gewist)',
	session: (n, date) => `${n} (${date})`,
	mark: (m, reason) => (reason ? `${m} (${reason})` : m),
	override: '(zonder toestemming)',
	cancelled: 'vervallen',
	stopped: 'gestopt',
	attended: 'Aanwezig',
	counted: 'Telt mee',
	rate: 'Percentage',
	sessionRate: 'Per bijeenkomst',
	percent: (share) => `${Math.round(share * 100)}%`
};

function scenario() {
	const s1 = makeSession({ number: 1, date: '2026-02-03', status: 'held' });
	const s2 = makeSession({ number: 2, date: '2026-02-10', status: 'cancelled' });
	const s3 = makeSession({ number: 3, date: '2026-02-17', status: 'held' });
	const s4 = makeSession({ number: 4, date: '2026-02-24', status: 'planned' });
	const seyma = makeParticipant({ name: 'Şeyma' });
	const daan = makeParticipant({ name: 'Daan', stoppedOn: '2026-02-15', stopReason: 'moved' });
	const formula = makeParticipant({ name: '=HYPERLINK("x")', consent2: noConsent() });
	const attendance = [
		mark(s1.id, seyma.id, 'present'),
		mark(s3.id, seyma.id, 'late'),
		mark(s1.id, daan.id, 'absent-notice'),
		mark(s1.id, formula.id, 'present', { consentOverride: true }),
		mark(s3.id, formula.id, 'absent')
	];
	return { s1, s2, s3, s4, seyma, daan, formula, attendance };
}

describe('the register grid', () => {
	it('shows rates that skip cancelled sessions, count late as there and stop at the stop date', () => {
		const { s1, s2, s3, s4, seyma, daan, formula, attendance } = scenario();
		const model = buildRegister([s4, s3, s2, s1], [formula, daan, seyma], attendance);
		expect(model.columns.map((c) => c.session.number)).toEqual([1, 2, 3, 4]);
		expect(model.rows.map((r) => r.participant.name)).toEqual(['=HYPERLINK("x")', 'Şeyma', 'Daan']);
		const byName = Object.fromEntries(model.rows.map((r) => [r.participant.name, r]));
		expect(byName['Şeyma'].rate).toEqual({ attended: 2, counted: 2, unmarked: 0, rate: 1 });
		expect(byName['Daan'].rate).toEqual({ attended: 0, counted: 1, unmarked: 0, rate: 0 });
		expect(byName['=HYPERLINK("x")'].rate).toEqual({
			attended: 1,
			counted: 2,
			unmarked: 0,
			rate: 0.5
		});
		expect(model.columns.map((c) => c.rate.rate)).toEqual([2 / 3, null, 0.5, null]);
		expect(model.rate).toEqual({ attended: 3, counted: 5, unmarked: 0, rate: 0.6 });
	});

	it('tells each cell apart: marked, cancelled, after the stop, not yet held', () => {
		const { s1, s2, s3, s4, daan, attendance } = scenario();
		const model = buildRegister([s1, s2, s3, s4], [daan], attendance);
		expect(model.rows[0].cells.map((c) => c.state)).toEqual([
			'marked',
			'cancelled',
			'stopped',
			'stopped'
		]);
		expect(model.rows[0].cells[0]).toMatchObject({ mark: 'absent-notice', reason: 'ill' });
	});

	it('shows a held session without a mark as a gap to fill, not as an absence', () => {
		const { s1, seyma } = scenario();
		const model = buildRegister([s1], [seyma], []);
		expect(model.rows[0].cells[0].state).toBe('unmarked');
		expect(model.rows[0].rate).toEqual({ attended: 0, counted: 0, unmarked: 1, rate: null });
	});
});

describe('the register as CSV', () => {
	it('writes a row per child with the consent flag, marks and rates', () => {
		const { s1, s2, s3, seyma, formula, attendance } = scenario();
		const rows = registerCsvRows(buildRegister([s1, s2, s3], [seyma, formula], attendance), labels);
		expect(rows[0]).toEqual([
			'Kind',
			'Toestemming',
			'1 (2026-02-03)',
			'2 (2026-02-10)',
			'3 (2026-02-17)',
			'Aanwezig',
			'Telt mee',
			'Percentage'
		]);
		expect(rows[1]).toEqual([
			'=HYPERLINK("x")',
			'nee',
			'present (zonder toestemming)',
			'vervallen',
			'absent',
			'1',
			'2',
			'50%'
		]);
		expect(rows[2]).toEqual(['Şeyma', 'ja', 'present', 'vervallen', 'late', '2', '2', '100%']);
		expect(rows[3]).toEqual(['Per bijeenkomst', '', '100%', 'vervallen', '50%', '3', '4', '75%']);
	});

	it('starts with a BOM, uses semicolons, keeps Ş and makes a leading = harmless', () => {
		const { s1, seyma, formula, attendance } = scenario();
		const csv = toCsv(registerCsvRows(buildRegister([s1], [seyma, formula], attendance), labels));
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(parsed[1][0]).toBe(`'=HYPERLINK("x")`);
		expect(parsed[2][0]).toBe('Şeyma');
		expect(parsed[0]).toHaveLength(6);
	});
});

describe('the export file name', () => {
	it('folds accents and punctuation into a plain name', () => {
		expect(csvFileName('presentielijst', 'Şeyma’s groep 7-12!', '2026-03-02')).toBe(
			'presentielijst-seyma-s-groep-7-12-2026-03-02.csv'
		);
	});
});
