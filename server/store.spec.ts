import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentStore, encodeRecord, readRecords } from './store.js';
import { tempDir } from './testing.js';

describe('document store', () => {
	it('drops a torn last record and keeps every whole one', () => {
		const a = encodeRecord(new Uint8Array([1, 2, 3]));
		const b = encodeRecord(new Uint8Array([4, 5]));
		const torn = Buffer.concat([a, b.subarray(0, b.length - 1)]);
		expect(readRecords(torn)).toEqual({
			updates: [new Uint8Array([1, 2, 3])],
			validBytes: a.length
		});
		const flipped = Buffer.concat([a, b]);
		flipped[flipped.length - 1] ^= 1;
		expect(readRecords(flipped).updates).toHaveLength(1);
	});

	it('merges snapshots and logs of several instances, and compaction keeps everything', () => {
		const data = tempDir();
		const one = new DocumentStore(data, 'one');
		const two = new DocumentStore(data, 'two');
		const doc = new Y.Doc();
		doc.on('update', (update: Uint8Array) => one.append('group:g1', update));
		doc.getMap('m').set('a', 1);
		one.compact('group:g1', doc);
		doc.getMap('m').set('b', 2);
		const other = new Y.Doc();
		other.on('update', (update: Uint8Array) => two.append('group:g1', update));
		other.getMap('m').set('c', 3);
		one.closeAll();
		two.closeAll();
		// A torn append at the end of one log (kill -9 during a write) is ignored and cut off.
		fs.appendFileSync(path.join(data, 'docs', 'group_g1', 'one.log'), Buffer.from([9, 0, 0, 0, 1]));

		const loaded = new Y.Doc();
		Y.applyUpdate(loaded, new DocumentStore(data, 'one').load('group:g1')!);
		expect(loaded.getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3 });
		const reopened = new DocumentStore(data, 'one');
		reopened.open('group:g1');
		expect(reopened.logBytes('group:g1')).toBe(
			fs.statSync(path.join(data, 'docs', 'group_g1', 'one.log')).size
		);
		expect(() => reopened.dir('../etc')).toThrow();
		reopened.closeAll();
		fs.rmSync(data, { recursive: true, force: true });
	});
});

describe('backup', () => {
	it('copies a data folder that loads to the same documents', async () => {
		const { runAdmin } = await import('./admin.js');
		const data = tempDir();
		const store = new DocumentStore(data, 'one');
		const doc = new Y.Doc();
		doc.on('update', (update: Uint8Array) => store.append('group:g2', update));
		doc.getMap('m').set('a', 1);
		store.compact('group:g2', doc);
		doc.getMap('m').set('b', 2);
		runAdmin(['add-account', '--name', 'Anna', '--role', 'coach', '--data', data]);
		const target = path.join(tempDir(), 'copy');
		expect(runAdmin(['backup', target, '--data', data])).toContain('1 documents');
		const copy = new Y.Doc();
		Y.applyUpdate(copy, new DocumentStore(target, 'x').load('group:g2')!);
		expect(copy.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
		expect(fs.readFileSync(path.join(target, 'registry.json'), 'utf8')).toContain('Anna');
		store.closeAll();
	});
});
