// @ts-check
// The document store: the server's own files in the data folder, no database.
//
// docs/<document>/<instance>.log   every update this instance saw, appended and fsynced
//                                  BEFORE the client gets its acknowledgement
// docs/<document>/<instance>.snap  the whole document as this instance last compacted it
//
// Each instance writes only its own two files, so several instances (sharing the folder)
// never race; a document is loaded by merging every .snap and .log in its folder (Yjs updates
// are idempotent, so overlap costs nothing but bytes). A log record is
// [length u32 LE][crc32 u32 LE][update bytes]; a torn last record (kill -9 mid-write) fails
// its check and is dropped: it was never acknowledged.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as Y from 'yjs';
import { fsyncDir, writeFileAtomic } from './files.js';

const HEADER = 8;

/** Compact a document's log into its snapshot once the log is larger than this. */
export const COMPACT_BYTES = 256 * 1024;

/** @param {Buffer} buffer @returns {{ updates: Uint8Array[], validBytes: number }} */
export function readRecords(buffer) {
	const updates = [];
	let offset = 0;
	while (offset + HEADER <= buffer.length) {
		const length = buffer.readUInt32LE(offset);
		const crc = buffer.readUInt32LE(offset + 4);
		const end = offset + HEADER + length;
		if (end > buffer.length) break;
		const data = buffer.subarray(offset + HEADER, end);
		if (zlib.crc32(data) !== crc) break;
		updates.push(new Uint8Array(data));
		offset = end;
	}
	return { updates, validBytes: offset };
}

/** @param {Uint8Array} update */
export function encodeRecord(update) {
	const record = Buffer.allocUnsafe(HEADER + update.length);
	record.writeUInt32LE(update.length, 0);
	record.writeUInt32LE(zlib.crc32(update), 4);
	record.set(update, HEADER);
	return record;
}

/** A document name as a folder name: `group:<id>` becomes `group_<id>`. */
export function folderName(/** @type {string} */ documentName) {
	if (!/^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$/.test(documentName) || documentName.length > 128) {
		throw new Error(`Unsupported document name`);
	}
	return documentName.replace(':', '_');
}

export class DocumentStore {
	/** @param {string} dataDir @param {string} instanceId */
	constructor(dataDir, instanceId) {
		this.root = path.join(dataDir, 'docs');
		this.instanceId = instanceId.replace(/[^A-Za-z0-9_-]/g, '_');
		fs.mkdirSync(this.root, { recursive: true });
		/** @type {Map<string, { fd: number, bytes: number }>} */
		this.logs = new Map();
	}

	/** @param {string} documentName */
	dir(documentName) {
		return path.join(this.root, folderName(documentName));
	}

	/** Every stored update of a document, merged into one (null when nothing is stored). */
	load(/** @type {string} */ documentName) {
		const dir = this.dir(documentName);
		if (!fs.existsSync(dir)) return null;
		/** @type {Uint8Array[]} */
		const updates = [];
		for (const file of fs.readdirSync(dir).sort()) {
			const full = path.join(dir, file);
			if (file.endsWith('.snap')) updates.push(new Uint8Array(fs.readFileSync(full)));
			else if (file.endsWith('.log')) updates.push(...readRecords(fs.readFileSync(full)).updates);
		}
		return updates.length ? Y.mergeUpdates(updates) : null;
	}

	/** Open this instance's log for appending (dropping a torn last record first). */
	open(/** @type {string} */ documentName) {
		if (this.logs.has(documentName)) return;
		const dir = this.dir(documentName);
		const fresh = !fs.existsSync(dir);
		fs.mkdirSync(dir, { recursive: true });
		if (fresh) fsyncDir(this.root);
		const file = path.join(dir, `${this.instanceId}.log`);
		const fd = fs.openSync(file, 'a+', 0o600);
		const { validBytes } = readRecords(fs.readFileSync(file));
		if (validBytes < fs.fstatSync(fd).size) {
			fs.ftruncateSync(fd, validBytes);
			fs.fsyncSync(fd);
		}
		this.logs.set(documentName, { fd, bytes: validBytes });
	}

	/** Append one update and fsync it. Synchronous on purpose: see server.js. */
	append(/** @type {string} */ documentName, /** @type {Uint8Array} */ update) {
		this.open(documentName);
		const log = /** @type {{ fd: number, bytes: number }} */ (this.logs.get(documentName));
		const record = encodeRecord(update);
		fs.writeSync(log.fd, record);
		fs.fdatasyncSync(log.fd);
		log.bytes += record.length;
	}

	/** Bytes in this instance's log of the document. */
	logBytes(/** @type {string} */ documentName) {
		return this.logs.get(documentName)?.bytes ?? 0;
	}

	/**
	 * Write the whole document as this instance's snapshot (atomically), then empty its log.
	 * All synchronous, so no update can slip in between the two steps.
	 */
	compact(/** @type {string} */ documentName, /** @type {Y.Doc} */ doc) {
		this.open(documentName);
		const log = /** @type {{ fd: number, bytes: number }} */ (this.logs.get(documentName));
		const dir = this.dir(documentName);
		writeFileAtomic(path.join(dir, `${this.instanceId}.snap`), Y.encodeStateAsUpdate(doc));
		fs.ftruncateSync(log.fd, 0);
		fs.fsyncSync(log.fd);
		log.bytes = 0;
	}

	close(/** @type {string} */ documentName) {
		const log = this.logs.get(documentName);
		if (!log) return;
		fs.closeSync(log.fd);
		this.logs.delete(documentName);
	}

	closeAll() {
		for (const name of [...this.logs.keys()]) this.close(name);
	}

	/** Number of stored documents (folders). */
	count() {
		return fs.readdirSync(this.root).length;
	}
}
