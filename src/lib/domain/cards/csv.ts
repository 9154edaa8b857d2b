/**
 * Cards as CSV for Excel users: one row per card, `;` separated, UTF-8 with BOM. Lists inside a
 * cell are separated by `|`; a material is written "amount x name per child|group"
 * (e.g. "2 x stiften per kind"). The first row holds the column names below.
 */
import Papa from 'papaparse';
import type { Card } from '$lib/model';
import type { CardDraft } from './validation';

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

const BOM = '\uFEFF';
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
		card.phase,
		card.themes.join(LIST),
		card.kind,
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
	return (
		BOM +
		Papa.unparse(
			{ fields: [...CSV_COLUMNS], data: rows },
			{ delimiter: ';', newline: '\r\n', escapeFormulae: true }
		)
	);
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
		return {
			row: i + 2,
			id: cell('id'),
			draft: {
				title: cell('titel'),
				summary: cell('samenvatting'),
				ageBands: split(cell('leeftijd')) as CardDraft['ageBands'],
				phase: cell('fase') as CardDraft['phase'],
				themes: split(cell('themas')),
				kind: cell('soort') as CardDraft['kind'],
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
