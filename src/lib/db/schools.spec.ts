import { describe, expect, it } from 'vitest';
import { createSchool, HolidayRangeError, importHolidays, saveHolidays } from './schools';
import { freshDb } from '../../../tests/unit/db';

const autumn = { name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' };

describe('school holidays', () => {
	it('names the holidays it already had instead of importing them again', async () => {
		const database = freshDb();
		const id = await createSchool('Het Kompas', database);
		await importHolidays(id, [autumn], database);
		const again = await importHolidays(
			id,
			[{ ...autumn, name: 'herfst (Google)' }, autumn],
			database
		);
		expect(again.added).toEqual([]);
		expect(again.duplicates.map((r) => r.name)).toEqual(['herfst (Google)', 'Herfstvakantie']);
		expect((await database.schools.get(id))?.holidays).toEqual([autumn]);
	});

	it('refuses an absurd holiday and writes nothing, by import or by edit', async () => {
		const database = freshDb();
		const id = await createSchool('Het Kompas', database);
		await saveHolidays(id, [autumn], database);
		const absurd = { name: 'Altijd vrij', start: '0001-01-01', end: '9999-12-31' };
		await expect(importHolidays(id, [absurd], database)).rejects.toBeInstanceOf(HolidayRangeError);
		await expect(saveHolidays(id, [autumn, absurd], database)).rejects.toBeInstanceOf(
			HolidayRangeError
		);
		expect((await database.schools.get(id))?.holidays).toEqual([autumn]);
	});
});
