/**
 * What an import would do, before anything is written: new cards, updated cards (same id,
 * other content), unchanged ones, and rejected rows with their row number and field.
 */
import { AGE_BANDS, type Card } from '$lib/model';
import { validateCard, type CardDraft, type CardIssue } from './validation';

export interface IncomingCard {
	row: number;
	id: string;
	draft: unknown;
	/** What reading the file already refused (a CSV's unknown phase or kind, with its value). */
	issues?: CardIssue[];
}

export interface ImportPreview {
	added: { row: number; draft: CardDraft }[];
	updated: { row: number; id: string; draft: CardDraft }[];
	unchanged: { row: number; id: string }[];
	/** New to this library by id, but the same content as a card already in it: offered, not added. */
	duplicates: { row: number; of: string; draft: CardDraft }[];
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

/**
 * Sorts incoming cards against the library. A row whose id matches a card updates it; an
 * example card matches this library's copy of the same example (every device gives its
 * examples their own ids); a new card with the content of one already here is a duplicate.
 */
export function previewImport(
	incoming: readonly IncomingCard[],
	existing: readonly Card[]
): ImportPreview {
	const byId = new Map(existing.map((card) => [card.id, card]));
	const byExample = new Map(
		existing.filter((card) => card.exampleId !== null).map((card) => [card.exampleId, card])
	);
	const byContent = new Map(existing.map((card) => [content(card), card]));
	const preview: ImportPreview = {
		added: [],
		updated: [],
		unchanged: [],
		duplicates: [],
		rejected: []
	};
	const seen = new Set<string>();
	const seenExamples = new Set<string>();
	for (const item of incoming) {
		const check = validateCard(withoutStamps(item.draft));
		const read = item.issues ?? [];
		if (!check.ok || read.length) {
			const later = check.ok ? [] : check.issues;
			const fields = new Set(read.map((issue) => issue.field));
			const issues = [...read, ...later.filter((issue) => !fields.has(issue.field))];
			preview.rejected.push({ row: item.row, issues });
			continue;
		}
		const exampleId = check.draft.exampleId;
		if ((item.id && seen.has(item.id)) || (exampleId !== null && seenExamples.has(exampleId))) {
			const field = item.id && seen.has(item.id) ? 'id' : 'exampleId';
			preview.rejected.push({ row: item.row, issues: [{ field, code: 'invalid' }] });
			continue;
		}
		if (item.id) seen.add(item.id);
		if (exampleId !== null) seenExamples.add(exampleId);
		const current =
			(item.id ? byId.get(item.id) : undefined) ??
			(exampleId !== null ? byExample.get(exampleId) : undefined);
		const twin = current ? undefined : byContent.get(content(check.draft));
		if (twin) {
			preview.duplicates.push({ row: item.row, of: twin.id, draft: check.draft });
		} else if (!current) preview.added.push({ row: item.row, draft: check.draft });
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
