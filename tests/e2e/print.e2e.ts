import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readPdf } from '../../src/lib/pdf/testing';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../unit/factories';
import { collectForeignRequests, expectNoAxeViolations } from './helpers';
import { seed } from './seed';

// Making a PDF is real work (fonts, layout); on a busy dev server a page also takes a while.
test.describe.configure({ timeout: 120_000 });
const LOAD = { timeout: 30_000 };

const group = makeGroup({ id: 'print-group', name: 'De Regenboog 7-12' });
const weather = makeCard({ id: 'print-card-1', title: 'Het weerbericht van Şeyma' });
const houses = makeCard({
	id: 'print-card-2',
	title: 'Twee huizen',
	worksheet: { title: 'Mijn twee huizen', instruction: 'Teken je huizen.', area: 'drawing' }
});
const session = makeSession({
	id: 'print-session',
	groupId: group.id,
	number: 3,
	date: '2026-02-17',
	blocks: [
		{ id: 'b1', kind: 'welcome', cardId: null, title: '', minutes: 5, notes: '' },
		{ id: 'b2', kind: 'card', cardId: weather.id, title: '', minutes: 20, notes: '' },
		{ id: 'b3', kind: 'card', cardId: houses.id, title: '', minutes: 25, notes: '' }
	]
});

async function seedGroup(page: Page) {
	// The first visit compiles the app on a dev server; allow for a slow machine.
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible({ timeout: 45_000 });
	await seed(page, {
		groups: [group],
		sessions: [session],
		cards: [weather, houses],
		participants: [
			makeParticipant({ id: 'print-child-1', groupId: group.id, name: 'Łucja' }),
			makeParticipant({ id: 'print-child-2', groupId: group.id, name: 'Nguyễn Thị Ánh' })
		]
	});
}

/** Presses the primary button, waits for the PDF and downloads it; returns the file read back. */
async function makeAndDownload(page: Page) {
	await page.getByRole('button', { name: 'PDF maken' }).click();
	const link = page.getByTestId('pdf-download');
	await expect(link).toBeVisible({ timeout: 30_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	const bytes = new Uint8Array(await readFile((await download.path())!));
	expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
	return { name: download.suggestedFilename(), pdf: await readPdf(bytes) };
}

test('prints a session plan from the UI and loads the PDF code only then', async ({ page }) => {
	const foreign = collectForeignRequests(page);
	await seedGroup(page);
	const pdfRequests: string[] = [];
	page.on('request', (r) => {
		// Dev serves pdf-lib by name; the build by hashed chunk, but the fonts come with it.
		if (/pdf-lib|fontkit|\.ttf(\?|$)/.test(r.url())) pdfRequests.push(r.url());
	});
	await page.goto(`/print?session=${session.id}`);
	await expect(page.getByText('Sessieplan van sessie 3 van De Regenboog 7-12')).toBeVisible(LOAD);
	await expect(page.getByRole('heading', { level: 1, name: 'Printen' })).toBeVisible();
	await expectNoAxeViolations(page);
	expect(pdfRequests).toEqual([]);

	const { name, pdf } = await makeAndDownload(page);
	expect(pdfRequests.length).toBeGreaterThan(0);
	expect(name).toBe('sessieplan-de-regenboog-7-12-sessie-3-2026-02-17.pdf');
	expect(pdf.pageCount).toBe(1);
	expect(pdf.text).toContain('Sessie 3 van 8');
	expect(pdf.text).toContain('13:35 20 Het weerbericht van Şeyma');
	await expectNoAxeViolations(page);
	expect(foreign).toEqual([]);
});

test('prints cut-out cards with a back side, and reports a card that does not exist', async ({
	page
}) => {
	await seedGroup(page);
	await page.goto(`/print?cards=${weather.id},does-not-exist,${houses.id}`);
	await expect(page.getByText('Niet gevonden en overgeslagen: does-not-exist')).toBeVisible(LOAD);
	await expect(page.getByRole('listitem').filter({ hasText: 'Twee huizen' })).toBeVisible();
	await page.getByLabel('Knipkaarten: vier kaarten op een A4').check();
	await page.getByLabel(/Met achterkant/).check();
	const { name, pdf } = await makeAndDownload(page);
	expect(name).toBe('knipkaarten.pdf');
	expect(pdf.pageCount).toBe(2);
	expect(pdf.sizes[0]).toEqual([595, 842]);
	expect(pdf.pages[0]).toContain('Twee huizen');
	expect(pdf.pages[1]).toContain('Zo gaat het');
});

test('lets school staff pick cards by title and print worksheets, on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await seedGroup(page);
	await page.goto('/print');
	await expect(page.getByLabel('Zoek op titel')).toBeVisible(LOAD);
	await page.getByLabel('Zoek op titel').fill('twee huizen');
	await page.getByRole('checkbox', { name: /^Twee huizen/ }).check();
	await page.getByRole('checkbox', { name: /^Knipkaarten/ }).uncheck();
	await page.getByLabel('Werkbladen voor de kinderen').check();
	await expect(page.getByText('1 van de 1 gekozen werkvormen hebben een werkblad.')).toBeVisible();
	await expectNoAxeViolations(page);
	const { pdf } = await makeAndDownload(page);
	expect(pdf.pageCount).toBe(1);
	expect(pdf.text).toContain('Mijn twee huizen');
});

test('prints four cut-out cards with backs and a worksheet from the start page in nine clicks', async ({
	page
}) => {
	const titles = [
		'Gevoelensthermometer',
		'Het huis van mijn vader',
		'De krachtenboom',
		'Samen rond'
	];
	const cards = titles.map((title, i) =>
		makeCard({
			id: `kit-card-${i}`,
			title,
			goals: ['Gevoelens benoemen'],
			steps: ['De kinderen zitten in een kring.', 'Ieder kind vertelt om de beurt.'],
			worksheet:
				i === 1
					? { title: 'Mijn huizen', instruction: 'Teken beide huizen.', area: 'drawing' }
					: null
		})
	);
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible({ timeout: 45_000 });
	await seed(page, { cards });
	await page.goto('/');

	let clicks = 0;
	const click = async (locator: ReturnType<Page['locator']>) => {
		clicks += 1;
		await locator.click();
	};
	// The start page names printing; the menu does too.
	await expect(page.getByRole('navigation').getByRole('link', { name: 'Printen' })).toBeVisible();
	await click(page.getByRole('main').getByRole('link', { name: 'Printen' }));
	await expect(page.getByRole('heading', { level: 1, name: 'Printen' })).toBeVisible(LOAD);
	await expect(page.getByTestId('print-hint')).toContainText('100 %');
	await expect(page.getByTestId('print-hint')).toContainText('lange kant');
	// The worksheet filter leaves only the card with a worksheet, marked with a badge.
	await page.getByLabel('Alleen met werkblad').check();
	await expect(page.getByRole('checkbox', { name: /^Het huis van mijn vader/ })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: /^Samen rond/ })).toHaveCount(0);
	await page.getByLabel('Alleen met werkblad').uncheck();

	for (const title of titles) {
		await click(page.getByRole('checkbox', { name: new RegExp(`^${title}`) }));
	}
	await expect(page.getByText('(4 gekozen)')).toBeVisible();
	// Cut-out cards with backs are the default; the back option sits right under its choice.
	await expect(page.getByRole('checkbox', { name: /^Knipkaarten/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Met achterkant/ })).toBeChecked();
	await click(page.getByLabel('Werkbladen voor de kinderen'));
	await expect(page.getByText('1 van de 4 gekozen werkvormen hebben een werkblad.')).toBeVisible();
	await expectNoAxeViolations(page);

	// The choice survives a walk through the library and back.
	await page.getByRole('navigation').getByRole('link', { name: 'Werkvormen' }).click();
	await expect(page.getByText('4 geselecteerd')).toBeVisible(LOAD);
	await page.goBack();
	await expect(page.getByText('(4 gekozen)')).toBeVisible(LOAD);
	await expect(page.getByLabel('Werkbladen voor de kinderen')).toBeChecked();

	await click(page.getByRole('button', { name: 'PDF maken' }));
	const links = page.getByTestId('pdf-download');
	await expect(links).toHaveCount(2, { timeout: 60_000 });
	const files = [];
	for (const link of await links.all()) {
		clicks += 1;
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const bytes = new Uint8Array(await readFile((await download.path())!));
		files.push({ name: download.suggestedFilename(), pdf: await readPdf(bytes) });
	}
	expect(clicks).toBeLessThanOrEqual(9);
	const [cutCards, worksheets] = files;
	expect(cutCards.name).toBe('knipkaarten.pdf');
	expect(cutCards.pdf.pageCount).toBe(2);
	// Long words are hyphenated by the patterns in the print bundle ("Gevoelensthermome- ter").
	expect(cutCards.pdf.pages[0]).toMatch(/Gevoelens\S*- \S+/);
	const joined = cutCards.pdf.pages[0].replace(/- /g, '');
	for (const title of titles) expect(joined).toContain(title);
	expect(cutCards.pdf.pages[1]).toContain('Ieder kind vertelt om de beurt.');
	expect(worksheets.pdf.pageCount).toBe(1);
	expect(worksheets.pdf.text).toContain('Mijn huizen');
});
