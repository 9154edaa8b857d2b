/**
 * The shape of a shared group's Y.Doc (see DOC-SHAPE.md beside this file) and the conversion
 * between the app's table rows and the doc's entries. Everything here is plaintext in, doc values
 * out; encryption of the fields listed in `ENCRYPTED` happens in `codec.ts`.
 */
import type * as Y from 'yjs';

/** Version of the doc's shape, kept in `meta.shape`. */
export const DOC_SHAPE = 1;

/** A record kind and the top-level Y.Map that holds its entries. */
export const KINDS = {
	group: 'group',
	school: 'schools',
	session: 'sessions',
	meeting: 'meetings',
	child: 'children',
	att: 'attendance',
	matt: 'meetingAttendance'
} as const;
export type Kind = keyof typeof KINDS;

/**
 * Kinds stored as one Y.Map per record (fields merge one by one: one coach changes the plan,
 * the other the date, both stay). The others are one plain value per entry (last writer wins
 * for the whole entry, the same on every device).
 */
export const FIELD_MAPPED: ReadonlySet<Kind> = new Set([
	'group',
	'school',
	'session',
	'meeting',
	'child'
]);

/** Fields that can identify a child or hold free text: encrypted before entering the doc. */
export const ENCRYPTED: Partial<Record<Kind, readonly string[]>> = {
	child: ['name', 'birthYear', 'schoolClass', 'notes'],
	session: ['notes', 'cancelReason'],
	meeting: ['notes']
};

/** Free-text fields inside a session's plan blocks, encrypted per block. */
export const BLOCK_ENCRYPTED = ['notes'] as const;

/** A record as the doc and the mirror see it: plain JSON fields. */
export type Row = Record<string, unknown>;

/** `kind:id`, the key of one record in a snapshot. */
export type RowKey = string;

export function rowKey(kind: Kind, id: string): RowKey {
	return `${kind}:${id}`;
}

export function splitKey(key: RowKey): { kind: Kind; id: string } {
	const at = key.indexOf(':');
	return { kind: key.slice(0, at) as Kind, id: key.slice(at + 1) };
}

/** The id of an attendance entry: one per session and child. */
export function pairId(a: string, b: string): string {
	return `${a}:${b}`;
}

/** The doc's top-level maps. */
export function docMaps(doc: Y.Doc) {
	return {
		meta: doc.getMap<unknown>('meta'),
		group: doc.getMap<unknown>('group'),
		schools: doc.getMap<Y.Map<unknown>>('schools'),
		sessions: doc.getMap<Y.Map<unknown>>('sessions'),
		meetings: doc.getMap<Y.Map<unknown>>('meetings'),
		children: doc.getMap<Y.Map<unknown>>('children'),
		attendance: doc.getMap<Row>('attendance'),
		meetingAttendance: doc.getMap<Row>('meetingAttendance'),
		devices: doc.getMap<Row>('devices'),
		keyring: doc.getMap<Row>('keyring')
	};
}

/** Field values compare by their JSON text: blocks and consents are plain JSON. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The names of the fields that differ between two versions of a record. */
export function changedFields(before: Row, after: Row): string[] {
	const names = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...names].filter((name) => !sameValue(before[name], after[name]));
}
