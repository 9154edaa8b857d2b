import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { collectForeignRequests, expectNoAxeViolations } from './helpers';
import { seed } from './seed';

const stamp = '2025-08-01T10:00:00.000Z';
const consent = { given: true, date: '2025-08-20', how: 'paper' };

/** One coach's device: a group at a school with sessions, children, marks and parent meetings. */
function coachData(options: {
	prefix: string;
	school: string;
	coaches: [string, string];
	ageBand: string;
	children: { name: string; stoppedOn: string | null; marks: string[] }[];
	sessions: string[];
	parents: boolean[][];
}) {
	const { prefix } = options;
	const groupId = `${prefix}-group`;
	const schoolId = `${prefix}-school`;
	const sessions = options.sessions.map((status, i) => ({
		id: `${prefix}-s${i + 1}`,
		groupId,
		number: i + 1,
		date: `2025-09-${String(2 + i * 7).padStart(2, '0')}`,
		startTime: '13:30',
		status,
		cancelReason: '',
		blocks: [],
		notes: '',
		createdAt: stamp,
		updatedAt: stamp
	}));
	const participants = options.children.map((child, i) => ({
		id: `${prefix}-c${i + 1}`,
		groupId,
		name: child.name,
		birthYear: 2016,
		schoolClass: 'groep 5',
		consent1: consent,
		consent2: consent,
		stoppedOn: child.stoppedOn,
		stopReason: child.stoppedOn ? 'moved' : '',
		notes: `Notitie over ${child.name}`,
		erasedAt: null,
		createdAt: stamp,
		updatedAt: stamp
	}));
	const attendance = options.children.flatMap((child, c) =>
		child.marks.map((mark, s) => ({
			sessionId: sessions[s].id,
			participantId: participants[c].id,
			groupId,
			mark,
			reason: '',
			consentOverride: false,
			updatedAt: stamp
		}))
	);
	const meetingId = `${prefix}-info`;
	return {
		schools: [
			{ id: schoolId, name: options.school, holidays: [], createdAt: stamp, updatedAt: stamp }
		],
		groups: [
			{
				id: groupId,
				name: `${options.school} ${options.ageBand}`,
				ageBand: options.ageBand,
				schoolId,
				location: options.school,
				coaches: options.coaches,
				weekday: 2,
				startTime: '13:30',
				sessionMinutes: 60,
				sessionCount: sessions.length,
				maxSize: 10,
				startDate: '2025-09-02',
				status: 'finished',
				finishedAt: '2025-11-01T12:00:00.000Z',
				registerLockedAt: null,
				createdAt: stamp,
				updatedAt: stamp
			}
		],
		sessions,
		participants,
		attendance,
		meetings: [
			{
				id: meetingId,
				groupId,
				kind: 'information',
				date: '2025-08-26',
				startTime: '19:00',
				notes: '',
				createdAt: stamp,
				updatedAt: stamp
			}
		],
		meetingAttendance: options.parents.map(([parent1, parent2], i) => ({
			meetingId,
			participantId: participants[i].id,
			groupId,
			parent1,
			parent2,
			updatedAt: stamp
		}))
	};
}

// Anne's group: 3 sessions held + 1 cancelled; Şeyma stops before session 3.
// Counted child-sessions: Sara 3, Şeyma 1, Daan 3 = 7; attended: 3 + 1 (late) + 2 = 6.
const anne = coachData({
	prefix: 'anne',
	school: 'OBS De Regenboog',
	coaches: ['Anne', 'Mehmet'],
	ageBand: '7-12',
	sessions: ['held', 'cancelled', 'held', 'held'],
	children: [
		{ name: 'Sara', stoppedOn: null, marks: ['present', 'present', 'present', 'late'] },
		{ name: 'Şeyma', stoppedOn: '2025-09-16', marks: ['late', 'absent', 'present', 'absent'] },
		{ name: 'Daan', stoppedOn: null, marks: ['absent', 'present', 'present', 'present'] }
	],
	parents: [
		[true, true],
		[true, false],
		[false, false]
	]
});

// Bo's group: 2 held; 2 children, no one stopped. Counted 4, attended 3.
const bo = coachData({
	prefix: 'bo',
	school: 'Het Anker',
	coaches: ['Bo', 'Cas'],
	ageBand: '4-6',
	sessions: ['held', 'held'],
	children: [
		{ name: 'Noor', stoppedOn: null, marks: ['present', 'present'] },
		{ name: 'Yusuf', stoppedOn: null, marks: ['absent-notice', 'late'] }
	],
	parents: [
		[true, true],
		[true, true]
	]
});

const childNames = ['Sara', 'Şeyma', 'Daan', 'Noor', 'Yusuf'];

/** Makes the exchange file on a coach's own profile, through the app. */
async function exportAs(
	browser: Browser,
	baseURL: string | undefined,
	name: string,
	data: Record<string, unknown[]>
) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	// A fresh profile on the dev server loads every module anew: allow it time.
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible({ timeout: 60_000 });
	// Seed only once the app has created its database (Dexie keeps version 1 as 10).
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'kies-toolkit' && (d.version ?? 0) >= 10)
	);
	await seed(page, data);
	await page.goto('/overzicht/uitwisseling');
	await page.getByLabel('Uw naam zoals de coördinator die ziet').fill(name);
	await page.getByRole('checkbox', { name: /De Regenboog|Het Anker/ }).check();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportbestand maken' }).click();
	const file = await download;
	const text = await readFile((await file.path())!, 'utf8');
	await context.close();
	return { name: file.suggestedFilename(), buffer: Buffer.from(text) };
}

async function figure(page: Page, key: string) {
	return page.locator(`[data-figure="${key}"] .value`).innerText();
}

test('a coordinator imports two coaches’ exports and gets the right totals, without child names', async ({
	browser,
	baseURL
}) => {
	// Three fresh profiles; on the dev server each first load compiles many modules.
	test.setTimeout(180_000);
	const files = [
		await exportAs(browser, baseURL, 'Anne', anne),
		await exportAs(browser, baseURL, 'Bo', bo)
	];
	for (const file of files) {
		for (const child of childNames) expect(file.buffer.toString()).not.toContain(child);
	}

	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	const foreign = collectForeignRequests(page);
	await page.goto('/overzicht/uitwisseling');
	await expect(page.locator('h1')).toHaveText('Gegevens uitwisselen', { timeout: 60_000 });
	const picker = page.getByLabel(/Exportbestanden van coaches/);
	await picker.setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/json' })));
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByText(/Anne, export van .*Nieuw: 1\./)).toBeVisible();
	await expect(page.getByText(/Bo, export van .*Nieuw: 1\./)).toBeVisible();

	// The same file again changes nothing.
	await picker.setInputFiles([{ ...files[0], mimeType: 'application/json' }]);
	await page.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByText(/Al aanwezig, niets veranderd: 1\./)).toBeVisible();
	await expect(page.getByRole('row')).toHaveCount(3);
	await expectNoAxeViolations(page);

	await page.goto('/overzicht?jaar=2025');
	await expect(page.locator('[data-overview-ms]')).toBeVisible({ timeout: 30_000 });
	expect(await figure(page, 'groups')).toBe('2');
	expect(await figure(page, 'children')).toBe('5');
	expect(await figure(page, 'stopped')).toBe('1');
	expect(await figure(page, 'sessions-held')).toBe('5');
	expect(await figure(page, 'sessions-cancelled')).toBe('1');
	expect(await figure(page, 'attendance')).toBe('82%'); // (6 + 3) of (7 + 4)
	expect(await figure(page, 'parents-information')).toBe('70%'); // (3 + 4) of (6 + 4)
	await expect(page.getByText('Anne: 1 groepen, export van')).toBeVisible();

	// Drill down from a figure to the groups behind it.
	await page.locator('[data-figure="stopped"]').click();
	const drill = page.getByRole('region', { name: /Groepen achter: Uitval/ });
	await expect(drill.getByRole('row')).toHaveCount(2);
	await expect(drill).toContainText('OBS De Regenboog 7-12');

	// Filter by age band.
	await page.getByRole('combobox', { name: 'Leeftijdsgroep' }).selectOption('4-6');
	expect(await figure(page, 'children')).toBe('2');
	await page.getByRole('combobox', { name: 'Leeftijdsgroep' }).selectOption('');
	await expectNoAxeViolations(page);

	// The CSV and the PDF hold the figures and no child's name.
	let download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Cijfers als CSV (Excel)' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	expect(csv).toContain('Kinderen bereikt;5');
	download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Rapport als PDF voor de gemeente' }).click();
	const pdfBytes = await readFile((await (await download).path())!);
	const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), {
		mergePages: true
	});
	expect(text).toContain('Kinderen bereikt');
	expect(text).toContain('Groepen per school');
	for (const child of childNames) {
		expect(csv).not.toContain(child);
		expect(text).not.toContain(child);
	}

	// Removing Bo's import takes his group out of the figures.
	await page.goto('/overzicht/uitwisseling');
	await page.getByRole('button', { name: /Import van Bo .* verwijderen/ }).click();
	await page
		.getByRole('dialog', { name: 'Import verwijderen?' })
		.getByRole('button', { name: 'Verwijderen' })
		.click();
	await expect(page.getByText('De import van Bo is verwijderd.')).toBeVisible();
	await page.goto('/overzicht?jaar=2025');
	await expect(page.locator('[data-overview-ms]')).toBeVisible({ timeout: 30_000 });
	expect(await figure(page, 'groups')).toBe('1');
	await page.setViewportSize({ width: 375, height: 740 });
	await expectNoAxeViolations(page);
	expect(foreign).toEqual([]);
	await context.close();
});
