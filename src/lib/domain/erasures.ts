/**
 * A restore must not bring back children whose personal data was erased on this device
 * without a word. The device's record of erasures is its audit (one entry per erased child
 * or group, by id) and the emptied participant records; this finds the backup's children that
 * it would bring back.
 */
import type { AuditEntry } from '$lib/model';

/** What this device erased: participant id → when, and group id → when. */
export interface ErasureRecord {
	participants: Map<string, string>;
	groups: Map<string, string>;
}

export const ERASURE_KINDS = new Set(['erase-participant', 'erase-group']);

/** The record of erasures from the audit entries and the participants of a device. */
export function erasureRecord(
	audit: readonly AuditEntry[],
	participants: readonly { id: string; erasedAt: string | null }[]
): ErasureRecord {
	const record: ErasureRecord = { participants: new Map(), groups: new Map() };
	for (const entry of audit) {
		if (entry.kind === 'erase-participant') record.participants.set(entry.detail, entry.at);
		else if (entry.kind === 'erase-group' && entry.groupId)
			record.groups.set(entry.groupId, entry.at);
	}
	for (const p of participants) {
		if (p.erasedAt && !record.participants.has(p.id)) record.participants.set(p.id, p.erasedAt);
	}
	return record;
}

/**
 * The backup's children that were erased here and are not erased in the backup: a child
 * erased by id, or a child of an erased group that existed when the group was erased.
 */
export function returningErased(
	participants: readonly Record<string, unknown>[],
	record: ErasureRecord
): { id: string; erasedAt: string }[] {
	const found: { id: string; erasedAt: string }[] = [];
	for (const p of participants) {
		if (p.erasedAt) continue;
		const id = String(p.id);
		const byId = record.participants.get(id);
		const byGroup = record.groups.get(String(p.groupId));
		const erasedAt =
			byId ?? (byGroup !== undefined && String(p.createdAt) <= byGroup ? byGroup : undefined);
		if (erasedAt !== undefined) found.push({ id, erasedAt });
	}
	return found;
}
