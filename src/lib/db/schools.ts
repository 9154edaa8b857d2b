/** Writes for schools and their holidays. */
import { db as defaultDb, newId, nowIso, type AppDB } from './db';
import type { HolidayRange, School } from '$lib/model';
import { holidayProblem } from '$lib/domain/holiday-rules';

/** A holiday that may not be stored (see `holidayProblem`); nothing was written. */
export class HolidayRangeError extends Error {
	constructor(readonly range: HolidayRange) {
		super(`Holiday "${range.name}" ${range.start}..${range.end} is not a valid school holiday`);
	}
}

function refuseAbsurd(ranges: readonly HolidayRange[]): void {
	const bad = ranges.find((r) => holidayProblem(r) !== null);
	if (bad) throw new HolidayRangeError(bad);
}

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
	refuseAbsurd(ranges);
	await database.transaction('rw', [database.schools], async () => {
		await database.schools.update(id, { holidays: sorted(ranges), updatedAt: nowIso() });
	});
}

export interface HolidayImport {
	added: HolidayRange[];
	/** Ranges left out because the school (or the file, earlier) already had those dates. */
	duplicates: HolidayRange[];
}

/**
 * Adds imported ranges to the school's holidays. A range with the same first and last day as
 * one the school has is a duplicate, whatever its name: it is left out and reported.
 */
export async function importHolidays(
	id: string,
	ranges: readonly HolidayRange[],
	database: AppDB = defaultDb
): Promise<HolidayImport> {
	refuseAbsurd(ranges);
	return database.transaction('rw', [database.schools], async () => {
		const school = await database.schools.get(id);
		if (!school) throw new Error(`School ${id} not found`);
		const key = (r: HolidayRange) => `${r.start}|${r.end}`;
		const known = new Set(school.holidays.map(key));
		const added: HolidayRange[] = [];
		const duplicates: HolidayRange[] = [];
		for (const range of ranges) {
			if (known.has(key(range))) duplicates.push(range);
			else {
				known.add(key(range));
				added.push(range);
			}
		}
		if (added.length > 0) {
			await database.schools.update(id, {
				holidays: sorted([...school.holidays, ...added]),
				updatedAt: nowIso()
			});
		}
		return { added, duplicates };
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
