/**
 * The organisation's contact person for concerns (aandachtsfunctionaris), shown by the "Zorg?"
 * button on every page. Apart from `./signals` so the layout does not load the signal log's code.
 */
import { db as defaultDb, type AppDB } from './db';

export const CARE_CONTACT_SETTING = 'careContact';

export interface CareContact {
	name: string;
	phone: string;
	email: string;
}

/** The organisation's contact person for concerns (aandachtsfunctionaris), if set. */
export async function getCareContact(database: AppDB = defaultDb): Promise<CareContact | null> {
	const v = (await database.settings.get(CARE_CONTACT_SETTING))?.value as
		Partial<CareContact> | undefined;
	if (!v) return null;
	const contact = {
		name: typeof v.name === 'string' ? v.name : '',
		phone: typeof v.phone === 'string' ? v.phone : '',
		email: typeof v.email === 'string' ? v.email : ''
	};
	return contact.name || contact.phone || contact.email ? contact : null;
}

/** Saves the contact person; all fields empty removes it. */
export async function saveCareContact(
	contact: CareContact,
	database: AppDB = defaultDb
): Promise<void> {
	const value = {
		name: contact.name.trim(),
		phone: contact.phone.trim(),
		email: contact.email.trim()
	};
	await database.transaction('rw', [database.settings], async () => {
		if (!value.name && !value.phone && !value.email) {
			await database.settings.delete(CARE_CONTACT_SETTING);
		} else {
			await database.settings.put({ key: CARE_CONTACT_SETTING, value });
		}
	});
}
