/**
 * Issue 18: figures a coordinator can put in front of a municipality. Three coaches' devices
 * make their exchange files through the app; the coordinator imports them through the app,
 * keeps one record of the group both co-coaches sent, and every figure of the new rules is
 * checked against numbers this test counts itself. The report's PDF and CSV hold the tables
 * and no child's name.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { appStarted, expectNoAxeViolations } from './helpers';

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

/** One coach's device as records (the test's starting point, restored before the export). */
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

const STOP_REASON_ORDER = ['moved', 'parents', 'child', 'referred', 'other', ''];
const today = new Date().toISOString().slice(0, 10);

/** What one group adds to the figures, counted by this test on its own. */
interface Tally {
	groups: number;
	children: number;
	completed: number;
	ongoing: number;
	stopped: number;
	reasons: Record<string, number>;
	held: number;
	cancelled: number;
	attended: number;
	marked: number;
	parents: Record<'information' | 'evaluation', [number, number]>;
	unmarked: number;
	pastPlanned: number;
	unrecorded: number;
}

function emptyTally(): Tally {
	return {
		groups: 0,
		children: 0,
		completed: 0,
		ongoing: 0,
		stopped: 0,
		reasons: Object.fromEntries(STOP_REASON_ORDER.map((r) => [r, 0])),
		held: 0,
		cancelled: 0,
		attended: 0,
		marked: 0,
		parents: { information: [0, 0], evaluation: [0, 0] },
		unmarked: 0,
		pastPlanned: 0,
		unrecorded: 0
	};
}

function add(into: Tally, t: Tally): Tally {
	for (const k of [
		'groups',
		'children',
		'completed',
		'ongoing',
		'stopped',
		'held',
		'cancelled',
		'attended',
		'marked',
		'unmarked',
		'pastPlanned',
		'unrecorded'
	] as const)
		into[k] += t[k];
	for (const r of STOP_REASON_ORDER) into.reasons[r] += t.reasons[r];
	for (const kind of ['information', 'evaluation'] as const)
		for (const i of [0, 1]) into.parents[kind][i] += t.parents[kind][i];
	return into;
}

/**
 * The rules as this test reads issue 18: a child counts from its start day until its stop day;
 * completed = not stopped in a finished group, else still running; attendance = attended ÷
 * marked in held sessions (no mark: a gap); turnout only of recorded meetings, two parents per
 * child taking part that day; a past session still planned and an unrecorded past meeting are
 * gaps. With a period: only sessions and meetings dated in it (the activity basis).
 */
function tally(g: GroupSpec, period?: { from: string; to: string }): Tally {
	const t = emptyTally();
	const inP = (d: string) => !period || (d >= period.from && d <= period.to);
	const enrolled = (c: ChildSpec, d: string) =>
		(!c.startedOn || d >= c.startedOn) && (!c.stoppedOn || d < c.stoppedOn);
	t.groups = 1;
	for (const c of g.children) {
		t.children += 1;
		if (c.stoppedOn) {
			t.stopped += 1;
			t.reasons[c.stopReason ?? ''] += 1;
		} else if (g.status === 'finished') t.completed += 1;
		else t.ongoing += 1;
	}
	g.sessions.forEach((s, si) => {
		if (!inP(s.date)) return;
		if (s.status === 'cancelled') t.cancelled += 1;
		if (s.status === 'planned' && s.date < today) t.pastPlanned += 1;
		if (s.status !== 'held') return;
		t.held += 1;
		for (const c of g.children) {
			if (!enrolled(c, s.date)) continue;
			const mark = c.marks[si] ?? null;
			if (mark === null) t.unmarked += 1;
			else {
				t.marked += 1;
				if (mark === 'present' || mark === 'late') t.attended += 1;
			}
		}
	});
	for (const meeting of g.meetings) {
		if (!inP(meeting.date)) continue;
		if (!meeting.recorded) {
			if (meeting.date < today) t.unrecorded += 1;
			continue;
		}
		g.children.forEach((c, ci) => {
			if (!enrolled(c, meeting.date)) return;
			const p = meeting.parents[ci];
			t.parents[meeting.kind][1] += 2;
			t.parents[meeting.kind][0] += (p?.[0] ? 1 : 0) + (p?.[1] ? 1 : 0);
		});
	}
	return t;
}

const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)}%` : '–');
/** A share as the CSV writes it: one decimal, decimal comma, empty when there is no whole. */
const csvPct = (a: number, b: number) =>
	b ? (Math.round((a / b) * 1000) / 10).toString().replace('.', ',') : '';

/** The overview's tiles for a sum of groups. */
function tiles(t: Tally) {
	return {
		groups: String(t.groups),
		children: String(t.children),
		finished: String(t.completed),
		ongoing: String(t.ongoing),
		stopped: String(t.stopped),
		'sessions-held': String(t.held),
		'sessions-cancelled': String(t.cancelled),
		attendance: pct(t.attended, t.marked),
		'parents-information': pct(...t.parents.information),
		'parents-evaluation': pct(...t.parents.evaluation),
		gaps: String(t.unmarked + t.pastPlanned + t.unrecorded)
	};
}
const TILE_KEYS = Object.keys(tiles(emptyTally())) as (keyof ReturnType<typeof tiles>)[];

/** A row of the tables per school, coach and age band, as the CSV has it. */
function figureRow(label: string, t: Tally): string[] {
	const parents = [0, 1].map((i) => t.parents.information[i] + t.parents.evaluation[i]);
	return [
		label,
		...[t.groups, t.children, t.completed, t.ongoing, t.stopped, t.held, t.cancelled].map(String),
		csvPct(t.attended, t.marked),
		csvPct(parents[0], parents[1])
	];
}

/** Groups summed per key (a group with two coaches counts under each), sorted as the report. */
function per(
	groups: GroupSpec[],
	keys: (g: GroupSpec) => string[],
	order: (a: string, b: string) => number
) {
	const sums = new Map<string, Tally>();
	for (const g of groups)
		for (const k of keys(g)) sums.set(k, add(sums.get(k) ?? emptyTally(), tally(g)));
	return [...sums.entries()].sort((a, b) => order(a[0], b[0]));
}
const byName = (a: string, b: string) => a.localeCompare(b, 'nl');
const bandOrder = (a: string, b: string) =>
	['4-6', '7-12', '13-17'].indexOf(a) - ['4-6', '7-12', '13-17'].indexOf(b);
const reasonRow = (label: string, t: Tally) => [
	label,
	String(t.stopped),
	...STOP_REASON_ORDER.map((r) => String(t.reasons[r]))
];

/** Every table of the report as the CSV must hold it, counted by this test. */
function expectedTables(groups: GroupSpec[]) {
	const total = groups.map((g) => tally(g)).reduce(add, emptyTally());
	const schools = per(groups, (g) => [g.school], byName);
	const coaches = per(groups, (g) => [...new Set(g.coaches.filter(Boolean))], byName);
	const bands = per(groups, (g) => [g.ageBand], bandOrder);
	const band = (k: string) => `${k} jaar`;
	const gapGroups = groups
		.map((g) => ({ g, t: tally(g) }))
		.filter(({ t }) => t.unmarked + t.pastPlanned + t.unrecorded > 0)
		.sort((a, b) => byName(a.g.school, b.g.school) || byName(a.g.name, b.g.name));
	return {
		total,
		'Per school': [...schools.map(([k, t]) => figureRow(k, t)), figureRow('Totaal', total)],
		'Per coach': coaches.map(([k, t]) => figureRow(k, t)),
		'Per leeftijdsgroep': [
			...bands.map(([k, t]) => figureRow(band(k), t)),
			figureRow('Totaal', total)
		],
		'Gestopt, naar reden: per school': [
			...schools.map(([k, t]) => reasonRow(k, t)),
			reasonRow('Totaal', total)
		],
		'Gestopt, naar reden: per leeftijdsgroep': [
			...bands.map(([k, t]) => reasonRow(band(k), t)),
			reasonRow('Totaal', total)
		],
		'Nog in te vullen': [
			...gapGroups.map(({ g, t }) => [
				g.name,
				g.school,
				String(t.unmarked),
				String(t.pastPlanned),
				String(t.unrecorded)
			]),
			['Totaal', '', String(total.unmarked), String(total.pastPlanned), String(total.unrecorded)]
		]
	};
}

async function figure(page: Page, key: string) {
	return page.locator(`[data-figure="${key}"] .value`).innerText();
}

/**
 * The coach's records as a backup file of the app (schema 2), the way a coach moves them to a
 * new device: the app's own restore validates and writes them.
 */
function backupFile(groups: GroupSpec[]) {
	const data = records(groups);
	const counts = Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, rows.length]));
	const envelope = {
		format: 'kies-backup',
		formatVersion: 1,
		schemaVersion: 2,
		appVersion: 'figures-e2e',
		exportedAt: stamp,
		counts,
		checksum: createHash('sha256').update(JSON.stringify(data)).digest('hex'),
		data
	};
	return {
		name: 'kies-backup-figures.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(envelope))
	};
}

/** A coach's device: restore the records, do what the test asks there, export every group. */
async function coachDevice(
	browser: Browser,
	baseURL: string | undefined,
	name: string,
	groups: GroupSpec[],
	onDevice?: (page: Page) => Promise<void>
) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/instellingen');
	await appStarted(page);
	await page.getByLabel('Back-upbestand').setInputFiles(backupFile(groups));
	const contents = page.getByRole('table', { name: 'Dit bestand bevat' });
	await expect(
		contents.getByRole('row', { name: new RegExp(`Groepen\\s+${groups.length}$`) })
	).toBeVisible();
	await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
	if (onDevice) await onDevice(page);
	await page.goto('/overzicht/uitwisseling');
	await appStarted(page);
	await page.getByLabel('Uw naam zoals de coördinator die ziet').fill(name);
	const groupBoxes = page.getByRole('group', { name: 'Kies de groepen' }).getByRole('checkbox');
	for (const box of await groupBoxes.all()) await box.check();
	// The coordinator's copy stays on this test's machine: sent without a passphrase.
	await page.getByRole('checkbox', { name: 'Versleutel het bestand met een wachtzin' }).uncheck();
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
}, testInfo) => {
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
		const child = (name: string) =>
			page.getByTestId('child').filter({ has: page.getByRole('heading', { name, exact: true }) });
		await child('Vergissing')
			.getByRole('button', { name: /^Verwijderen \(per ongeluk toegevoegd\)/ })
			.click();
		await page
			.getByRole('dialog')
			.getByRole('button', { name: 'Verwijderen (per ongeluk toegevoegd)' })
			.click();
		await expect(page.getByText('Vergissing is verwijderd.')).toBeAttached();
		await expect(child('Vergissing')).toHaveCount(0);
		// Noor and Yusuf have marks: they can only be stopped or erased.
		for (const marked of ['Noor', 'Yusuf']) {
			await expect(child(marked).getByRole('button', { name: /^Stoppen/ })).toBeVisible();
			await expect(child(marked).getByRole('button', { name: /^Verwijderen/ })).toHaveCount(0);
		}
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
	const groups = [regenboog, anker, vlinder];
	const want = expectedTables(groups);
	const wantTiles = tiles(want.total);
	// The data set exercises every rule: otherwise a figure could agree by accident.
	expect(want.total).toMatchObject({ completed: 6, ongoing: 2, stopped: 2 });
	expect(want.total.unmarked).toBeGreaterThan(0);
	expect(want.total.pastPlanned).toBeGreaterThan(0);
	expect(want.total.unrecorded).toBeGreaterThan(0);
	for (const key of TILE_KEYS) expect(await figure(page, key), key).toBe(wantTiles[key]);
	await expect(page.getByTestId('basis-used')).toContainText('groepen die in de periode begonnen');
	const gapRows = page.getByTestId('overview-gaps').getByRole('row');
	for (const [name, school, ...counts] of want['Nog in te vullen'].slice(0, -1)) {
		const cells = gapRows.filter({ hasText: name }).getByRole('cell');
		await expect(cells).toHaveText([school, ...counts]);
	}
	await expect(page.locator('[data-table="school"]')).toContainText('OBS De Regenboog');
	await expectNoAxeViolations(page);
	await page.screenshot({ path: testInfo.outputPath('overview-1280.png'), fullPage: true });
	// On a phone nothing sticks out sideways (the tables scroll within their own box).
	await page.setViewportSize({ width: 390, height: 844 });
	await expect
		.poll(() => page.evaluate(() => document.documentElement.scrollWidth))
		.toBeLessThanOrEqual(390);
	await page.screenshot({ path: testInfo.outputPath('overview-390.png'), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 720 });

	// On the activity basis a quarter holds only what happened in it.
	await page.getByRole('combobox', { name: 'Periode' }).selectOption('custom');
	await page.getByLabel('Van', { exact: true }).fill('2026-01-01');
	await page.getByLabel('Tot en met', { exact: true }).fill('2026-03-31');
	await page.getByRole('radio', { name: /Bijeenkomsten, aanwezigheid/ }).check();
	await expect(page.getByTestId('basis-used')).toContainText('die in de periode vallen');
	const quarterPeriod = { from: '2026-01-01', to: '2026-03-31' };
	const quarter = tiles(
		groups
			.filter((g) => g.sessions.some((s) => s.date >= quarterPeriod.from))
			.map((g) => tally(g, quarterPeriod))
			.reduce(add, emptyTally())
	);
	await expect(page.locator('[data-figure="groups"] .value')).toHaveText(quarter.groups);
	for (const key of TILE_KEYS) expect(await figure(page, key), `quarter ${key}`).toBe(quarter[key]);
	await page.getByRole('radio', { name: /Groepen die in de periode begonnen/ }).check();
	await page.getByRole('combobox', { name: 'Periode' }).selectOption('2025');
	await expect(page.locator('[data-figure="groups"] .value')).toHaveText(wantTiles.groups);

	// The report: organisation, basis, tables, gaps, definitions; no child's name.
	await page.getByLabel('Naam van de organisatie (op het rapport)').fill('Stichting Samen Sterk');
	await page.getByRole('button', { name: 'Naam bewaren' }).click();
	await expect(page.getByText('Naam van de organisatie bewaard.')).toBeVisible();
	let download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Cijfers als CSV (Excel)' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	await writeFile(testInfo.outputPath('report.csv'), csv);
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
	expect(rows).toContainEqual(['Organisatie', 'Stichting Samen Sterk']);
	expect(rows).toContainEqual([
		'Basis',
		expect.stringContaining('groepen die in de periode begonnen')
	]);
	/** A block of the CSV: its rows after the title and header row, up to the empty row. */
	const block = (title: string) => {
		const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
		expect(start, title).toBeGreaterThan(0);
		const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
		return { header: rows[start + 1], rows: rows.slice(start + 2, end) };
	};
	for (const title of [
		'Per school',
		'Per coach',
		'Per leeftijdsgroep',
		'Gestopt, naar reden: per school',
		'Gestopt, naar reden: per leeftijdsgroep',
		'Nog in te vullen'
	] as const) {
		// A block may end with its note (one cell); the figures are the rows before it.
		const got = block(title).rows.filter((r) => r.length > 1);
		expect(got, title).toEqual(want[title]);
	}
	expect(block('Per school').header).toEqual([
		'School',
		'Groepen',
		'Kinderen',
		'Afgerond',
		'Nog bezig',
		'Gestopt',
		'Gehouden',
		'Uitgevallen',
		'Aanwezig',
		'Ouders'
	]);
	const t = want.total;
	const totals = block('Totalen').rows;
	expect(totals).toContainEqual([
		'Aanwezigheid',
		String(t.attended),
		String(t.marked),
		csvPct(t.attended, t.marked)
	]);
	const definitions = rows.slice(rows.findIndex((r) => r[0] === 'Definities') + 1);
	for (const word of ['gehouden', 'aanwezig', 'afgerond', 'opkomst'])
		expect(definitions.join(' ').toLowerCase(), word).toContain(word);

	download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Rapport als PDF voor de gemeente' }).click();
	const pdfPath = testInfo.outputPath('report.pdf');
	await writeFile(pdfPath, await readFile((await (await download).path())!));
	const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
	const { text: unpdfText } = await extractText(
		await getDocumentProxy(new Uint8Array(await readFile(pdfPath))),
		{ mergePages: true }
	);
	for (const heading of [
		'Stichting Samen Sterk',
		'Basis: groepen die in de periode begonnen',
		'Wat de cijfers betekenen',
		'Per school',
		'Per coach',
		'Per leeftijdsgroep',
		'Gestopt, naar reden',
		'Nog in te vullen',
		'Groepen per school'
	]) {
		expect(text, heading).toContain(heading);
		expect(unpdfText, heading).toContain(heading);
	}
	// Every row of the tables per school, coach and age band is in the PDF, in order, with the
	// PDF's own number format (whole percentages).
	const pdfLines = text.split('\n').map((line) => line.trim().split(/\s{2,}/));
	const pdfRow = (row: string[]) => [
		...row.slice(0, 8),
		...row
			.slice(8)
			.map((cell) => (cell === '' ? '–' : `${Math.round(Number(cell.replace(',', '.')))}%`))
	];
	for (const title of ['Per school', 'Per coach', 'Per leeftijdsgroep'] as const)
		for (const row of want[title])
			expect(pdfLines, `${title}: ${row[0]}`).toContainEqual(pdfRow(row));
	for (const child of childNames) {
		expect(csv).not.toContain(child);
		expect(text).not.toContain(child);
		expect(unpdfText).not.toContain(child);
	}

	// Rendered: every page carries content down at least a third of it (no near-empty pages).
	const prefix = testInfo.outputPath('report-page');
	execFileSync('pdftoppm', ['-r', '40', '-gray', pdfPath, prefix]);
	const pages = (await readdir(testInfo.outputDir)).filter((f) => f.startsWith('report-page'));
	expect(pages.length).toBeGreaterThan(0);
	for (const file of pages) {
		const { width, height, pixels } = readPgm(await readFile(testInfo.outputPath(file)));
		let lastInked = 0;
		for (let y = 0; y < height; y += 1)
			for (let x = 0; x < width; x += 1)
				if (pixels[y * width + x] < 160) {
					lastInked = y;
					break;
				}
		expect(lastInked / height, file).toBeGreaterThan(1 / 3);
	}
	execFileSync('pdftoppm', ['-r', '80', '-png', pdfPath, prefix + '-png']);
	await context.close();
});

/** A binary PGM (P5) as pdftoppm -gray writes it. */
function readPgm(data: Buffer) {
	const header = data.subarray(0, 64).toString('latin1');
	const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
	if (!match) throw new Error('not a PGM file');
	const [, width, height] = match.map(Number);
	return { width, height, pixels: data.subarray(match[0].length) };
}
