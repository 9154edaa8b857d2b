// @ts-check
// Small file helpers for the sync server: atomic writes, fsynced appends, a cross-process lock.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Write a file so that a reader sees either the old or the new content, never half of it. */
export function writeFileAtomic(
	/** @type {string} */ file,
	/** @type {string | Uint8Array} */ data
) {
	const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
	const fd = fs.openSync(tmp, 'w', 0o600);
	try {
		fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
	fs.renameSync(tmp, file);
	fsyncDir(path.dirname(file));
}

/** Make a rename or a new file in `dir` durable. */
export function fsyncDir(/** @type {string} */ dir) {
	let fd;
	try {
		fd = fs.openSync(dir, 'r');
		fs.fsyncSync(fd);
	} catch {
		// Some file systems refuse fsync on a directory; the data itself was fsynced.
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
	}
}

/** Append one line to a file and fsync it before returning. */
export function appendLineDurable(/** @type {string} */ file, /** @type {string} */ line) {
	const fd = fs.openSync(file, 'a', 0o600);
	try {
		fs.writeSync(fd, line.endsWith('\n') ? line : `${line}\n`);
		fs.fdatasyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Run `fn` while holding an exclusive lock file (works across processes: several server
 * instances and the admin command line share one data folder). A lock left by a crashed
 * process is taken over after `staleMs`.
 * @template T
 * @param {string} lockFile
 * @param {() => T} fn
 * @returns {T}
 */
export function withLock(lockFile, fn, staleMs = 10_000, waitMs = 10_000) {
	const start = Date.now();
	for (;;) {
		try {
			const fd = fs.openSync(lockFile, 'wx', 0o600);
			fs.writeSync(fd, String(process.pid));
			fs.closeSync(fd);
			break;
		} catch (error) {
			if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
			try {
				if (Date.now() - fs.statSync(lockFile).mtimeMs > staleMs) fs.unlinkSync(lockFile);
			} catch {
				// The holder released it in between: try again.
			}
			if (Date.now() - start > waitMs)
				throw new Error(`Could not lock ${lockFile}`, { cause: error });
			Atomics.wait(sleeper, 0, 0, 3);
		}
	}
	try {
		return fn();
	} finally {
		fs.rmSync(lockFile, { force: true });
	}
}
