/**
 * Two tabs (or a tab and "add to session") edit one session's plan: a save merges per block
 * instead of writing the whole list back (issue 22). Three-way: `base` is the list the editor
 * started from, `mine` what it holds now, `theirs` what is stored. A block changed on one side
 * only takes that side; the same block changed differently on both sides, or deleted on one and
 * changed on the other, or a different reordering on both, is a conflict the coach decides.
 */
import type { PlanBlock } from '$lib/model';

function sameBlock(a: PlanBlock, b: PlanBlock): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** True when both lists hold the same blocks in the same order. */
export function samePlan(a: readonly PlanBlock[], b: readonly PlanBlock[]): boolean {
	return a.length === b.length && a.every((block, i) => sameBlock(block, b[i]));
}

/** The ids of `list` that were in `base`, in the list's order. */
function sharedOrder(list: readonly PlanBlock[], base: ReadonlyMap<string, PlanBlock>): string[] {
	return list.filter((b) => base.has(b.id)).map((b) => b.id);
}

/** True when `list` keeps the blocks it shares with `base` in base's order. */
function keepsOrder(list: readonly PlanBlock[], base: readonly PlanBlock[]): boolean {
	const kept = new Set(list.map((b) => b.id));
	const expected = base.filter((b) => kept.has(b.id)).map((b) => b.id);
	const actual = sharedOrder(list, new Map(base.map((b) => [b.id, b])));
	return expected.join('\n') === actual.join('\n');
}

/** The merged plan, or null when the two sides conflict. */
export function mergePlans(
	base: readonly PlanBlock[],
	mine: readonly PlanBlock[],
	theirs: readonly PlanBlock[]
): PlanBlock[] | null {
	if (samePlan(theirs, base)) return [...mine];
	if (samePlan(mine, base) || samePlan(mine, theirs)) return [...theirs];
	const inBase = new Map(base.map((b) => [b.id, b]));
	const inMine = new Map(mine.map((b) => [b.id, b]));
	const inTheirs = new Map(theirs.map((b) => [b.id, b]));

	const merged = new Map<string, PlanBlock>();
	for (const id of new Set([...inBase.keys(), ...inMine.keys(), ...inTheirs.keys()])) {
		const b = inBase.get(id);
		const m = inMine.get(id);
		const t = inTheirs.get(id);
		if (!b) {
			merged.set(id, (m ?? t)!); // added on one side (ids are random: never on both)
			continue;
		}
		const mineChanged = !m || !sameBlock(m, b);
		const theirsChanged = !t || !sameBlock(t, b);
		if (!mineChanged) {
			if (t) merged.set(id, t);
		} else if (!theirsChanged) {
			if (m) merged.set(id, m);
		} else if (m && t && sameBlock(m, t)) {
			merged.set(id, m);
		} else if (m || t) {
			return null;
		}
	}

	const mineReordered = !keepsOrder(mine, base);
	const theirsReordered = !keepsOrder(theirs, base);
	if (mineReordered && theirsReordered) return null;
	const [primary, secondary] = mineReordered ? [mine, theirs] : [theirs, mine];
	const result = primary.filter((b) => merged.has(b.id)).map((b) => merged.get(b.id)!);
	// The other side's new blocks go after the block they followed there.
	secondary.forEach((block, i) => {
		if (inBase.has(block.id) || !merged.has(block.id)) return;
		let at = 0;
		for (let j = i - 1; j >= 0; j -= 1) {
			const before = result.findIndex((r) => r.id === secondary[j].id);
			if (before >= 0) {
				at = before + 1;
				break;
			}
		}
		result.splice(at, 0, merged.get(block.id)!);
	});
	return result;
}
