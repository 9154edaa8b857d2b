/**
 * Keeps one shared group's tables and its Y.Doc in step, in both directions.
 *
 * The mirror remembers `snapshot`: each record as the tables and the doc last agreed on
 * (plaintext). A local step sends what the tables changed since then into the doc, field by field;
 * a remote step writes what the doc changed since then into the tables, field by field. Both run
 * one after the other in one queue, so neither overwrites a change the other has not seen yet.
 * The CRDT does the merging: this code never decides between two devices' values.
 */
import * as Y from 'yjs';
import type { SharedChange } from '$lib/db/shared';
import { FieldCodec, UNREADABLE } from './codec';
import {
	changedFields,
	DOC_SHAPE,
	docMaps,
	FIELD_MAPPED,
	KINDS,
	rowKey,
	splitKey,
	type Kind,
	type Row,
	type RowKey
} from './shape';

/** The origin of doc changes made by this device's mirror (everything else counts as remote). */
export const LOCAL_ORIGIN = 'kies-local';

/** Who this device's coach is, stamped on the attendance marks she makes. */
export interface Marker {
	accountId: string;
	name: string;
}

/** How the mirror reads and writes the tables (db/shared.ts, or a test's own database). */
export interface MirrorStore {
	read(groupId: string): Promise<Map<RowKey, Row>>;
	apply(changes: readonly SharedChange[]): Promise<void>;
	/**
	 * Awaited before a local change goes into the doc: the device notes "changes waiting" on disk
	 * first, so a page closed while the doc is being stored never keeps a change it forgot it has
	 * not sent (issue 16).
	 */
	beforeLocalWrite?(): Promise<void>;
	/** Called once the local change is in the doc (or the write failed). */
	afterLocalWrite?(): void;
}

const WHO = ['markedBy', 'markedById'];
const KEPT_KINDS: ReadonlySet<Kind> = new Set(['group', 'school']);

function entryKinds(): Kind[] {
	return Object.keys(KINDS) as Kind[];
}

export class GroupMirror {
	private snapshot = new Map<RowKey, Row>();
	private queue: Promise<void> = Promise.resolve();
	private localQueued = false;
	private remoteQueued = false;
	private readonly codec: FieldCodec;
	/** The last error of a step, for the sync state (null when the last step went well). */
	error: unknown = null;
	onError: (err: unknown) => void = () => {};
	/** Called after remote changes were written to the tables. */
	onApplied: (count: number) => void = () => {};

	constructor(
		readonly groupId: string,
		readonly doc: Y.Doc,
		private readonly store: MirrorStore,
		codec: FieldCodec,
		private readonly marker: () => Marker
	) {
		this.codec = codec;
	}

	private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
		if (origin !== LOCAL_ORIGIN) this.remoteChanged();
	};

	/** First reconcile, then follow the doc. Call `localChanged()` whenever the tables changed. */
	async start(): Promise<void> {
		this.doc.on('update', this.onUpdate);
		await this.enqueue(() => this.initial());
	}

	stop(): void {
		this.doc.off('update', this.onUpdate);
	}

	/** The tables changed (a liveQuery fired): send the differences into the doc. */
	localChanged(): void {
		if (this.localQueued) return;
		this.localQueued = true;
		void this.enqueue(async () => {
			this.localQueued = false;
			await this.localStep();
		});
	}

	/** The doc changed from elsewhere: write the differences into the tables. */
	remoteChanged(): void {
		if (this.remoteQueued) return;
		this.remoteQueued = true;
		void this.enqueue(async () => {
			this.remoteQueued = false;
			await this.remoteStep();
		});
	}

	/** Every field is sealed again with the cipher's current key (after re-keying). */
	resealAll(): Promise<void> {
		return this.enqueue(async () => {
			this.codec.clear();
			const all = await this.store.read(this.groupId);
			await this.writeDoc(
				[...all.entries()].map(([key, row]) => ({ key, row, fields: null })),
				[]
			);
		});
	}

	/** Resolves when every queued step has run. */
	async idle(): Promise<void> {
		let seen: Promise<void>;
		do {
			seen = this.queue;
			await seen;
		} while (seen !== this.queue);
	}

	private enqueue(step: () => Promise<void>): Promise<void> {
		this.queue = this.queue.then(step).then(
			() => {
				this.error = null;
			},
			(err: unknown) => {
				this.error = err;
				this.onError(err);
			}
		);
		return this.queue;
	}

	/** The doc's records, decrypted. Fields that cannot be read keep the snapshot's value. */
	async readDoc(): Promise<Map<RowKey, Row>> {
		const maps = docMaps(this.doc);
		const rows = new Map<RowKey, Row>();
		const decodeRecord = async (kind: Kind, id: string, source: Iterable<[string, unknown]>) => {
			const key = rowKey(kind, id);
			const known = this.snapshot.get(key);
			const row: Row = {};
			for (const [field, value] of source) {
				const plain = await this.codec.decode(kind, id, field, value);
				if (plain === UNREADABLE) {
					if (known && field in known) row[field] = known[field];
				} else row[field] = plain;
			}
			rows.set(key, row);
		};
		if (maps.group.size > 0) await decodeRecord('group', this.groupId, maps.group.entries());
		for (const kind of entryKinds()) {
			if (kind === 'group') continue;
			const map = this.doc.getMap<unknown>(KINDS[kind]);
			for (const [id, value] of map.entries()) {
				if (value instanceof Y.Map) await decodeRecord(kind, id, value.entries());
				else if (value && typeof value === 'object')
					rows.set(rowKey(kind, id), { ...(value as Row) });
			}
		}
		return rows;
	}

	/** On start: records only in the doc or newer there go to the tables; the rest goes out. */
	private async initial(): Promise<void> {
		const fromDoc = await this.readDoc();
		const tables = await this.store.read(this.groupId);
		this.snapshot = new Map(fromDoc);
		const changes: SharedChange[] = [];
		for (const [key, row] of fromDoc) {
			const local = tables.get(key);
			if (!local || String(row.updatedAt ?? '') > String(local.updatedAt ?? '')) {
				changes.push({ key, op: 'put', row });
			}
		}
		await this.store.apply(changes);
		if (changes.length > 0) this.onApplied(changes.length);
		const { meta } = docMaps(this.doc);
		if (meta.get('shape') === undefined) {
			await this.transactLocal(() => meta.set('shape', DOC_SHAPE));
		}
		await this.localStep();
	}

	private async localStep(): Promise<void> {
		const tables = await this.store.read(this.groupId);
		if (tables.size === 0) return;
		const writes: { key: RowKey; row: Row; fields: string[] | null }[] = [];
		const backfill: SharedChange[] = [];
		const me = this.marker();
		for (const [key, row] of tables) {
			const before = this.snapshot.get(key);
			const { kind } = splitKey(key);
			let fields = before ? changedFields(before, row) : null;
			if (kind === 'att') {
				// Who marked is stamped here; a row without it only lacks the stamp, nothing else.
				fields = fields?.filter((f) => !WHO.includes(f) || f in row) ?? null;
				if (fields && fields.length === 0) {
					// Only the stamp is missing here (the page closed before it was written back).
					if (before && before.markedBy !== undefined && row.markedBy === undefined) {
						const stamp = { markedBy: before.markedBy, markedById: before.markedById };
						backfill.push({ key, op: 'patch', fields: stamp });
					}
					continue;
				}
				const stamped = { ...row, markedBy: me.name, markedById: me.accountId };
				writes.push({ key, row: stamped, fields: null });
				backfill.push({
					key,
					op: 'patch',
					fields: { markedBy: me.name, markedById: me.accountId }
				});
				continue;
			}
			if (fields && fields.length === 0) continue;
			writes.push({ key, row, fields });
		}
		const removed = [...this.snapshot.keys()].filter(
			(key) => !tables.has(key) && !KEPT_KINDS.has(splitKey(key).kind)
		);
		await this.writeDoc(writes, removed);
		if (backfill.length > 0) await this.store.apply(backfill);
	}

	/** Seals the fields first (async), then writes everything in one doc transaction. */
	private async writeDoc(
		writes: { key: RowKey; row: Row; fields: string[] | null }[],
		removed: RowKey[]
	): Promise<void> {
		if (writes.length === 0 && removed.length === 0) return;
		const sealed: { key: RowKey; kind: Kind; id: string; row: Row; values: [string, unknown][] }[] =
			[];
		for (const { key, row, fields } of writes) {
			const { kind, id } = splitKey(key);
			// Plain entries (attendance) are always written whole; records field by field.
			const names = (FIELD_MAPPED.has(kind) ? fields : null) ?? Object.keys(row);
			const values: [string, unknown][] = [];
			for (const name of names) {
				const value = name in row ? await this.codec.encode(kind, id, name, row[name]) : undefined;
				values.push([name, value]);
			}
			sealed.push({ key, kind, id, row, values });
		}
		const maps = docMaps(this.doc);
		await this.transactLocal(() => {
			for (const { kind, id, values } of sealed) {
				if (kind === 'group') setFields(maps.group, values);
				else if (FIELD_MAPPED.has(kind)) {
					const parent = this.doc.getMap<Y.Map<unknown>>(KINDS[kind]);
					const record = parent.get(id);
					if (record) setFields(record, values);
					else {
						const fresh = new Y.Map<unknown>();
						setFields(fresh, values);
						parent.set(id, fresh);
					}
				} else {
					const entry: Row = {};
					for (const [name, value] of values) if (value !== undefined) entry[name] = value;
					this.doc.getMap<Row>(KINDS[kind]).set(id, entry);
				}
			}
			for (const key of removed) {
				const { kind, id } = splitKey(key);
				this.doc.getMap(KINDS[kind]).delete(id);
			}
		});
		for (const { key, row } of sealed) this.snapshot.set(key, row);
		for (const key of removed) this.snapshot.delete(key);
	}

	/** One local doc transaction, with the store told before and after (see `beforeLocalWrite`). */
	private async transactLocal(change: () => void): Promise<void> {
		await this.store.beforeLocalWrite?.();
		try {
			this.doc.transact(change, LOCAL_ORIGIN);
		} finally {
			this.store.afterLocalWrite?.();
		}
	}

	private async remoteStep(): Promise<void> {
		const fromDoc = await this.readDoc();
		if (fromDoc.size === 0) return;
		const changes: SharedChange[] = [];
		for (const [key, row] of fromDoc) {
			const before = this.snapshot.get(key);
			const { kind } = splitKey(key);
			if (!before || !FIELD_MAPPED.has(kind)) {
				if (!before || changedFields(before, row).length > 0) changes.push({ key, op: 'put', row });
			} else {
				const fields = changedFields(before, row);
				if (fields.length === 0) continue;
				const patch: Row = {};
				for (const name of fields) patch[name] = name in row ? row[name] : undefined;
				changes.push({ key, op: 'patch', fields: patch });
			}
			this.snapshot.set(key, row);
		}
		for (const key of [...this.snapshot.keys()]) {
			if (!fromDoc.has(key) && !KEPT_KINDS.has(splitKey(key).kind)) {
				changes.push({ key, op: 'delete' });
				this.snapshot.delete(key);
			}
		}
		await this.store.apply(changes);
		if (changes.length > 0) this.onApplied(changes.length);
	}
}

function setFields(map: Y.Map<unknown>, values: [string, unknown][]): void {
	for (const [name, value] of values) {
		if (value === undefined) map.delete(name);
		else map.set(name, value);
	}
}
