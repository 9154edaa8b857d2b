/**
 * What makes a card valid, for the editor and for imports. Every rule has a stable issue code;
 * the screen turns codes into text in the user's language.
 */
import * as v from 'valibot';
import { AGE_BANDS, KINDS, PHASES, type Card } from '$lib/model';

/** A card as the editor or an import hands it in: everything but the stamps. */
export type CardDraft = Omit<Card, 'id' | 'createdAt' | 'updatedAt'>;

export const TITLE_MAX = 200;
export const MINUTES_MAX = 240;
export const GROUP_SIZE_MAX = 40;
const TEXT_MAX = 5000;

export type CardIssueCode =
	| 'required'
	| 'too-long'
	| 'age-band-required'
	| 'whole-number'
	| 'minutes-range'
	| 'group-size-range'
	| 'group-size-order'
	| 'amount-range'
	| 'invalid';

export interface CardIssue {
	/** Dot path of the field, e.g. `title`, `materials.0.name`, `groupSizeMax`. */
	field: string;
	code: CardIssueCode;
	/** The value as the file held it, when an import refused a choice (phase, kind). */
	value?: string;
}

const text = (max = TEXT_MAX) => v.pipe(v.string('invalid'), v.maxLength(max, 'too-long'));
const requiredText = (max: number) =>
	v.pipe(v.string('invalid'), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too-long'));
const wholeNumber = (min: number, max: number, code: CardIssueCode) =>
	v.pipe(
		v.number('whole-number'),
		v.integer('whole-number'),
		v.minValue(min, code),
		v.maxValue(max, code)
	);
/** Blank lines in a list are dropped rather than refused. */
const lines = (max = 60) =>
	v.pipe(
		v.array(v.pipe(v.string('invalid'), v.trim(), v.maxLength(1000, 'too-long')), 'invalid'),
		v.filterItems((item) => item !== ''),
		v.maxLength(max, 'too-long')
	);

const CODES: readonly string[] = [
	'required',
	'too-long',
	'age-band-required',
	'whole-number',
	'minutes-range',
	'group-size-range',
	'group-size-order',
	'amount-range',
	'invalid'
] satisfies CardIssueCode[];

const materialSchema = v.object(
	{
		name: requiredText(100),
		amount: wholeNumber(1, 999, 'amount-range'),
		per: v.picklist(['child', 'group'], 'invalid')
	},
	'invalid'
);

const worksheetSchema = v.object(
	{
		title: requiredText(TITLE_MAX),
		instruction: text(2000),
		area: v.picklist(['drawing', 'lines'], 'invalid')
	},
	'invalid'
);

export const cardDraftSchema = v.pipe(
	v.object(
		{
			title: requiredText(TITLE_MAX),
			summary: text(1000),
			ageBands: v.pipe(
				v.array(v.picklist(AGE_BANDS, 'invalid'), 'invalid'),
				v.minLength(1, 'age-band-required'),
				v.transform((bands) => AGE_BANDS.filter((band) => bands.includes(band)))
			),
			phase: v.picklist(PHASES, 'invalid'),
			themes: v.pipe(
				lines(20),
				v.transform((themes) => [...new Set(themes)])
			),
			kind: v.picklist(KINDS, 'invalid'),
			minutes: wholeNumber(1, MINUTES_MAX, 'minutes-range'),
			groupSizeMin: wholeNumber(1, GROUP_SIZE_MAX, 'group-size-range'),
			groupSizeMax: wholeNumber(1, GROUP_SIZE_MAX, 'group-size-range'),
			materials: v.pipe(v.array(materialSchema, 'invalid'), v.maxLength(50, 'too-long')),
			preparation: text(),
			goals: lines(),
			steps: lines(),
			variationYounger: text(),
			variationOlder: text(),
			tips: text(),
			attention: text(),
			worksheet: v.nullable(worksheetSchema),
			source: text(200),
			licence: text(200),
			exampleId: v.nullable(v.string('invalid')),
			favourite: v.boolean('invalid'),
			archived: v.boolean('invalid')
		},
		'invalid'
	),
	v.forward(
		v.partialCheck(
			[['groupSizeMin'], ['groupSizeMax']],
			(input) => input.groupSizeMin <= input.groupSizeMax,
			'group-size-order'
		),
		['groupSizeMax']
	)
);

export type CardCheck = { ok: true; draft: CardDraft } | { ok: false; issues: CardIssue[] };

/** Checks a card draft; on success returns it cleaned (trimmed, blank list lines dropped). */
export function validateCard(input: unknown): CardCheck {
	const result = v.safeParse(cardDraftSchema, input);
	if (result.success) return { ok: true, draft: result.output };
	return {
		ok: false,
		issues: result.issues.map((issue) => ({
			field: v.getDotPath(issue) ?? '',
			code: CODES.includes(issue.message) ? (issue.message as CardIssueCode) : 'invalid'
		}))
	};
}
