/**
 * The free texts the app lock seals at rest besides the children (issue 22): a coach may write
 * a child's name in a session's notes, its cancel reason, a plan block's notes, a meeting's notes,
 * or a template made from a plan (its name and its blocks' notes). Each text has a path in its
 * record (`notes`, `blocks.<block id>.notes`, `sessions.<n>.blocks.<block id>.notes`), so a
 * writer seals only the texts it changes. Pure: db/ stores them.
 */

/** The tables whose free texts are sealed per text. */
export const TEXT_SEALED_TABLES = ['sessions', 'meetings', 'templates'] as const;
export type TextSealedTable = (typeof TEXT_SEALED_TABLES)[number];

export function isTextSealedTable(name: string): name is TextSealedTable {
	return (TEXT_SEALED_TABLES as readonly string[]).includes(name);
}

type Row = Record<string, unknown>;
/** Given a text's path and text, its new text (undefined: unchanged). */
type Visit = (path: string, text: string) => string | undefined;

const FIELDS: Record<TextSealedTable, readonly string[]> = {
	sessions: ['notes', 'cancelReason'],
	meetings: ['notes'],
	templates: ['name']
};

function rows(value: unknown): Row[] | null {
	return Array.isArray(value)
		? value.filter((b): b is Row => typeof b === 'object' && b !== null)
		: null;
}

function visitBlocks(blocks: Row[], prefix: string, visit: Visit): Row[] {
	return blocks.map((block) => {
		if (typeof block.notes !== 'string') return block;
		const next = visit(`${prefix}blocks.${String(block.id)}.notes`, block.notes);
		return next === undefined ? block : { ...block, notes: next };
	});
}

/** The record with each free text (present in it) passed through `visit`. */
function mapTexts(table: TextSealedTable, row: Row, visit: Visit): Row {
	const out: Row = { ...row };
	for (const field of FIELDS[table]) {
		if (typeof row[field] !== 'string') continue;
		const next = visit(field, row[field]);
		if (next !== undefined) out[field] = next;
	}
	const blocks = table === 'sessions' ? rows(row.blocks) : null;
	if (blocks) out.blocks = visitBlocks(blocks, '', visit);
	const sessions = table === 'templates' ? rows(row.sessions) : null;
	if (sessions) {
		out.sessions = sessions.map((session, i) => {
			const inner = rows(session.blocks);
			return inner ? { ...session, blocks: visitBlocks(inner, `sessions.${i}.`, visit) } : session;
		});
	}
	return out;
}

/** Path → text of every non-empty free text present in a (whole or partial) record. */
export function freeTexts(table: TextSealedTable, row: Row): Record<string, string> {
	const texts: Record<string, string> = {};
	mapTexts(table, row, (path, text) => {
		if (text !== '') texts[path] = text;
		return undefined;
	});
	return texts;
}

/** Whether a path names a free text this record has (a removed block's notes are gone). */
export function hasTextPath(table: TextSealedTable, row: Row, path: string): boolean {
	let found = false;
	mapTexts(table, row, (p) => {
		if (p === path) found = true;
		return undefined;
	});
	return found;
}

/** The record with every free text emptied (as it is stored while the lock is on). */
export function withoutTexts(table: TextSealedTable, row: Row): Row {
	return mapTexts(table, row, () => '');
}

/** The record with these texts put back at their paths (texts of blocks no longer there are dropped). */
export function withTexts(table: TextSealedTable, row: Row, texts: Record<string, string>): Row {
	return mapTexts(table, row, (path) => texts[path]);
}
