/**
 * The attendance register of a group: children × sessions, with the rates of
 * `attendance.ts`, and the same grid as CSV rows for a spreadsheet.
 */
import { fileName, slug } from './files';
import type { Attendance, AttendanceMark, Participant, Session } from '$lib/model';
import { childRate, groupRate, sessionRate, type Rate } from './attendance';
import { consentComplete } from './consent';

/** What a grid cell shows. */
export type CellState = 'marked' | 'unmarked' | 'open' | 'cancelled' | 'stopped';

export interface RegisterCell {
	sessionId: string;
	state: CellState;
	mark: AttendanceMark | null;
	reason: Attendance['reason'];
	consentOverride: boolean;
}

export interface RegisterRow {
	participant: Participant;
	consentComplete: boolean;
	cells: RegisterCell[];
	rate: Rate;
}

export interface RegisterColumn {
	session: Session;
	rate: Rate;
}

export interface RegisterModel {
	columns: RegisterColumn[];
	rows: RegisterRow[];
	rate: Rate;
}

function rowOrder(a: Participant, b: Participant): number {
	const rank = (p: Participant) => (p.erasedAt ? 2 : p.stoppedOn ? 1 : 0);
	return rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);
}

/** Builds the grid: enrolled children by name, then stopped, then erased; sessions by number. */
export function buildRegister(
	sessions: readonly Session[],
	participants: readonly Participant[],
	attendance: readonly Attendance[]
): RegisterModel {
	const ordered = [...sessions].sort((a, b) => a.number - b.number);
	const children = [...participants].sort(rowOrder);
	const index = new Map(attendance.map((a) => [`${a.sessionId}|${a.participantId}`, a]));
	const rows = children.map((participant): RegisterRow => {
		const cells = ordered.map((session): RegisterCell => {
			const entry = index.get(`${session.id}|${participant.id}`);
			let state: CellState;
			if (session.status === 'cancelled') state = 'cancelled';
			else if (participant.stoppedOn !== null && session.date >= participant.stoppedOn)
				state = 'stopped';
			else if (entry) state = 'marked';
			else state = session.status === 'held' ? 'unmarked' : 'open';
			const shown = state === 'marked' && entry;
			return {
				sessionId: session.id,
				state,
				mark: shown ? entry.mark : null,
				reason: shown ? entry.reason : '',
				consentOverride: shown ? entry.consentOverride : false
			};
		});
		return {
			participant,
			consentComplete: consentComplete(participant),
			cells,
			rate: childRate(participant, ordered, attendance)
		};
	});
	return {
		columns: ordered.map((session) => ({
			session,
			rate: sessionRate(session, children, attendance)
		})),
		rows,
		rate: groupRate(children, ordered, attendance)
	};
}

/** The words the CSV uses, in the coach's language. */
export interface CsvLabels {
	child: string;
	consent: string;
	yes: string;
	no: string;
	erased: string;
	session: (number: number, date: string) => string;
	mark: (mark: AttendanceMark, reason: Attendance['reason']) => string;
	override: string;
	cancelled: string;
	stopped: string;
	attended: string;
	counted: string;
	rate: string;
	sessionRate: string;
	percent: (share: number) => string;
}

function rateCell(rate: Rate, labels: CsvLabels): string {
	return rate.rate === null ? '' : labels.percent(rate.rate);
}

function cellText(cell: RegisterCell, labels: CsvLabels): string {
	switch (cell.state) {
		case 'cancelled':
			return labels.cancelled;
		case 'stopped':
			return labels.stopped;
		case 'marked': {
			const text = labels.mark(cell.mark as AttendanceMark, cell.reason);
			return cell.consentOverride ? `${text} ${labels.override}` : text;
		}
		default:
			return '';
	}
}

/** The grid as rows of text: a header, one row per child, and the session rates. */
export function registerCsvRows(model: RegisterModel, labels: CsvLabels): string[][] {
	const header = [
		labels.child,
		labels.consent,
		...model.columns.map((c) => labels.session(c.session.number, c.session.date)),
		labels.attended,
		labels.counted,
		labels.rate
	];
	const rows = model.rows.map((row) => [
		row.participant.erasedAt ? labels.erased : row.participant.name,
		row.consentComplete ? labels.yes : labels.no,
		...row.cells.map((cell) => cellText(cell, labels)),
		String(row.rate.attended),
		String(row.rate.counted),
		rateCell(row.rate, labels)
	]);
	const footer = [
		labels.sessionRate,
		'',
		...model.columns.map((c) =>
			c.session.status === 'cancelled' ? labels.cancelled : rateCell(c.rate, labels)
		),
		String(model.rate.attended),
		String(model.rate.counted),
		rateCell(model.rate, labels)
	];
	return [header, ...rows, footer];
}

export { toCsv } from './files';

/** A safe file name for the export: "presentielijst-de-regenboog-7-12-2026-03-02.csv". */
export function csvFileName(prefix: string, groupName: string, day: string): string {
	return fileName([prefix, slug(groupName, ''), day], 'csv');
}
