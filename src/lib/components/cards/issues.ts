/** Validation issues as text in the user's language, and the form field each one belongs to. */
import { m } from '$lib/i18n';
import type { CardIssue } from '$lib/domain/cards/validation';
import { AGE_BANDS, KINDS, PHASES } from '$lib/model';
import { kindLabel, phaseLabel } from '$lib/i18n/card-labels';

/** The values a closed field takes, as the user reads them. */
const choices: Record<string, () => string[]> = {
	phase: () => PHASES.map((phase) => phaseLabel(phase)),
	kind: () => KINDS.map((kind) => kindLabel(kind)),
	ageBands: () => [...AGE_BANDS]
};

const fieldNames: Record<string, () => string> = {
	title: m.cards_form_title,
	summary: m.cards_form_summary,
	ageBands: m.cards_form_age,
	phase: m.cards_form_phase,
	kind: m.cards_form_kind,
	themes: m.cards_form_themes,
	minutes: m.cards_form_minutes,
	groupSizeMin: m.cards_form_group_min,
	groupSizeMax: m.cards_form_group_max,
	materials: m.cards_form_materials,
	preparation: m.cards_form_preparation,
	goals: m.cards_form_goals,
	steps: m.cards_form_steps,
	variationYounger: m.cards_form_variation_younger,
	variationOlder: m.cards_form_variation_older,
	tips: m.cards_form_tips,
	attention: m.cards_section_attention,
	worksheet: m.cards_form_worksheet,
	source: m.cards_form_source,
	licence: m.cards_form_licence
};

/** The name of a field path such as `materials.1.amount` ("Aantal bij materiaal 2"). */
export function fieldName(path: string): string {
	const [head, index, sub] = path.split('.');
	const n = String(Number(index) + 1);
	if (head === 'materials' && sub === 'name') return m.cards_form_material_name({ n });
	if (head === 'materials' && sub === 'amount') return m.cards_form_material_amount({ n });
	if (head === 'steps' && index) return m.cards_form_step({ n });
	if (head === 'goals' && index) return m.cards_form_goal({ n });
	if (head === 'worksheet' && index === 'title') return m.cards_form_worksheet_title();
	if (head === 'worksheet' && index === 'instruction') return m.cards_form_worksheet_instruction();
	return fieldNames[head]?.() ?? path;
}

/** The id of the form control for a field path, for error links and aria-describedby. */
export function fieldId(path: string): string {
	return 'field-' + (path || 'form').replaceAll('.', '-');
}

/** One clear sentence for an issue, naming the field. */
export function issueText(issue: CardIssue): string {
	const field = fieldName(issue.field);
	const allowed = choices[issue.field.split('.')[0]]?.().join(', ');
	if (allowed && (issue.code === 'invalid' || issue.code === 'required')) {
		return issue.value
			? m.cards_issue_choice({ field, value: issue.value, allowed })
			: m.cards_issue_choice_empty({ field, allowed });
	}
	switch (issue.code) {
		case 'required':
			return m.cards_issue_required({ field });
		case 'too-long':
			return issue.field === 'title'
				? m.cards_issue_title_too_long()
				: m.cards_issue_too_long({ field });
		case 'age-band-required':
			return m.cards_issue_age_band_required();
		case 'whole-number':
			return m.cards_issue_whole_number({ field });
		case 'minutes-range':
			return m.cards_issue_minutes_range();
		case 'group-size-range':
			return m.cards_issue_group_size_range({ field });
		case 'group-size-order':
			return m.cards_issue_group_size_order();
		case 'amount-range':
			return m.cards_issue_amount_range({ field });
		default:
			return m.cards_issue_invalid({ field });
	}
}
