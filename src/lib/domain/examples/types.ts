import type { CardDraft } from '$lib/domain/cards/validation';

/** Every example card says where it comes from and under which licence. */
export const EXAMPLE_SOURCE = 'Voorbeeldkaart KIES Toolkit';
export const EXAMPLE_LICENCE = 'CC BY 4.0';

/**
 * A card shipped with the app. `exampleId` is stable across releases; raise `version` when its
 * text changes so an untouched copy on a device is brought up to date.
 */
export type ExampleCard = Omit<
	CardDraft,
	'exampleId' | 'favourite' | 'archived' | 'source' | 'licence'
> & {
	exampleId: string;
	version: number;
};
