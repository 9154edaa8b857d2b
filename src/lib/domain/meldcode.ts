/**
 * The Meldcode huiselijk geweld en kindermishandeling as the toolkit uses it: five steps,
 * the concern areas to be alert to in separations, and the national numbers. The reminders for
 * a signal are in `./meldcode-reminder`. Pure rules: no Svelte, no Dexie, no dates (the "Zorg?"
 * button on every page uses this module).
 */
export const MELDCODE_STEPS = [1, 2, 3, 4, 5] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];

/** The concern areas of the seed documents, plus "other". */
export const CONCERN_AREAS = [
	'financial',
	'conflicts',
	'substance-mental',
	'threats-contact',
	'violence',
	'other'
] as const;
export type ConcernArea = (typeof CONCERN_AREAS)[number];

/** Who was consulted, by role only: the log never holds other people's names. */
export const CONSULTED_ROLES = [
	'co-coach',
	'colleague',
	'care-officer',
	'veilig-thuis',
	'school-care',
	'local-team',
	'other'
] as const;
export type ConsultedRole = (typeof CONSULTED_ROLES)[number];

export function isMeldcodeStep(value: unknown): value is MeldcodeStep {
	return typeof value === 'number' && (MELDCODE_STEPS as readonly number[]).includes(value);
}

/** The national numbers, as shown and as dialled. */
export const CARE_NUMBERS = {
	veiligThuis: { shown: '0800-2000', tel: 'tel:08002000' },
	emergency: { shown: '112', tel: 'tel:112' },
	kindertelefoon: { shown: '0800-0432', tel: 'tel:08000432' }
} as const;

/** A phone number as a tel: link target (digits and a leading +). */
export function telHref(phone: string): string {
	const trimmed = phone.trim();
	return 'tel:' + (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}
