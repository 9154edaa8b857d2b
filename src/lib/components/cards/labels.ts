/** User-facing names for the card enums, in the current language. */
import { m } from '$lib/i18n';
import type { AgeBand, BuiltInTheme, Card, CardKind, Phase } from '$lib/model';

const phaseLabels: Record<Phase, () => string> = {
	opening: m.cards_phase_opening,
	before: m.cards_phase_before,
	now: m.cards_phase_now,
	future: m.cards_phase_future,
	closing: m.cards_phase_closing
};

const themeLabels: Record<BuiltInTheme, () => string> = {
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

const kindLabels: Record<CardKind, () => string> = {
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
export function phaseLabel(phase: Phase): string {
	return phaseLabels[phase]?.() ?? phase;
}

/** A built-in theme's name; a coach's own theme is shown as typed. */
export function themeLabel(theme: string): string {
	return Object.hasOwn(themeLabels, theme) ? themeLabels[theme as BuiltInTheme]() : theme;
}

/** "Rollenspel" for `role-play`. */
export function kindLabel(kind: CardKind): string {
	return kindLabels[kind]?.() ?? kind;
}

/** "7-12 jaar" for `7-12`. */
export function ageBandLabel(band: AgeBand): string {
	return m.cards_age_band({ band });
}

/** A card's phase, kind, theme and age names as searchable text (for `createCardIndex`). */
export function cardLabelText(card: Card): string {
	return [
		phaseLabel(card.phase),
		kindLabel(card.kind),
		...card.themes.map(themeLabel),
		...card.ageBands.map(ageBandLabel)
	].join(' ');
}
