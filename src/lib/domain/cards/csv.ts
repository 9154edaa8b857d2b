/**
 * Cards as CSV for Excel users: one row per card, `;` separated, UTF-8 with BOM. Lists inside a
 * cell are separated by `|`; a material is written "amount x name per child|group"
 * (e.g. "2 x stiften per kind"). The first row holds the column names below. Phase, kind and
 * built-in themes are written as Dutch words (see `csv-words.ts`); a file may come back as UTF-8
 * or as the Windows-1252 that Dutch Excel saves.
 */
import Papa from 'papaparse';
import { toCsv } from '../files';
import type { Card } from '$lib/model';
import type { CardDraft, CardIssue } from './validation';
import { KIND_WORDS, PHASE_WORDS, readKind, readPhase, readTheme, themeWord } from './csv-words';

export const CSV_COLUMNS = [
	'id',
	'titel',
	'samenvatting',
	'leeftijd',
	'fase',
	'themas',
	'soort',
	'minuten',
	'groep_min',
	'groep_max',
	'materialen',
	'voorbereiding',
	'doelen',
	'stappen',
	'variatie_jonger',
	'variatie_ouder',
	'tips',
	'let_op',
	'werkblad_titel',
	'werkblad_opdracht',
	'werkblad_ruimte',
	'bron',
	'licentie'
] as const;

const LIST = '|';

function materialText(material: Card['materials'][number]): string {
	return `${material.amount} x ${material.name} per ${material.per === 'child' ? 'kind' : 'groep'}`;
}

/** Reads "2 x stiften per kind"; anything else becomes a name with amount 0 so validation names it. */
function parseMaterial(text: string): Card['materials'][number] {
	const match = /^\s*(\d+)\s*[x×]\s*(.+?)\s+per\s+(kind|groep|child|group)\s*$/i.exec(text);
	if (!match) return { name: text.trim(), amount: 0, per: 'group' };
	const per = /^(kind|child)$/i.test(match[3]) ? 'child' : 'group';
	return { name: match[2], amount: Number(match[1]), per };
}

const split = (cell: string | undefined) =>
	(cell ?? '')
		.split(LIST)
		.map((part) => part.trim())
		.filter(Boolean);

/** Cards as a CSV text (with BOM); formulas are escaped so Excel never runs a cell. */
export function cardsToCsv(cards: readonly Card[]): string {
	const rows = cards.map((card) => [
		card.id,
		card.title,
		card.summary,
		card.ageBands.join(LIST),
		PHASE_WORDS[card.phase].nl,
		card.themes.map(themeWord).join(LIST),
		KIND_WORDS[card.kind].nl,
		String(card.minutes),
		String(card.groupSizeMin),
		String(card.groupSizeMax),
		card.materials.map(materialText).join(LIST),
		card.preparation,
		card.goals.join(LIST),
		card.steps.join(LIST),
		card.variationYounger,
		card.variationOlder,
		card.tips,
		card.attention,
		card.worksheet?.title ?? '',
		card.worksheet?.instruction ?? '',
		card.worksheet ? (card.worksheet.area === 'lines' ? 'lijnen' : 'tekenen') : '',
		card.source,
		card.licence
	]);
	return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** An empty template: the header row only. */
export function csvTemplate(): string {
	return cardsToCsv([]);
}

export interface CsvRow {
	/** 1-based row number as a spreadsheet shows it (the header is row 1). */
	row: number;
	id: string;
	draft: CardDraft;
	/** Cells the file holds that name no allowed value (phase, kind), with the value as typed. */
	issues: CardIssue[];
}

/** A file that is neither clean UTF-8 nor Windows-1252 text (e.g. UTF-16 or a spreadsheet). */
export class CsvEncodingError extends Error {
	override name = 'CsvEncodingError';
	constructor() {
		super('not UTF-8 or Windows-1252 text');
	}
}

// Control characters other than tab and line breaks, and the C1 range Windows-1252 leaves
// undefined: text never holds them, binary files and UTF-16 do.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/**
 * A file's bytes as text: UTF-8 (with or without BOM) when they are valid UTF-8, else
 * Windows-1252 as Dutch Excel writes "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeCsv(bytes: Uint8Array): string {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		throw new CsvEncodingError();
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		// Not valid UTF-8: the bytes are a single-byte Windows code page.
		text = new TextDecoder('windows-1252').decode(bytes);
	}
	if (NOT_TEXT.test(text)) throw new CsvEncodingError();
	return text;
}

const toNumber = (cell: string | undefined) => (cell?.trim() ? Number(cell.trim()) : Number.NaN);
/** Undo Papa's formula escaping (a leading ' before = + - @). */
const unescape = (cell: string | undefined) => (cell ?? '').replace(/^'(?=[=+\-@\t\r])/, '');

/** A CSV whose header lacks columns of the template (the screens name them in the user's words). */
export class MissingColumnsError extends Error {
	override name = 'MissingColumnsError';
	constructor(readonly columns: string[]) {
		super(`missing columns: ${columns.join(', ')}`);
	}
}

/** Reads a cards CSV into drafts (not yet validated). Throws when the header is not ours. */
export function csvToDrafts(text: string): CsvRow[] {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		delimiter: ';',
		skipEmptyLines: 'greedy',
		transformHeader: (header) => header.trim().toLowerCase()
	});
	const fields = parsed.meta.fields ?? [];
	const missing = CSV_COLUMNS.filter((column) => column !== 'id' && !fields.includes(column));
	if (missing.length) throw new MissingColumnsError(missing);
	return parsed.data.map((raw, i) => {
		const cell = (key: (typeof CSV_COLUMNS)[number]) => unescape(raw[key]).trim();
		const hasWorksheet = cell('werkblad_titel') !== '' || cell('werkblad_opdracht') !== '';
		const issues: CardIssue[] = [];
		const choice = <T>(field: 'phase' | 'kind', read: (text: string) => T | null): T => {
			const value = cell(field === 'phase' ? 'fase' : 'soort');
			const code = read(value);
			if (code === null) issues.push({ field, code: value ? 'invalid' : 'required', value });
			return (code ?? value) as T;
		};
		return {
			row: i + 2,
			id: cell('id'),
			issues,
			draft: {
				title: cell('titel'),
				summary: cell('samenvatting'),
				ageBands: split(cell('leeftijd')) as CardDraft['ageBands'],
				phase: choice('phase', readPhase),
				themes: split(cell('themas')).map((theme) => readTheme(theme) ?? theme),
				kind: choice('kind', readKind),
				minutes: toNumber(cell('minuten')),
				groupSizeMin: toNumber(cell('groep_min')),
				groupSizeMax: toNumber(cell('groep_max')),
				materials: split(cell('materialen')).map(parseMaterial),
				preparation: cell('voorbereiding'),
				goals: split(cell('doelen')),
				steps: split(cell('stappen')),
				variationYounger: cell('variatie_jonger'),
				variationOlder: cell('variatie_ouder'),
				tips: cell('tips'),
				attention: cell('let_op'),
				worksheet: hasWorksheet
					? {
							title: cell('werkblad_titel'),
							instruction: cell('werkblad_opdracht'),
							area: /^(lijnen|lines)$/i.test(cell('werkblad_ruimte')) ? 'lines' : 'drawing'
						}
					: null,
				source: cell('bron'),
				licence: cell('licentie'),
				exampleId: null,
				favourite: false,
				archived: false
			}
		};
	});
}
