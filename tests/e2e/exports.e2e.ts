/**
 * Issue 22, done-when: every file the app makes, from one data set with known child names.
 * Child names appear only where the coach asked for them (the plain backup, the register PDF
 * and CSV and the series pack that ends with it, the hand-over sheet about that child), never in a file name, a calendar file, the
 * exchange file, the encrypted backup, the report, the card files, a page title or a URL.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { appStarted } from './helpers';
import { seed } from './seed';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../unit/factories';

const NAMES = ['Fenneke', 'Quirijn'];
const group = makeGroup({
	id: 'export-group',
	name: 'De Regenboog 7-12',
	startDate: '2026-09-29',
	status: 'running',
	sessionCount: 2
});
const sessions = [
	makeSession({
		id: 'export-s1',
		groupId: group.id,
		number: 1,
		date: '2026-09-29',
		status: 'held'
	}),
	makeSession({ id: 'export-s2', groupId: group.id, number: 2, date: '2026-10-06' })
];
sessions[0].blocks = [
	{ id: 'eb-1', kind: 'welcome', cardId: null, title: 'Welkom', minutes: 10, notes: '' },
	{
		id: 'eb-2',
		kind: 'card',
		cardId: 'export-card',
		title: 'Het weerbericht',
		minutes: 20,
		notes: ''
	}
];
const card = makeCard({ id: 'export-card', title: 'Het weerbericht', ageBands: ['7-12'] });
const children = NAMES.map((name, i) =>
	makeParticipant({
		id: `export-child-${i}`,
		groupId: group.id,
		name,
		notes: `${name} woont om de week bij mama`
	})
);
const attendance = children.map((c) => ({
	sessionId: sessions[0].id,
	participantId: c.id,
	groupId: group.id,
	mark: 'present',
	reason: '',
	consentOverride: false,
	updatedAt: '2026-09-29T12:00:00.000Z'
}));

interface Made {
	what: string;
	fileName: string;
	text: string;
}

async function textOf(download: Download): Promise<string> {
	const path = (await download.path())!;
	const bytes = await readFile(path);
	if (bytes.subarray(0, 5).toString() === '%PDF-') {
		return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
	}
	return bytes.toString('utf8');
}

/** Clicks what makes a file and reads the file back. */
async function made(page: Page, what: string, trigger: () => Promise<void>): Promise<Made> {
	const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
	return { what, fileName: download.suggestedFilename(), text: await textOf(download) };
}

/** A PDF made by the "PDF maken" button, then its download link. */
async function madePdf(page: Page, what: string, button = 'PDF maken'): Promise<Made> {
	await page.getByRole('button', { name: button }).click();
	const link = page.getByTestId('pdf-download').first();
	await expect(link).toBeVisible({ timeout: 60_000 });
	return made(page, what, () => link.click());
}

test('every export holds child names only where the coach asked for them', async ({ page }) => {
	test.setTimeout(240_000);
	const visited: { url: string; title: string }[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) visited.push({ url: frame.url(), title: '' });
	});
	const go = async (path: string) => {
		await page.goto(path);
		await appStarted(page);
		await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
		visited.push({ url: page.url(), title: await page.title() });
	};

	await page.goto('/');
	await seed(page, {
		groups: [group],
		sessions,
		cards: [card],
		participants: children,
		attendance
	});
	const files: Made[] = [];

	// Backups: plain (names, as the coach chose) and encrypted (none readable).
	await go('/instellingen');
	const backup = page.getByRole('region', { name: 'Back-up maken' });
	await backup
		.getByLabel('Wachtzin voor het bestand', { exact: true })
		.fill('een lange wachtzin 2026');
	await backup.getByLabel('Herhaal de wachtzin').fill('een lange wachtzin 2026');
	files.push(
		await made(page, 'backup-encrypted', () =>
			backup.getByRole('button', { name: 'Back-up downloaden' }).click()
		)
	);
	await backup.getByRole('checkbox', { name: /Versleutel het bestand/ }).uncheck();
	files.push(
		await made(page, 'backup-plain', () =>
			backup.getByRole('button', { name: 'Back-up downloaden' }).click()
		)
	);

	// The group's calendar file.
	await go(`/groepen/groep?id=${group.id}`);
	files.push(
		await made(page, 'calendar', () =>
			page.getByRole('button', { name: 'Agenda-bestand (.ics)' }).click()
		)
	);

	// The register as CSV and as PDF.
	await go(`/groepen/aanwezigheid?group=${group.id}`);
	files.push(
		await made(page, 'register-csv', () =>
			page.getByRole('button', { name: 'Exporteer als CSV' }).click()
		)
	);
	await go(`/print?register=${group.id}`);
	files.push(await madePdf(page, 'register-pdf'));

	// Plans and cards.
	await go(`/print?session=${sessions[0].id}`);
	files.push(await madePdf(page, 'session-pdf'));
	await go(`/print?group=${group.id}`);
	files.push(await madePdf(page, 'series-pdf'));
	await go(`/print?cards=${card.id}`);
	files.push(await madePdf(page, 'cards-pdf'));
	await go('/werkvormen/uitwisselen');
	files.push(
		await made(page, 'cards-json', () =>
			page.getByRole('button', { name: 'Alle werkvormen als JSON' }).click()
		)
	);
	files.push(
		await made(page, 'cards-csv', () =>
			page.getByRole('button', { name: 'Alle werkvormen als CSV (Excel)' }).click()
		)
	);

	// For the coordinator and the municipality.
	await go('/overzicht/uitwisseling');
	await page.getByLabel('Uw naam zoals de coördinator die ziet').fill('Anne');
	for (const box of await page
		.getByRole('group', { name: 'Kies de groepen' })
		.getByRole('checkbox')
		.all())
		await box.check();
	await page.getByRole('checkbox', { name: 'Versleutel het bestand met een wachtzin' }).uncheck();
	files.push(
		await made(page, 'exchange', () =>
			page.getByRole('button', { name: 'Exportbestand maken' }).click()
		)
	);
	await go('/overzicht');
	files.push(
		await made(page, 'report-csv', () =>
			page.getByRole('button', { name: 'Cijfers als CSV (Excel)' }).click()
		)
	);
	files.push(
		await made(page, 'report-pdf', () =>
			page.getByRole('button', { name: 'Rapport als PDF voor de gemeente' }).click()
		)
	);

	// Care: the safety sheet, and the hand-over about one child (her name is its subject).
	await go('/zorg');
	await page.getByLabel('Wachtzin', { exact: true }).fill('rode fiets in de regen');
	await page.getByLabel('Herhaal de wachtzin').fill('rode fiets in de regen');
	await page.getByRole('button', { name: 'Wachtzin instellen' }).click();
	await page.getByRole('combobox', { name: 'Groep' }).selectOption(group.id);
	await page.getByRole('combobox', { name: 'Kind' }).selectOption(children[0].id);
	visited.push({ url: page.url(), title: await page.title() });
	await page.getByRole('button', { name: 'Signaal toevoegen' }).click();
	await page.getByLabel('Wat zag of hoorde je?').fill('Zegt dat het thuis onrustig is.');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Het signaal is opgeslagen.')).toBeVisible();
	files.push(
		await made(page, 'handover-pdf', () =>
			page.getByRole('button', { name: 'Overdrachtsblad (PDF)' }).click()
		)
	);
	files.push(
		await made(page, 'safety-pdf', () =>
			page.getByRole('button', { name: 'Blad voor 7 tot 12 jaar (PDF)' }).click()
		)
	);
	visited.push({ url: page.url(), title: await page.title() });

	// The pages about one child or one session show her name, never in their title or address.
	for (const path of [
		`/groepen/kind?id=${children[0].id}`,
		`/groepen/kinderen?group=${group.id}`,
		`/groepen/run?id=${sessions[1].id}`,
		`/groepen/sessie?id=${sessions[0].id}`
	]) {
		await go(path);
	}
	await go(`/groepen/kind?id=${children[0].id}`);
	await expect(page.locator('main')).toContainText(NAMES[0]);

	// The series pack ends with the register: names there, as on the register itself.
	const ASKED = new Set([
		'backup-plain',
		'register-csv',
		'register-pdf',
		'series-pdf',
		'handover-pdf'
	]);
	expect(files.map((f) => f.what).sort()).toEqual(
		[
			'backup-encrypted',
			'backup-plain',
			'calendar',
			'cards-csv',
			'cards-json',
			'cards-pdf',
			'exchange',
			'handover-pdf',
			'register-csv',
			'register-pdf',
			'report-csv',
			'report-pdf',
			'safety-pdf',
			'series-pdf',
			'session-pdf'
		].sort()
	);
	for (const file of files) {
		expect(file.text.length, file.what).toBeGreaterThan(0);
		for (const name of NAMES) {
			expect(file.fileName, `${file.what}: file name`).not.toContain(name);
			// The notes a coach wrote about a child leave only in the plain backup.
			if (file.what !== 'backup-plain') {
				expect(file.text, `${file.what}: notes`).not.toContain('woont om de week');
			}
		}
		if (file.what === 'handover-pdf') {
			expect(file.text, 'the hand-over is about its child').toContain(NAMES[0]);
			expect(file.text).not.toContain(NAMES[1]);
		} else if (ASKED.has(file.what)) {
			for (const name of NAMES) expect(file.text, `${file.what} lists ${name}`).toContain(name);
		} else {
			for (const name of NAMES) expect(file.text, `${file.what} holds ${name}`).not.toContain(name);
		}
	}
	expect(visited.length).toBeGreaterThan(10);
	for (const { url, title } of visited) {
		for (const name of NAMES) {
			expect(decodeURIComponent(url), url).not.toContain(name);
			expect(title, url).not.toContain(name);
		}
	}
});
