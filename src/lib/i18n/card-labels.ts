/** User-facing names for the card enums: in the app's language, or in `lang` (a PDF in English). */
import { m } from './index';
import type { Lang } from '$lib/domain/dates';
import type { AgeBand, BuiltInTheme, Card, CardKind, Phase } from '$lib/model';

type Message = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;
const as = (lang?: Lang) => (lang ? { locale: lang } : undefined);

const phaseLabels: Record<Phase, Message> = {
	opening: m.cards_phase_opening,
	before: m.cards_phase_before,
	now: m.cards_phase_now,
	future: m.cards_phase_future,
	closing: m.cards_phase_closing
};

const themeLabels: Record<BuiltInTheme, Message> = {
	feelings: m.cards_theme_feelings,
	changes: m.cards_theme_changes,
	'two-homes': m.cards_theme_two_homes,
	loyalty: m.cards_theme_loyalty,
	conflict: m.cards_theme_conflict,
	'new-family': m.cards_theme_new_family,
	trust: m.cards_theme_trust,
	'asking-help': m.cards_theme_asking_help,
	goodbye: m.cards_theme_goodbye,
	'own-qualities': m.cards_theme_own_qualities,
	'getting-to-know': m.cards_theme_getting_to_know
};

const kindLabels: Record<CardKind, Message> = {
	conversation: m.cards_kind_conversation,
	game: m.cards_kind_game,
	'role-play': m.cards_kind_role_play,
	creative: m.cards_kind_creative,
	statements: m.cards_kind_statements,
	drama: m.cards_kind_drama,
	movement: m.cards_kind_movement,
	relaxation: m.cards_kind_relaxation,
	story: m.cards_kind_story
};

/** "Hoe het nu is" for `now`. */
export function phaseLabel(phase: Phase, lang?: Lang): string {
	return phaseLabels[phase]?.({}, as(lang)) ?? phase;
}

/** A built-in theme's name; a coach's own theme is shown as typed. */
export function themeLabel(theme: string, lang?: Lang): string {
	return Object.hasOwn(themeLabels, theme)
		? themeLabels[theme as BuiltInTheme]({}, as(lang))
		: theme;
}

/** "Rollenspel" for `role-play`. */
export function kindLabel(kind: CardKind, lang?: Lang): string {
	return kindLabels[kind]?.({}, as(lang)) ?? kind;
}

/** "7-12 jaar" for `7-12`. */
export function ageBandLabel(band: AgeBand, lang?: Lang): string {
	return m.cards_age_band({ band }, as(lang));
}

/** A card's phase, kind, theme and age names as searchable text (for `createCardIndex`). */
export function cardLabelText(card: Card): string {
	return [
		phaseLabel(card.phase),
		kindLabel(card.kind),
		...card.themes.map((theme) => themeLabel(theme)),
		...card.ageBands.map((band) => ageBandLabel(band))
	].join(' ');
}
