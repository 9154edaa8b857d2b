/**
 * Issue 18: figures a coordinator can put in front of a municipality. Three coaches' devices
 * make their exchange files through the app; the coordinator imports them through the app,
 * keeps one record of the group both co-coaches sent, and every figure of the new rules is
 * checked against numbers this test counts itself. The report's PDF and CSV hold the tables
 * and no child's name.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { appStarted, expectNoAxeViolations } from './helpers';
import { seed } from './seed';

const stamp = '2025-08-01T10:00:00.000Z';
const consent = { given: true, date: '2025-08-20', how: 'paper' };
type Mark = 'present' | 'late' | 'absent-notice' | 'absent' | null;

interface ChildSpec {
	name: string;
	startedOn?: string;
	stoppedOn?: string;
	stopReason?: string;
	marks: Mark[];
}
interface MeetingSpec {
	kind: 'information' | 'evaluation';
	date: string;
	recorded: boolean;
	/** Per child: [parent 1, parent 2] or null (no row). */
	parents: ([boolean, boolean] | null)[];
}
interface GroupSpec {
	id: string;
	name: string;
	school: string;
	ageBand: string;
	coaches: [string, string];
	startDate: string;
	status: 'planned' | 'running' | 'finished';
	sessions: { date: string; status: 'planned' | 'held' | 'cancelled' }[];
	children: ChildSpec[];
	meetings: MeetingSpec[];
}

/** One coach's device as records (the test's starting point, entered before the export). */
function records(groups: GroupSpec[]) {
	const out: Record<string, unknown[]> = {
		schools: [],
		groups: [],
		sessions: [],
		participants: [],
		attendance: [],
		meetings: [],
		meetingAttendance: []
	};
	for (const g of groups) {
		out.schools.push({
			id: `${g.id}-school`,
			name: g.school,
			holidays: [],
			createdAt: stamp,
			updatedAt: stamp
		});
		out.groups.push({
			id: g.id,
			name: g.name,
			ageBand: g.ageBand,
			schoolId: `${g.id}-school`,
			location: g.school,
			coaches: g.coaches,
			weekday: 2,
			startTime: '13:30',
			sessionMinutes: 60,
			sessionCount: g.sessions.length,
			maxSize: 10,
			startDate: g.startDate,
			status: g.status,
			finishedAt: g.status === 'finished' ? '2025-12-01T12:00:00.000Z' : null,
			registerLockedAt: null,
			createdAt: stamp,
			updatedAt: stamp
		});
		g.sessions.forEach((s, i) =>
			out.sessions.push({
				id: `${g.id}-s${i + 1}`,
				groupId: g.id,
				number: i + 1,
				date: s.date,
				startTime: '13:30',
				status: s.status,
				cancelReason: s.status === 'cancelled' ? 'studiedag' : '',
				blocks: [],
				notes: '',
				createdAt: stamp,
				updatedAt: stamp
			})
		);
		g.children.forEach((c, ci) => {
			const id = `${g.id}-c${ci + 1}`;
			out.participants.push({
				id,
				groupId: g.id,
				name: c.name,
				birthYear: 2016,
				schoolClass: 'groep 5',
				startedOn: c.startedOn ?? null,
				consent1: consent,
				consent2: consent,
				stoppedOn: c.stoppedOn ?? null,
				stopReason: c.stopReason ?? '',
				notes: `Notitie over ${c.name}`,
				erasedAt: null,
				createdAt: stamp,
				updatedAt: stamp
			});
			c.marks.forEach((mark, si) => {
				if (mark)
					out.attendance.push({
						sessionId: `${g.id}-s${si + 1}`,
						participantId: id,
						groupId: g.id,
						mark,
						reason: mark === 'absent-notice' ? 'unknown' : '',
						consentOverride: false,
						updatedAt: stamp
					});
			});
		});
		g.meetings.forEach((meeting, mi) => {
			const meetingId = `${g.id}-m${mi + 1}`;
			out.meetings.push({
				id: meetingId,
				groupId: g.id,
				kind: meeting.kind,
				date: meeting.date,
				startTime: '19:00',
				notes: '',
				recorded: meeting.recorded,
				createdAt: stamp,
				updatedAt: stamp
			});
			meeting.parents.forEach((p, ci) => {
				if (p)
					out.meetingAttendance.push({
						meetingId,
						participantId: `${g.id}-c${ci + 1}`,
						groupId: g.id,
						parent1: p[0],
						parent2: p[1],
						updatedAt: stamp
					});
			});
		});
	}
	return out;
}

const regenboog: GroupSpec = {
	id: 'anne-rb',
	name: 'De Regenboog 7-12',
	school: 'OBS De Regenboog',
	ageBand: '7-12',
	coaches: ['Anne', 'Mehmet'],
	startDate: '2025-09-02',
	status: 'finished',
	sessions: [
		{ date: '2025-09-02', status: 'held' },
		{ date: '2025-09-09', status: 'cancelled' },
		{ date: '2025-09-16', status: 'held' },
		{ date: '2025-09-23', status: 'held' }
	],
	children: [
		{ name: 'Sara', marks: ['present', null, 'present', 'late'] },
		{
			name: 'Şeyma',
			stoppedOn: '2025-09-16',
			stopReason: 'moved',
			marks: ['late', null, null, null]
		},
		// Unmarked in session 4: a gap, not an absence.
		{ name: 'Daan', marks: ['absent', null, 'present', null] },
		// Joined at session 3: sessions 1 and 2 are not hers.
		{ name: 'Lotte', startedOn: '2025-09-16', marks: [null, null, 'present', 'present'] }
	],
	meetings: [
		{
			kind: 'information',
			date: '2025-08-26',
			recorded: true,
			parents: [[true, true], [true, false], [false, false], null]
		},
		// Recorded through the screen below: nobody came.
		{ kind: 'evaluation', date: '2025-10-28', recorded: false, parents: [null, null, null, null] }
	]
};

// Mehmet sent the same real group from his own device (other ids, fewer marks).
const regenboogCopy: GroupSpec = {
	...regenboog,
	id: 'mehmet-rb',
	name: 'de regenboog 7-12 ',
	children: regenboog.children.map((c) => ({ ...c, marks: c.marks.map(() => null) }))
};

const anker: GroupSpec = {
	id: 'bo-anker',
	name: 'Het Anker 4-6',
	school: 'Het Anker',
	ageBand: '4-6',
	coaches: ['Bo', 'Cas'],
	startDate: '2025-10-07',
	status: 'running',
	sessions: [
		{ date: '2025-10-07', status: 'held' },
		{ date: '2025-10-14', status: 'held' },
		// Past and still "planned": a gap.
		{ date: '2025-10-21', status: 'planned' }
	],
	children: [
		{ name: 'Noor', marks: ['present', 'present'] },
		{ name: 'Yusuf', marks: ['absent-notice', null] },
		{ name: 'Finn', stoppedOn: '2025-10-10', stopReason: 'parents', marks: ['absent'] }
	],
	// Past and not recorded: counts for nothing, and is a gap.
	meetings: [{ kind: 'information', date: '2025-09-30', recorded: false, parents: [] }]
};

const vlinder: GroupSpec = {
	id: 'bo-vlinder',
	name: 'Vlinder 13-17',
	school: 'De Vlinder',
	ageBand: '13-17',
	coaches: ['Bo', ''],
	startDate: '2026-01-13',
	status: 'finished',
	sessions: [
		{ date: '2026-01-13', status: 'held' },
		{ date: '2026-01-20', status: 'held' },
		{ date: '2026-01-27', status: 'held' },
		{ date: '2026-02-03', status: 'held' }
	],
	children: [
		{ name: 'Emma', marks: ['present', 'present', 'present', 'present'] },
		{ name: 'Sem', marks: ['present', 'absent', 'present', 'late'] },
		{ name: 'Jip', marks: ['present', 'absent', 'absent', 'present'] }
	],
	meetings: [
		{
			kind: 'evaluation',
			date: '2026-02-10',
			recorded: true,
			parents: [
				[true, true],
				[true, false],
				[false, false]
			]
		}
	]
};

const childNames = [regenboog, anker, vlinder].flatMap((g) => g.children.map((c) => c.name));

/** The figures of the rules, counted by this test on its own (the "started" basis). */
function expected(groups: GroupSpec[], period?: { from: string; to: string }) {
	const inP = (d: string) => !period || (d >= period.from && d <= period.to);
	let children = 0,
		completed = 0,
		ongoing = 0,
		stopped = 0,
		held = 0,
		cancelled = 0;
	let attended = 0,
		marked = 0,
		unmarked = 0,
		pastPlanned = 0,
		unrecorded = 0;
	const parents = { information: [0, 0], evaluation: [0, 0] };
	const today = new Date().toISOString().slice(0, 10);
	const enrolled = (c: ChildSpec, d: string) =>
		(!c.startedOn || d >= c.startedOn) && (!c.stoppedOn || d < c.stoppedOn);
	for (const g of groups) {
		for (const c of g.children) {
			children += 1;
			if (c.stoppedOn) stopped += 1;
			else if (g.status === 'finished') completed += 1;
			else ongoing += 1;
		}
		g.sessions.forEach((s, si) => {
			if (!inP(s.date)) return;
			if (s.status === 'cancelled') cancelled += 1;
			if (s.status === 'planned' && s.date < today) pastPlanned += 1;
			if (s.status !== 'held') return;
			held += 1;
			for (const c of g.children) {
				if (!enrolled(c, s.date)) continue;
				const mark = c.marks[si] ?? null;
				if (mark === null) unmarked += 1;
				else {
					marked += 1;
					if (mark === 'present' || mark === 'late') attended += 1;
				}
			}
		});
		for (const meeting of g.meetings) {
			if (!inP(meeting.date)) continue;
			if (!meeting.recorded) {
				if (meeting.date < today) unrecorded += 1;
				continue;
			}
			g.children.forEach((c, ci) => {
				if (!enrolled(c, meeting.date)) return;
				const p = meeting.parents[ci];
				parents[meeting.kind][1] += 2;
				parents[meeting.kind][0] += (p?.[0] ? 1 : 0) + (p?.[1] ? 1 : 0);
			});
		}
	}
	const pct = (a: number, b: number) => `${Math.round((a / b) * 100)}%`;
	return {
		groups: String(groups.length),
		children: String(children),
		finished: String(completed),
		ongoing: String(ongoing),
		stopped: String(stopped),
		'sessions-held': String(held),
		'sessions-cancelled': String(cancelled),
		attendance: pct(attended, marked),
		'parents-information': parents.information[1]
			? pct(...(parents.information as [number, number]))
			: '–',
		'parents-evaluation': parents.evaluation[1]
			? pct(...(parents.evaluation as [number, number]))
			: '–',
		gaps: String(unmarked + pastPlanned + unrecorded),
		raw: { unmarked, pastPlanned, unrecorded, attended, marked }
	};
}

async function figure(page: Page, key: string) {
	return page.locator(`[data-figure="${key}"] .value`).innerText();
}

/** A coach's device: seed the records, do what the test asks there, export every group. */
async function coachDevice(
	browser: Browser,
	baseURL: string | undefined,
	name: string,
	groups: GroupSpec[],
	onDevice?: (page: Page) => Promise<void>
) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/');
	await appStarted(page);
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'kies-toolkit' && (d.version ?? 0) >= 20)
	);
	await seed(page, records(groups));
	if (onDevice) await onDevice(page);
	await page.goto('/overzicht/uitwisseling');
	await appStarted(page);
	await page.getByLabel('Uw naam zoals de coördinator die ziet').fill(name);
	for (const box of await page.getByRole('checkbox').all()) await box.check();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportbestand maken' }).click();
	const file = await download;
	const text = await readFile((await file.path())!, 'utf8');
	await context.close();
	for (const child of childNames) expect(text).not.toContain(child);
	return {
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	};
}

test('a coordinator’s figures follow the rules of issue 18, in the overview, the PDF and the CSV', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(300_000);

	const anne = await coachDevice(browser, baseURL, 'Anne', [regenboog], async (page) => {
		// "Nobody came" to the evaluation meeting, recorded on the screen.
		await page.goto('/groepen/aanwezigheid?group=anne-rb');
		await appStarted(page);
		const box = page.getByRole('checkbox', { name: /Opkomst vastgelegd.*Evaluatiebijeenkomst/ });
		await box.check();
		await expect(page.getByText('Vastgelegd: niemand kwam.')).toBeVisible();
	});
	regenboog.meetings[1].recorded = true;
	const mehmet = await coachDevice(browser, baseURL, 'Mehmet', [regenboogCopy]);
	const bo = await coachDevice(browser, baseURL, 'Bo', [anker, vlinder], async (page) => {
		// The group page shows what is still to fill in.
		await page.goto('/groepen/groep?id=bo-anker');
		await appStarted(page);
		const gaps = page.getByTestId('group-gaps');
		await expect(gaps.locator('[data-gap="unmarked"]')).toContainText('1 keer');
		await expect(gaps.locator('[data-gap="planned"]')).toContainText('1 voorbije');
		await expect(gaps.locator('[data-gap="meetings"]')).toContainText('1 voorbije');
		// A child added by mistake is truly deleted while nothing is marked for it.
		await page.goto('/groepen/kinderen?group=bo-anker');
		await appStarted(page);
		await page.getByLabel('Voornaam of alias').fill('Vergissing');
		await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
		await page
			.getByRole('button', { name: 'Verwijderen (per ongeluk toegevoegd): Vergissing' })
			.click();
		await page
			.getByRole('dialog')
			.getByRole('button', { name: 'Verwijderen (per ongeluk toegevoegd)' })
			.click();
		await expect(page.getByRole('heading', { name: 'Vergissing' })).toHaveCount(0);
		// Noor has marks: she can only be stopped or erased.
		await expect(page.getByRole('button', { name: /Verwijderen.*: Noor/ })).toHaveCount(0);
	});

	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/overzicht/uitwisseling');
	await appStarted(page);
	await page.getByLabel(/Exportbestanden van coaches/).setInputFiles([anne, mehmet, bo]);
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByText(/Bo, export van .*Nieuw: 2\./)).toBeVisible();

	// Both co-coaches sent the group: it counts twice until the coordinator keeps one.
	await page.goto('/overzicht?jaar=2025');
	await expect(page.locator('[data-overview-ms]')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('duplicates-notice')).toContainText('2 groepen');
	expect(await figure(page, 'groups')).toBe('4');
	await page.goto('/overzicht/uitwisseling');
	await appStarted(page);
	const duplicates = page.getByTestId('duplicates');
	await duplicates.getByRole('button', { name: /Deze laten meetellen \(Anne/ }).click();
	await expect(duplicates).toContainText('telt niet mee (dubbel)');
	await expectNoAxeViolations(page);

	await page.goto('/overzicht?jaar=2025');
	await expect(page.locator('[data-overview-ms]')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('duplicates-notice')).toHaveCount(0);
	const want = expected([regenboog, anker, vlinder]);
	for (const key of [
		'groups',
		'children',
		'finished',
		'ongoing',
		'stopped',
		'sessions-held',
		'sessions-cancelled',
		'attendance',
		'parents-information',
		'parents-evaluation',
		'gaps'
	] as const) {
		expect(await figure(page, key), key).toBe(want[key]);
	}
	await expect(page.getByTestId('basis-used')).toContainText('groepen die in de periode begonnen');
	const gapRows = page.getByTestId('overview-gaps').getByRole('row');
	await expect(gapRows.filter({ hasText: 'Het Anker 4-6' })).toContainText('1');
	await expect(page.locator('[data-table="school"]')).toContainText('OBS De Regenboog');
	await expectNoAxeViolations(page);

	// On the activity basis a quarter holds only what happened in it.
	await page.getByRole('combobox', { name: 'Periode' }).selectOption('custom');
	await page.getByLabel('Van').fill('2026-01-01');
	await page.getByLabel('Tot en met').fill('2026-03-31');
	await page.getByRole('radio', { name: /Bijeenkomsten, aanwezigheid/ }).check();
	await expect(page.getByTestId('basis-used')).toContainText('die in de periode vallen');
	const quarter = expected([vlinder], { from: '2026-01-01', to: '2026-03-31' });
	await expect(page.locator('[data-figure="groups"] .value')).toHaveText(quarter.groups);
	expect(await figure(page, 'sessions-held')).toBe(quarter['sessions-held']);
	expect(await figure(page, 'attendance')).toBe(quarter.attendance);
	expect(await figure(page, 'parents-evaluation')).toBe(quarter['parents-evaluation']);
	await page.getByRole('radio', { name: /Groepen die in de periode begonnen/ }).check();
	await page.getByRole('combobox', { name: 'Periode' }).selectOption('2025');
	await expect(page.locator('[data-figure="groups"] .value')).toHaveText(want.groups);

	// The report: organisation, basis, tables, gaps, definitions; no child's name.
	await page.getByLabel('Naam van de organisatie (op het rapport)').fill('Stichting Samen Sterk');
	await page.getByRole('button', { name: 'Naam bewaren' }).click();
	await expect(page.getByText('Naam van de organisatie bewaard.')).toBeVisible();
	let download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Cijfers als CSV (Excel)' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
	expect(rows).toContainEqual(['Organisatie', 'Stichting Samen Sterk']);
	const title = (t: string) => rows.findIndex((r) => r.length === 1 && r[0] === t);
	for (const t of [
		'Totalen',
		'Per school',
		'Per coach',
		'Per leeftijdsgroep',
		'Gestopt, naar reden: per school',
		'Nog in te vullen',
		'Definities'
	])
		expect(title(t), t).toBeGreaterThan(0);
	const school = rows[title('Per school') + 2];
	expect(school[0]).toBe('De Vlinder');
	expect(school.slice(1, 3)).toEqual(['1', '3']);
	const raw = want.raw;
	const attendance = (Math.round((raw.attended / raw.marked) * 1000) / 10)
		.toString()
		.replace('.', ',');
	expect(rows).toContainEqual([
		'Aanwezigheid',
		String(raw.attended),
		String(raw.marked),
		attendance
	]);

	download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Rapport als PDF voor de gemeente' }).click();
	const pdfBytes = await readFile((await (await download).path())!);
	const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), {
		mergePages: true
	});
	for (const t of [
		'Stichting Samen Sterk',
		'Basis: groepen die in de periode begonnen',
		'Wat de cijfers betekenen',
		'Per school',
		'Per coach',
		'Per leeftijdsgroep',
		'Gestopt, naar reden',
		'Nog in te vullen',
		'Groepen per school'
	])
		expect(text, t).toContain(t);
	for (const child of childNames) {
		expect(csv).not.toContain(child);
		expect(text).not.toContain(child);
	}
	await context.close();
});
