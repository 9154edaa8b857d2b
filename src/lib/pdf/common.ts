/** Shared pieces of the KIES documents: options, labels and small formatting helpers. */
import type { Card, Material, PlanBlock } from '$lib/model';
import { ageBandLabel, kindLabel, phaseLabel } from '$lib/i18n/card-labels';
import * as messages from '$lib/paraglide/messages.js';
import type { FontBytes } from './fonts';
import type { Lang } from './writer';

export interface PdfOptions {
	fonts: FontBytes;
	lang: Lang;
}

/** Called after each step of a long document: `done` of `total` steps. */
export type Progress = (done: number, total: number) => void;

type Messages = typeof messages;
type Locale = { locale: Lang };

/** The print messages in the document's language (not necessarily the screen's). */
export function texts(lang: Lang): {
	[K in keyof Messages]: Messages[K] extends (inputs: infer I, options?: Locale) => string
		? (inputs?: I) => string
		: never;
} {
	return new Proxy({} as never, {
		get: (_, key: string) => (inputs?: unknown) =>
			(messages as unknown as Record<string, (i: unknown, o: Locale) => string>)[key](
				inputs ?? {},
				{ locale: lang }
			)
	});
}

/** "Gesprek · Opening · 10 minuten · 7-12 jaar · 4–10 kinderen". */
export function cardMeta(card: Card, lang: Lang): string {
	const t = texts(lang);
	const parts = [kindLabel(card.kind, lang), phaseLabel(card.phase, lang)];
	if (card.minutes > 0) parts.push(t.print_card_minutes({ n: String(card.minutes) }));
	if (card.ageBands.length > 0)
		parts.push(card.ageBands.map((band) => ageBandLabel(band, lang)).join(', '));
	if (card.groupSizeMin > 0 || card.groupSizeMax > 0) {
		parts.push(
			t.print_card_group_size({ min: String(card.groupSizeMin), max: String(card.groupSizeMax) })
		);
	}
	return parts.join(' · ');
}

/** "2 per kind: schaar" as written on a card. */
export function materialLine(material: Material, lang: Lang): string {
	const t = texts(lang);
	const inputs = { amount: String(material.amount), name: material.name };
	return material.per === 'child'
		? t.print_material_per_child(inputs)
		: t.print_material_per_group(inputs);
}

/** "Anne en Mehmet" (empty names left out). */
export function joinNames(names: readonly string[], lang: Lang): string {
	const present = names.map((n) => n.trim()).filter(Boolean);
	if (present.length < 2) return present[0] ?? '';
	return texts(lang).print_and({ a: present.slice(0, -1).join(', '), b: present.at(-1)! });
}

/** A block's title as the coach sees it: its own title, else its card's, else its kind. */
export function blockTitle(block: PlanBlock, card: Card | undefined, lang: Lang): string {
	const t = texts(lang);
	if (block.title.trim()) return block.title.trim();
	if (block.kind === 'card') return card?.title ?? t.print_block_card_missing();
	const byKind = {
		welcome: t.print_block_welcome,
		closing: t.print_block_closing,
		break: t.print_block_break,
		free: t.print_block_free
	};
	return byKind[block.kind]();
}

/** Lets the browser paint (a progress bar) between the steps of a long document. */
export function nextTick(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
