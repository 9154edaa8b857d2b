/** The words and symbols for the records of this area, in the coach's language. */
import { m, lang } from '$lib/i18n';
import { formatDay, formatPercent } from '$lib/domain/dates';
import { missingConsents } from '$lib/domain/consent';
import type { Rate } from '$lib/domain/attendance';
import type { CellState, CsvLabels, RegisterCell } from '$lib/domain/register';
import type {
	Attendance,
	AttendanceMark,
	Consent,
	MeetingKind,
	Participant,
	SessionStatus,
	StopReason
} from '$lib/model';

export { ATTENDANCE_MARKS as MARKS } from '$lib/model';

export function markLabel(mark: AttendanceMark): string {
	return {
		present: m.children_mark_present,
		late: m.children_mark_late,
		'absent-notice': m.children_mark_absent_notice,
		absent: m.children_mark_absent
	}[mark]();
}

/** The one-word label of a mark on a narrow screen ("Laat"); the full label stays its name. */
export function markShortLabel(mark: AttendanceMark): string {
	return {
		present: m.children_mark_short_present,
		late: m.children_mark_short_late,
		'absent-notice': m.children_mark_short_absent_notice,
		absent: m.children_mark_short_absent
	}[mark]();
}

export function markSymbol(mark: AttendanceMark): string {
	return {
		present: m.children_symbols_present,
		late: m.children_symbols_late,
		'absent-notice': m.children_symbols_absent_notice,
		absent: m.children_symbols_absent
	}[mark]();
}

export function reasonLabel(reason: Attendance['reason']): string {
	if (reason === 'ill') return m.children_reason_ill();
	if (reason === 'other') return m.children_reason_other();
	if (reason === 'unknown') return m.children_reason_unknown();
	return '';
}

/** "Afgemeld (ziek)": a mark with its reason. */
export function markText(mark: AttendanceMark, reason: Attendance['reason']): string {
	const r = mark === 'absent-notice' ? reasonLabel(reason) : '';
	return r ? `${markLabel(mark)} (${r})` : markLabel(mark);
}

const CELL_SYMBOL: Record<Exclude<CellState, 'marked'>, string> = {
	open: '',
	unmarked: '?',
	stopped: '·',
	cancelled: '—'
};

/** What a grid cell shows (symbol) and says (text). */
export function cellDisplay(cell: RegisterCell): { symbol: string; text: string } {
	if (cell.state === 'marked' && cell.mark) {
		const text = markText(cell.mark, cell.reason);
		return {
			symbol: markSymbol(cell.mark) + (cell.consentOverride ? '!' : ''),
			text: cell.consentOverride ? `${text} ${m.children_override_flag()}` : text
		};
	}
	const text = {
		open: m.children_cell_open,
		unmarked: m.children_cell_unmarked,
		stopped: m.children_cell_stopped,
		cancelled: m.children_cell_cancelled,
		marked: m.children_cell_unmarked
	}[cell.state]();
	return { symbol: CELL_SYMBOL[cell.state as Exclude<CellState, 'marked'>] ?? '', text };
}

export function statusLabel(status: SessionStatus): string {
	return {
		held: m.children_status_held,
		planned: m.children_status_planned,
		cancelled: m.children_status_cancelled
	}[status]();
}

export function stopReasonLabel(reason: StopReason): string {
	if (reason === '') return '';
	return {
		moved: m.children_stop_reason_moved,
		parents: m.children_stop_reason_parents,
		child: m.children_stop_reason_child,
		referred: m.children_stop_reason_referred,
		other: m.children_stop_reason_other
	}[reason]();
}

export function howLabel(how: Consent['how']): string {
	if (how === '') return '';
	return {
		paper: m.children_how_paper,
		digital: m.children_how_digital,
		verbal: m.children_how_verbal
	}[how]();
}

export function meetingKindLabel(kind: MeetingKind): string {
	return {
		information: m.children_meeting_information,
		evaluation: m.children_meeting_evaluation,
		'follow-up': m.children_meeting_follow_up
	}[kind]();
}

/** "Toestemming ontbreekt: ouder 1 en 2", or "Toestemming compleet". */
export function consentText(p: Pick<Participant, 'consent1' | 'consent2'>): string {
	const missing = missingConsents(p);
	if (missing.length === 0) return m.children_consent_complete();
	return m.children_consent_missing({ parents: missing.join(` ${m.children_and()} `) });
}

/** A child's name, or a placeholder once the data was erased. */
export function childName(p: Pick<Participant, 'name' | 'erasedAt'>): string {
	return p.erasedAt ? m.children_erased_name() : p.name;
}

export function day(d: string): string {
	return formatDay(d, lang());
}

export function percent(rate: Rate): string {
	return rate.rate === null ? m.children_rate_empty() : formatPercent(rate.rate, lang());
}

/** An instant for people: "ma 2 mrt. 2026 14:05". */
export function instant(iso: string): string {
	const date = new Date(iso);
	const pad = (n: number) => String(n).padStart(2, '0');
	const d = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	return `${day(d)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function csvLabels(): CsvLabels {
	return {
		child: m.children_grid_child(),
		consent: m.children_csv_consent(),
		yes: m.children_csv_yes(),
		no: m.children_csv_no(),
		erased: m.children_erased_name(),
		session: (n, date) => m.children_csv_session({ n: String(n), date }),
		mark: markText,
		override: m.children_override_flag(),
		cancelled: m.children_cell_cancelled(),
		stopped: m.children_cell_stopped(),
		attended: m.children_csv_attended(),
		counted: m.children_csv_counted(),
		rate: m.children_grid_rate(),
		sessionRate: m.children_grid_session_rate(),
		percent: (share) => formatPercent(share, lang())
	};
}

/** A user-facing message for a failed write; the data on screen stays. */
export { saveFailedText as failureText } from '$lib/state/action.svelte';
