/** Writes for schools and their holidays. */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type { HolidayRange, School } from '$lib/model';

/** Adds a school without holidays; returns its id. */
export async function createSchool(name: string, database: AppDB = defaultDb): Promise<string> {
	return database.transaction('rw', [database.schools], async () => {
		const now = nowIso();
		const school: School = {
			id: newId(),
			createdAt: now,
			updatedAt: now,
			name: name.trim(),
			holidays: []
		};
		await database.schools.add(school);
		return school.id;
	});
}

/** Renames a school. */
export async function renameSchool(
	id: string,
	name: string,
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.schools], async () => {
		await database.schools.update(id, { name: name.trim(), updatedAt: nowIso() });
	});
}

function sorted(ranges: readonly HolidayRange[]): HolidayRange[] {
	return ranges
		.map((r) => ({ name: r.name.trim(), start: r.start, end: r.end < r.start ? r.start : r.end }))
		.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/** Replaces the school's holiday ranges (sorted by start). */
export async function saveHolidays(
	id: string,
	ranges: readonly HolidayRange[],
	database: AppDB = defaultDb
): Promise<void> {
	await database.transaction('rw', [database.schools], async () => {
		await database.schools.update(id, { holidays: sorted(ranges), updatedAt: nowIso() });
	});
}

/** Adds imported ranges to the school's holidays, leaving out ones it already has. Returns how many were new. */
export async function importHolidays(
	id: string,
	ranges: readonly HolidayRange[],
	database: AppDB = defaultDb
): Promise<number> {
	return database.transaction('rw', [database.schools], async () => {
		const school = await database.schools.get(id);
		if (!school) throw new Error(`School ${id} not found`);
		const key = (r: HolidayRange) => `${r.start}|${r.end}|${r.name.trim().toLowerCase()}`;
		const known = new Set(school.holidays.map(key));
		const fresh = ranges.filter((r) => !known.has(key(r)));
		await database.schools.update(id, {
			holidays: sorted([...school.holidays, ...fresh]),
			updatedAt: nowIso()
		});
		return fresh.length;
	});
}

/** Deletes a school; its groups keep their location text and lose the link. */
export async function deleteSchool(id: string, database: AppDB = defaultDb): Promise<void> {
	await database.transaction('rw', [database.schools, database.groups], async () => {
		await database.groups
			.where('schoolId')
			.equals(id)
			.modify({ schoolId: null, updatedAt: nowIso() });
		await database.schools.delete(id);
	});
}

/** A school's holidays; none for a group without a school. Read inside the caller's transaction. */
export async function holidaysOf(
	database: AppDB,
	schoolId: string | null
): Promise<HolidayRange[]> {
	if (!schoolId) return [];
	return (await database.schools.get(schoolId))?.holidays ?? [];
}
