/**
 * The words a cards CSV uses for phase, kind and theme. The file speaks Dutch (its columns are
 * Dutch); reading also accepts the English names and the codes of older files, with case and
 * accents folded. The names match the screens' labels (a unit test holds them to the catalogues).
 */
import { KINDS, PHASES, THEMES, type BuiltInTheme, type CardKind, type Phase } from '$lib/model';
import { foldText } from './fold';

type Words<T extends string> = Record<T, { nl: string; en: string }>;

export const PHASE_WORDS: Words<Phase> = {
	opening: { nl: 'Opening', en: 'Opening' },
	before: { nl: 'Hoe het was', en: 'How it was' },
	now: { nl: 'Hoe het nu is', en: 'How it is now' },
	future: { nl: 'De toekomst', en: 'The future' },
	closing: { nl: 'Afsluiting', en: 'Closing' }
};

export const KIND_WORDS: Words<CardKind> = {
	conversation: { nl: 'Gesprek', en: 'Conversation' },
	game: { nl: 'Spel', en: 'Game' },
	'role-play': { nl: 'Rollenspel', en: 'Role play' },
	creative: { nl: 'Creatief', en: 'Creative' },
	statements: { nl: 'Stellingen', en: 'Statements' },
	drama: { nl: 'Drama', en: 'Drama' },
	movement: { nl: 'Bewegen', en: 'Movement' },
	relaxation: { nl: 'Ontspanning', en: 'Relaxation' },
	story: { nl: 'Verhaal', en: 'Story' }
};

export const THEME_WORDS: Words<BuiltInTheme> = {
	feelings: { nl: 'Gevoelens', en: 'Feelings' },
	changes: { nl: 'Veranderingen', en: 'Changes' },
	'two-homes': { nl: 'Twee huizen', en: 'Two homes' },
	loyalty: { nl: 'Loyaliteit', en: 'Loyalty' },
	conflict: { nl: 'Ruzie tussen ouders', en: 'Conflict between parents' },
	'new-family': { nl: 'Nieuw gezin', en: 'New family' },
	trust: { nl: 'Vertrouwen', en: 'Trust' },
	'asking-help': { nl: 'Hulp vragen', en: 'Asking for help' },
	goodbye: { nl: 'Afscheid', en: 'Saying goodbye' },
	'own-qualities': { nl: 'Eigen kwaliteiten', en: 'Own qualities' },
	'getting-to-know': { nl: 'Kennismaken', en: 'Getting to know each other' }
};

/** Folds away case, accents and the spacing or dashes between words ("Rollen-spel" → "rollenspel"). */
const key = (text: string) => foldText(text).replace(/[\s\-_'’]+/g, '');

function reader<T extends string>(
	codes: readonly T[],
	words: Words<T>
): (cell: string) => T | null {
	const lookup = new Map<string, T>();
	for (const code of codes) {
		for (const word of [code, words[code].nl, words[code].en]) lookup.set(key(word), code);
	}
	return (cell) => lookup.get(key(cell)) ?? null;
}

/** The phase a cell names ("hoe het was", "Before", "before"), or null. */
export const readPhase = reader(PHASES, PHASE_WORDS);
/** The kind a cell names ("rollenspel", "Role play", "role-play"), or null. */
export const readKind = reader(KINDS, KIND_WORDS);
/** The built-in theme a cell names ("gevoelens", "Feelings", "feelings"), or null for an own theme. */
export const readTheme = reader(THEMES, THEME_WORDS);

/** A built-in theme's Dutch name for the file; an own theme as typed. */
export function themeWord(theme: string): string {
	return Object.hasOwn(THEME_WORDS, theme) ? THEME_WORDS[theme as BuiltInTheme].nl : theme;
}
