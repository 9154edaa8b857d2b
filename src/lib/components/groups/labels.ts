/** Words for the groups area's records, in the coach's language. */
import { m, lang } from '$lib/i18n';
import { formatDay, type Day } from '$lib/domain/dates';
import type { BlockKind, GroupStatus, MeetingKind, PlanBlock, SessionStatus } from '$lib/model';
import { blockLeadNames } from '$lib/domain/plan';
import type { SkipReason } from '$lib/domain/schedule';

/** ISO weekdays 1..5 (schools are closed in the weekend, but 6 and 7 are allowed). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayLabel(day: number): string {
	return [
		m.groups_weekday_1,
		m.groups_weekday_2,
		m.groups_weekday_3,
		m.groups_weekday_4,
		m.groups_weekday_5,
		m.groups_weekday_6,
		m.groups_weekday_7
	][day - 1]();
}

export function groupStatusLabel(status: GroupStatus): string {
	return {
		planned: m.groups_status_planned,
		running: m.groups_status_running,
		finished: m.groups_status_finished
	}[status]();
}

export function sessionStatusLabel(status: SessionStatus): string {
	return {
		planned: m.groups_session_planned,
		held: m.groups_session_held,
		cancelled: m.groups_session_cancelled
	}[status]();
}

export function meetingKindLabel(kind: MeetingKind): string {
	return {
		information: m.groups_meeting_information,
		evaluation: m.groups_meeting_evaluation,
		'follow-up': m.groups_meeting_follow_up
	}[kind]();
}

export function blockKindLabel(kind: BlockKind): string {
	return {
		card: m.groups_block_card,
		welcome: m.groups_block_welcome,
		closing: m.groups_block_closing,
		break: m.groups_block_break,
		free: m.groups_block_free
	}[kind]();
}

/** "Leidt: Anna & Bram" for a block's lead, or '' when nobody was named. */
export function blockLeadText(block: Pick<PlanBlock, 'lead'>, coaches: readonly string[]): string {
	const names = blockLeadNames(block, coaches);
	return names.length ? m.groups_block_lead_text({ names: names.join(' & ') }) : '';
}

/** A day for people in the current language. */
export function day(value: Day, style: 'short' | 'long' = 'short'): string {
	return formatDay(value, lang(), style);
}

export function skipReasonLabel(reason: SkipReason): string {
	return reason.kind === 'school'
		? m.groups_skip_school({ name: reason.name })
		: m.groups_skip_public({ name: reason.name });
}

/** Titles for the welcome and closing rituals in new plans. */
export function ritualTitles() {
	return {
		welcome: m.groups_block_welcome(),
		closing: m.groups_block_closing(),
		spare: m.groups_block_spare()
	};
}

/** What a failed save says: a locked register in words, anything else with its message. */
export { saveFailedText } from '$lib/state/action.svelte';
