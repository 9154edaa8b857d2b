/**
 * Retention of finished groups: which groups are past the retention period (their children's
 * personal data may be erased). The backup reminder is in `./backup-reminder`.
 */
import { addMonths, isDay, type Day } from './dates';

export interface RetentionGroup {
	id: string;
	status: string;
	finishedAt: string | null;
}

export interface RetentionChild {
	groupId: string;
	erasedAt: string | null;
}

export interface PastRetention<G> {
	group: G;
	/** The day the group finished. */
	finishedOn: Day;
	children: number;
	/** Children whose personal data is still there. */
	toErase: number;
}

/** The day part of a `yyyy-MM-dd` day or an ISO instant; null when it is neither. */
function dayOf(value: string | null): Day | null {
	if (value === null) return null;
	const day = value.slice(0, 10);
	return isDay(day) ? day : null;
}

/** Finished groups whose end lies more than `months` before `today`, oldest first. */
export function groupsPastRetention<G extends RetentionGroup>(
	groups: G[],
	children: RetentionChild[],
	today: Day,
	months: number
): PastRetention<G>[] {
	const cutoff = addMonths(today, -months);
	const result: PastRetention<G>[] = [];
	for (const group of groups) {
		const finishedOn = dayOf(group.finishedAt);
		if (group.status !== 'finished' || finishedOn === null || finishedOn >= cutoff) continue;
		const own = children.filter((child) => child.groupId === group.id);
		result.push({
			group,
			finishedOn,
			children: own.length,
			toErase: own.filter((child) => child.erasedAt === null).length
		});
	}
	return result.sort((a, b) => a.finishedOn.localeCompare(b.finishedOn));
}
