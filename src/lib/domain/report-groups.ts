/**
 * One group, one identity (issue 16): wherever a group is counted (the overview, exchange files,
 * the municipality report), a shared group counts once, however many devices hold it and however
 * many co-coaches send it. A shared group's identity is its sync id: the server's group id (the
 * document `group:<id>`), the same on every member's device and in every exchange file they send.
 * A group that is not shared keeps its record's own key; two records of it that merely look alike
 * (same school, name, start date) are left to the coordinator (`duplicateSets` in ./report).
 */
import type { ReportGroup } from './report';

/** The identity one group has wherever it is counted. */
export function reportGroupKey(group: Pick<ReportGroup, 'key' | 'syncGroupId'>): string {
	return group.syncGroupId ? `sync:${group.syncGroupId}` : group.key;
}

/**
 * How much a record of a group is trusted over another record of the same group: the sync
 * server's (live, every device's changes merged) first, then the device's own group, then the
 * newest export (its instant, as ISO text, orders).
 */
function rank(group: ReportGroup): [number, string] {
	if (group.source.kind === 'server') return [2, ''];
	if (group.source.kind === 'own') return [1, ''];
	return [0, group.source.exportedAt];
}

/** True when `a` is the record that counts rather than `b` (ties go to the smaller key). */
function wins(a: ReportGroup, b: ReportGroup): boolean {
	const [ka, ta] = rank(a);
	const [kb, tb] = rank(b);
	if (ka !== kb) return ka > kb;
	if (ta !== tb) return ta > tb;
	return a.key < b.key;
}

/**
 * One record per group identity, in the order the groups came: of the records of one shared
 * group, the server's counts, else the own group, else the newest export; the others are left out.
 */
export function onePerGroup<T extends ReportGroup>(groups: readonly T[]): T[] {
	const best = new Map<string, T>();
	for (const g of groups) {
		const id = reportGroupKey(g);
		const there = best.get(id);
		if (!there || wins(g, there)) best.set(id, g);
	}
	return groups.filter((g) => best.get(reportGroupKey(g)) === g);
}
