/** The editor's working copy of a card, and its conversion to a card draft for validation. */
import { THEMES, type Card } from '$lib/model';
import type { CardDraft } from '$lib/domain/cards/validation';

export interface FormDraft extends Omit<CardDraft, 'themes' | 'worksheet'> {
	/** Built-in theme keys that are ticked. */
	themeKeys: string[];
	/** The coach's own themes, comma separated as typed. */
	ownThemes: string;
	hasWorksheet: boolean;
	worksheet: NonNullable<Card['worksheet']>;
}

const builtIn: readonly string[] = THEMES;

/** An empty card for "Nieuwe werkvorm". */
export function emptyFormDraft(): FormDraft {
	return {
		title: '',
		summary: '',
		ageBands: [],
		phase: 'now',
		themeKeys: [],
		ownThemes: '',
		kind: 'conversation',
		minutes: 15,
		groupSizeMin: 4,
		groupSizeMax: 10,
		materials: [],
		preparation: '',
		goals: [''],
		steps: [''],
		variationYounger: '',
		variationOlder: '',
		tips: '',
		attention: '',
		hasWorksheet: false,
		worksheet: { title: '', instruction: '', area: 'drawing' },
		source: '',
		licence: '',
		exampleId: null,
		favourite: false,
		archived: false
	};
}

/** The editor's copy of a stored card. */
export function cardToFormDraft(card: Card): FormDraft {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { id, createdAt, updatedAt, themes, worksheet, ...rest } = structuredClone(card);
	return {
		...rest,
		goals: rest.goals.length ? rest.goals : [''],
		steps: rest.steps.length ? rest.steps : [''],
		themeKeys: themes.filter((theme) => builtIn.includes(theme)),
		ownThemes: themes.filter((theme) => !builtIn.includes(theme)).join(', '),
		hasWorksheet: worksheet !== null,
		worksheet: worksheet ?? { title: '', instruction: '', area: 'drawing' }
	};
}

/** The card draft the form describes, ready for `validateCard`. */
export function formDraftToCard(form: FormDraft): CardDraft {
	const { themeKeys, ownThemes, hasWorksheet, worksheet, ...rest } = form;
	const own = ownThemes
		.split(',')
		.map((theme) => theme.trim())
		.filter(Boolean);
	return {
		...rest,
		themes: [...themeKeys, ...own],
		worksheet: hasWorksheet ? { ...worksheet } : null
	};
}
