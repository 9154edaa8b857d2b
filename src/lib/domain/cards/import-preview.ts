/**
 * What an import would do, before anything is written: new cards, updated cards (same id,
 * other content), unchanged ones, and rejected rows with their row number and field.
 */
import { AGE_BANDS, type Card } from '$lib/db/types';
import { validateCard, type CardDraft, type CardIssue } from './validation';

export interface IncomingCard {
	row: number;
	id: string;
	draft: unknown;
}

export interface ImportPreview {
	added: { row: number; draft: CardDraft }[];
	updated: { row: number; id: string; draft: CardDraft }[];
	unchanged: { row: number; id: string }[];
	rejected: { row: number; issues: CardIssue[] }[];
}

const CONTENT_KEYS = [
	'title',
	'summary',
	'ageBands',
	'phase',
	'themes',
	'kind',
	'minutes',
	'groupSizeMin',
	'groupSizeMax',
	'materials',
	'preparation',
	'goals',
	'steps',
	'variationYounger',
	'variationOlder',
	'tips',
	'attention',
	'worksheet',
	'source',
	'licence'
] as const;

/** The content that decides "changed": not the stamps, favourite, archive or example link. */
function content(card: CardDraft): string {
	return JSON.stringify(
		CONTENT_KEYS.map((key) => {
			const value = card[key];
			if (key === 'ageBands') return AGE_BANDS.filter((band) => card.ageBands.includes(band));
			if (key === 'materials') return card.materials.map((x) => [x.name, x.amount, x.per]);
			if (key === 'worksheet')
				return (
					card.worksheet && [card.worksheet.title, card.worksheet.instruction, card.worksheet.area]
				);
			return value;
		})
	);
}

function withoutStamps(draft: unknown): unknown {
	if (typeof draft !== 'object' || draft === null) return draft;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, createdAt, updatedAt, ...rest } = draft as Record<string, unknown>;
	return rest;
}

/** Sorts incoming cards against the library. A row whose id matches a card updates it. */
export function previewImport(
	incoming: readonly IncomingCard[],
	existing: readonly Card[]
): ImportPreview {
	const byId = new Map(existing.map((card) => [card.id, card]));
	const preview: ImportPreview = { added: [], updated: [], unchanged: [], rejected: [] };
	const seen = new Set<string>();
	for (const item of incoming) {
		const check = validateCard(withoutStamps(item.draft));
		if (!check.ok) {
			preview.rejected.push({ row: item.row, issues: check.issues });
			continue;
		}
		const current = item.id ? byId.get(item.id) : undefined;
		if (item.id && seen.has(item.id)) {
			preview.rejected.push({ row: item.row, issues: [{ field: 'id', code: 'invalid' }] });
			continue;
		}
		if (item.id) seen.add(item.id);
		if (!current) preview.added.push({ row: item.row, draft: check.draft });
		else if (content(current) === content(check.draft))
			preview.unchanged.push({ row: item.row, id: current.id });
		else
			preview.updated.push({
				row: item.row,
				id: current.id,
				draft: {
					...check.draft,
					favourite: current.favourite,
					archived: current.archived,
					exampleId: current.exampleId
				}
			});
	}
	return preview;
}
