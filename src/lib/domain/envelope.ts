/**
 * Files in and out: a versioned envelope `{ format, formatVersion, schemaVersion, exportedAt,
 * counts, checksum, data }`, and the safe first step of every import: size check, JSON parse
 * without prototype keys, recognising the envelope. Errors carry stable codes.
 */
import { errorMessage } from './errors';

export interface Envelope<T = unknown> {
	format: string;
	formatVersion: number;
	schemaVersion: number;
	appVersion: string;
	exportedAt: string;
	counts: Record<string, number>;
	/** SHA-256 (hex) of JSON.stringify(data). Required. */
	checksum: string;
	/** Exchange files: who made it (see signing.ts); checked by the import, not here. */
	signature?: unknown;
	data: T;
}

export type ImportErrorCode =
	| 'too-large'
	| 'empty'
	| 'not-json'
	| 'truncated'
	| 'too-deep'
	| 'wrong-format'
	| 'newer-version'
	| 'checksum'
	| 'invalid'
	| 'encrypted'
	| 'wrong-passphrase'
	| 'unsigned'
	| 'signature'
	| 'coach-key';

/** Why a field was refused, for the user's message. */
export type FieldReason =
	'too-long' | 'format' | 'range' | 'choice' | 'reference' | 'duplicate' | 'type';

/** An import that cannot go ahead; nothing has been written. */
export class ImportError extends Error {
	constructor(
		readonly code: ImportErrorCode,
		readonly detail = '',
		readonly reason: FieldReason | null = null
	) {
		super(detail ? `${code}: ${detail}${reason ? ` (${reason})` : ''}` : code);
	}
}

/** The reason behind a valibot issue type. */
export function issueReason(type: string): FieldReason {
	if (type === 'max_length' || type === 'length' || type === 'min_length' || type === 'non_empty')
		return 'too-long';
	if (type === 'regex' || type === 'check') return 'format';
	if (type === 'min_value' || type === 'max_value' || type === 'integer' || type === 'finite')
		return 'range';
	if (type === 'picklist') return 'choice';
	return 'type';
}

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** SHA-256 of a text, as hex. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Wraps data in an envelope with its counts and checksum. */
export async function makeEnvelope<T>(options: {
	format: string;
	formatVersion: number;
	schemaVersion: number;
	appVersion: string;
	counts: Record<string, number>;
	data: T;
	now?: Date;
}): Promise<Envelope<T>> {
	return {
		format: options.format,
		formatVersion: options.formatVersion,
		schemaVersion: options.schemaVersion,
		appVersion: options.appVersion,
		exportedAt: (options.now ?? new Date()).toISOString(),
		counts: options.counts,
		checksum: await sha256Hex(JSON.stringify(options.data)),
		data: options.data
	};
}

/**
 * Parses a file's text as JSON. Refuses files that are too large or too deeply nested, and
 * drops `__proto__`, `constructor` and `prototype` keys so no object can be poisoned.
 */
export function parseJsonSafely(text: string, maxBytes = MAX_IMPORT_BYTES): unknown {
	if (text.length > maxBytes) throw new ImportError('too-large');
	if (text.trim() === '') throw new ImportError('empty');
	const shape = scanBrackets(text);
	if (shape.maxDepth > MAX_DEPTH) throw new ImportError('too-deep');
	try {
		// JSON.parse makes such keys plain own properties; they are removed in one pass after
		// parsing, which is several times faster than a reviver on large files.
		return dropForbiddenKeys(JSON.parse(text));
	} catch (err) {
		const message = errorMessage(err);
		// A JSON document that opens brackets it never closes was cut off.
		const opened = /^\s*[[{]/.test(text);
		const truncated = opened && (shape.endDepth > 0 || shape.inString);
		throw new ImportError(truncated ? 'truncated' : 'not-json', message);
	}
}

/** Removes `__proto__`, `constructor` and `prototype` own keys from every object in a parsed value. */
function dropForbiddenKeys(root: unknown): unknown {
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const value = stack.pop();
		if (typeof value !== 'object' || value === null) continue;
		if (Array.isArray(value)) {
			for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
			continue;
		}
		const record = value as Record<string, unknown>;
		for (const key of FORBIDDEN_KEYS) {
			if (Object.prototype.hasOwnProperty.call(record, key)) delete record[key];
		}
		for (const key in record) {
			const item = record[key];
			if (typeof item === 'object' && item !== null) stack.push(item);
		}
	}
	return root;
}

/** The deepest bracket nesting of a JSON text and where it ends, ignoring brackets in strings. */
function scanBrackets(text: string): { maxDepth: number; endDepth: number; inString: boolean } {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i += 1) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i += 1; // backslash: skip the escaped character
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) max = Math.max(max, ++depth);
		else if (c === 125 || c === 93) depth -= 1;
	}
	return { maxDepth: max, endDepth: depth, inString };
}

/**
 * Recognises an envelope of `format`: a foreign file, a newer format or a damaged checksum
 * is refused with its code. The data inside is still unknown: validate it next.
 */
export async function readEnvelope(
	value: unknown,
	format: string,
	maxFormatVersion: number
): Promise<Envelope<unknown>> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new ImportError('wrong-format');
	}
	const v = value as Record<string, unknown>;
	if (v.format === 'kies-encrypted') throw new ImportError('encrypted');
	if (v.format !== format) throw new ImportError('wrong-format', String(v.format ?? ''));
	if (typeof v.formatVersion !== 'number' || !Number.isInteger(v.formatVersion)) {
		throw new ImportError('invalid', 'formatVersion');
	}
	if (v.formatVersion > maxFormatVersion) throw new ImportError('newer-version');
	if (!('data' in v)) throw new ImportError('invalid', 'data');
	// Required: a record changed by hand with the checksum deleted is refused like a damaged one.
	if (typeof v.checksum !== 'string' || v.checksum !== (await sha256Hex(JSON.stringify(v.data)))) {
		throw new ImportError('checksum');
	}
	return {
		format,
		formatVersion: v.formatVersion,
		schemaVersion: typeof v.schemaVersion === 'number' ? v.schemaVersion : 0,
		appVersion: typeof v.appVersion === 'string' ? v.appVersion : '',
		exportedAt: typeof v.exportedAt === 'string' ? v.exportedAt : '',
		counts: isCounts(v.counts) ? v.counts : {},
		checksum: v.checksum,
		signature: v.signature,
		data: v.data
	};
}

function isCounts(value: unknown): value is Record<string, number> {
	return (
		typeof value === 'object' &&
		value !== null &&
		Object.values(value).every((n) => typeof n === 'number')
	);
}
