/** The user's-language names of figures, sources and periods, shared by page, CSV and PDF. */
import { m, lang } from '$lib/i18n';
import { formatDay, formatPercent } from '$lib/domain/dates';
import type {
	FigureKey,
	PeriodBasis,
	Report,
	ReportFilters,
	ReportGroup,
	Share,
	StopReasonKey
} from '$lib/domain/report';
import { stopReasonLabel } from '$lib/components/children/labels';
import type { GroupStatus } from '$lib/model';

export const FIGURE_LABELS: Record<FigureKey, () => string> = {
	groups: m.overview_fig_groups,
	'groups-planned': m.overview_fig_planned,
	'groups-running': m.overview_fig_running,
	'groups-finished': m.overview_fig_finished_groups,
	children: m.overview_fig_children,
	finished: m.overview_fig_finished,
	ongoing: m.overview_fig_ongoing,
	stopped: m.overview_fig_stopped,
	'sessions-held': m.overview_fig_sessions_held,
	'sessions-cancelled': m.overview_fig_sessions_cancelled,
	attendance: m.overview_fig_attendance,
	'parents-information': m.overview_fig_parents_information,
	'parents-evaluation': m.overview_fig_parents_evaluation,
	gaps: m.overview_fig_gaps
};

/** The choice of period basis, in words. */
export function basisLabel(basis: PeriodBasis): string {
	return basis === 'started' ? m.overview_basis_started() : m.overview_basis_activity();
}

/** "Basis: …": which records the figures hold, for the screen, the CSV and the PDF. */
export function basisUsedText(basis: PeriodBasis): string {
	return basis === 'started' ? m.overview_basis_used_started() : m.overview_basis_used_activity();
}

/** A stop reason as the report names it. */
export function stopReasonText(reason: StopReasonKey): string {
	if (reason === 'unknown') return m.overview_reason_unknown();
	return stopReasonLabel(reason);
}

/** The definition of every figure, in report order. */
export function definitions(): string[] {
	return [
		m.overview_def_groups(),
		m.overview_def_children(),
		m.overview_def_completed(),
		m.overview_def_ongoing(),
		m.overview_def_stopped(),
		m.overview_def_held(),
		m.overview_def_attendance(),
		m.overview_def_parents(),
		m.overview_def_gaps()
	];
}

export const STATUS_LABELS: Record<GroupStatus, () => string> = {
	planned: m.overview_status_planned,
	running: m.overview_status_running,
	finished: m.overview_status_finished
};

/** "75%" or "–" when nothing counts. */
export function percentText(share: Share): string {
	return share.share === null ? '–' : formatPercent(share.share, lang());
}

/** "3 van 4 (75%)". */
export function shareText(share: Share): string {
	if (share.share === null) return m.overview_no_share();
	return `${m.overview_share({ count: String(share.count), of: String(share.of) })} (${percentText(share)})`;
}

export function schoolLabel(school: string): string {
	return school === '' ? m.overview_school_none() : school;
}

/** An ISO instant's local day, for people. */
export function instantDay(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : formatDay(iso.slice(0, 10), lang());
}

export function sourceLabel(group: ReportGroup): string {
	if (group.source.kind === 'own') return m.overview_source_own();
	if (group.source.kind === 'server') return m.overview_source_server();
	return m.overview_source_imported({
		coach: group.source.coachName || m.overview_unnamed_coach(),
		date: instantDay(group.source.exportedAt)
	});
}

/** The filters in words, for the CSV and the PDF. */
export function filtersText(filters: ReportFilters): string {
	const parts: string[] = [];
	if (filters.school !== null) parts.push(`${m.overview_school()}: ${schoolLabel(filters.school)}`);
	if (filters.coach) parts.push(`${m.overview_coach()}: ${filters.coach}`);
	if (filters.ageBand)
		parts.push(`${m.overview_age()}: ${m.overview_age_band({ band: filters.ageBand })}`);
	return parts.length ? parts.join(', ') : m.overview_report_no_filters();
}

export interface FigureRow {
	key: FigureKey;
	label: string;
	count: number;
	of: number | null;
	share: number | null;
}

/** The figures as rows: label, count, out of, share. */
export function figureRows(report: Report): FigureRow[] {
	const plain = (key: FigureKey, count: number): FigureRow => ({
		key,
		label: FIGURE_LABELS[key](),
		count,
		of: null,
		share: null
	});
	const part = (key: FigureKey, s: Share): FigureRow => ({
		key,
		label: FIGURE_LABELS[key](),
		count: s.count,
		of: s.of,
		share: s.share
	});
	return [
		plain('groups', report.groups.total),
		plain('groups-planned', report.groups.planned),
		plain('groups-running', report.groups.running),
		plain('groups-finished', report.groups.finished),
		plain('children', report.children),
		part('finished', report.finished),
		part('ongoing', report.ongoing),
		part('stopped', report.stopped),
		plain('sessions-held', report.sessionsHeld),
		plain('sessions-cancelled', report.sessionsCancelled),
		part('attendance', report.attendance),
		part('parents-information', report.parentsInformation),
		part('parents-evaluation', report.parentsEvaluation),
		plain('gaps', report.gaps.unmarked + report.gaps.pastPlanned + report.gaps.unrecordedMeetings)
	];
}
