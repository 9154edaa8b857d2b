/** Message lookups for the care enums, so every screen and PDF names them alike. */
import { m } from './index';
import type { Lang } from '$lib/domain/dates';
import type { ConcernArea, ConsultedRole, MeldcodeStep } from '$lib/domain/meldcode';

type Message = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;

const stepTitles: Record<MeldcodeStep, Message> = {
	1: m.care_step_1_title,
	2: m.care_step_2_title,
	3: m.care_step_3_title,
	4: m.care_step_4_title,
	5: m.care_step_5_title
};

const stepTexts: Record<MeldcodeStep, Message> = {
	1: m.care_step_1_text,
	2: m.care_step_2_text,
	3: m.care_step_3_text,
	4: m.care_step_4_text,
	5: m.care_step_5_text
};

const concernNames: Record<ConcernArea, Message> = {
	financial: m.care_concern_financial,
	conflicts: m.care_concern_conflicts,
	'substance-mental': m.care_concern_substance_mental,
	'threats-contact': m.care_concern_threats_contact,
	violence: m.care_concern_violence,
	other: m.care_concern_other
};

const roleNames: Record<ConsultedRole, Message> = {
	'co-coach': m.care_role_co_coach,
	colleague: m.care_role_colleague,
	'care-officer': m.care_role_care_officer,
	'veilig-thuis': m.care_role_veilig_thuis,
	'school-care': m.care_role_school_care,
	'local-team': m.care_role_local_team,
	other: m.care_role_other
};

const as = (lang?: Lang) => (lang ? { locale: lang } : undefined);

export const stepTitle = (step: MeldcodeStep, lang?: Lang): string =>
	stepTitles[step]({}, as(lang));
export const stepText = (step: MeldcodeStep, lang?: Lang): string => stepTexts[step]({}, as(lang));
export const concernName = (area: ConcernArea, lang?: Lang): string =>
	concernNames[area]({}, as(lang));
export const roleName = (role: ConsultedRole, lang?: Lang): string => roleNames[role]({}, as(lang));
