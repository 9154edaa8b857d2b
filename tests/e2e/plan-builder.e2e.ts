import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeCard, makeGroup, makeSession } from '../unit/factories';

/** Issue 20: the plan builder's picker, minutes and keyboard reorder, as a coach uses them. */
const inGoals = makeCard({
	id: 'pb-goals',
	title: 'Het grote kussen',
	summary: 'Een kussengesprek.',
	themes: ['two-homes'],
	goals: ['Je gevoel mag er zijn'],
	steps: ['Geef het kussen door.']
});
const inSteps = makeCard({
	id: 'pb-steps',
	title: 'Kleurenrondje',
	summary: 'Kleuren kiezen.',
	themes: ['changes'],
	goals: ['Kiezen'],
	steps: ['Kies een kleur bij je GEVOEL van vandaag.'],
	kind: 'creative',
	materials: [{ name: 'kleurpotloden', amount: 1, per: 'child' }]
});
const teens = makeCard({
	id: 'pb-teens',
	title: 'Gevoelsthermometer',
	ageBands: ['13-17'],
	goals: ['Gevoel'],
	steps: ['Wijs aan.']
});
const group = makeGroup({ id: 'pb-group', name: 'Zonnebloem 7-12' });
const free = (id: string, kind: string, title: string, minutes: number) => ({
	id,
	kind,
	cardId: null,
	title,
	minutes,
	notes: ''
});
const session = makeSession({
	id: 'pb-session',
	groupId: group.id,
	blocks: [
		free('b-welcome', 'welcome', 'Welkom', 5),
		free('b-talk', 'free', 'Kringgesprek', 20),
		free('b-game', 'free', 'Buitenspel', 15),
		free('b-closing', 'closing', 'Afsluiting', 5)
	] as never
});
const url = `/groepen/sessie?id=${session.id}`;

async function saved(page: Page): Promise<void> {
	await expect(page.locator('.save-status')).toContainText('Opgeslagen');
}

for (const [device, viewport] of [
	['tablet', { width: 1024, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`the picker finds what the library finds, with its filters, on a ${device}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await seed(page, { cards: [inGoals, inSteps, teens], groups: [group], sessions: [session] });
		await page.goto(url);
		const search = page.getByLabel(/Zoek een werkvorm/);
		await search.fill('gevoel');
		const picks = page.getByTestId('pick');
		// Found through goals and steps text (any case, any accents), not only titles.
		await expect(picks.filter({ hasText: 'Het grote kussen' })).toHaveCount(1);
		await expect(picks.filter({ hasText: 'Kleurenrondje' })).toHaveCount(1);
		// The group's age band is the starting filter: the 13-17 card stays out.
		await expect(picks.filter({ hasText: 'Gevoelsthermometer' })).toHaveCount(0);
		const pickerCount = page.getByTestId('picker-count');
		await expect(pickerCount).toHaveText(/^\d+ werkvormen gevonden$/);

		// The library, with the same search and age band, finds the same number as the picker. On a
		// first visit the example cards are still being installed, so both are read again until the
		// two agree (a count read before the install would differ from the one after it).
		await expect(async () => {
			await page.goto(url);
			await search.fill('gevoel');
			await expect(pickerCount).toHaveText(/^\d+ werkvormen gevonden$/);
			const inPicker = (await pickerCount.textContent())!.trim();
			expect(Number(inPicker.match(/\d+/)![0])).toBeGreaterThanOrEqual(2);
			await page.goto('/werkvormen?q=gevoel&leeftijd=7-12');
			await expect(page.getByTestId('card-count')).toHaveText(inPicker, { timeout: 3_000 });
		}).toPass({ timeout: 30_000 });
		await page.goto(url);
		await search.fill('gevoel');

		// The library's filters work in the picker too.
		const picker = page.locator('section', { has: page.locator('#picker-heading') });
		await picker.getByText(/^Filters/).click();
		await picker.getByRole('checkbox', { name: 'Creatief' }).check();
		await expect(picks.filter({ hasText: 'Het grote kussen' })).toHaveCount(0);
		await expect(picks.filter({ hasText: 'Kleurenrondje' })).toHaveCount(1);
		await expect(picks.filter({ hasNotText: 'Creatief' })).toHaveCount(0);
		await picker.getByRole('checkbox', { name: 'Creatief' }).uncheck();
		await picker.getByRole('checkbox', { name: '7-12 jaar' }).uncheck();
		await expect(picks.filter({ hasText: 'Gevoelsthermometer' })).toHaveCount(1);
		await expectNoAxeViolations(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);

		await search.fill('gevoel kussen');
		await search.press('Enter');
		await expect(page.getByTestId('block').filter({ hasText: 'Het grote kussen' })).toHaveCount(1);
		await saved(page);
	});

	test(`minutes out of range are refused with a message on a ${device}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await seed(page, { groups: [group], sessions: [session] });
		await page.goto(url);
		const total = page.getByTestId('plan-total');
		await expect(total).toContainText('Totaal 45 van 60 minuten');
		const minutes = page.getByLabel('Minuten voor Kringgesprek');
		for (const value of ['-5', '600', '0', '']) {
			await minutes.fill(value);
			await expect(page.locator('.minutes-error')).toHaveText(
				'Vul hele minuten in, van 1 tot en met 240. Niet opgeslagen: het blok houdt 20 minuten.'
			);
			await expect(minutes).toHaveAttribute('aria-invalid', 'true');
			await expect(total).toContainText('Totaal 45 van 60 minuten');
		}
		await expectNoAxeViolations(page);
		await minutes.fill('25');
		await expect(page.locator('.minutes-error')).toHaveCount(0);
		await expect(total).toContainText('Totaal 50 van 60 minuten');
		// Each block shows when it starts and ends, from the session's start at 13:30.
		await expect(page.getByTestId('block-time')).toHaveText([
			'13:30–13:35',
			'13:35–14:00',
			'14:00–14:15',
			'14:15–14:20'
		]);
		await saved(page);
		await page.reload();
		await expect(page.getByLabel('Minuten voor Kringgesprek')).toHaveValue('25');

		// A refused value is never saved: after a reload the last good one is back.
		await page.getByLabel('Minuten voor Buitenspel').fill('600');
		await expect(page.locator('.minutes-error')).toBeVisible();
		await page.waitForTimeout(1500);
		await page.reload();
		await expect(page.getByLabel('Minuten voor Buitenspel')).toHaveValue('15');
		await expect(page.getByTestId('plan-total')).toContainText('Totaal 50 van 60 minuten');
	});

	test(`each block says which coach leads it, kept after a reload and shown in run mode, on a ${device}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await seed(page, { groups: [group], sessions: [session] });
		await page.goto(url);
		const welcomeLead = page.getByLabel('Wie leidt Welkom');
		await expect(welcomeLead).toHaveValue('');
		await expect(welcomeLead.locator('option')).toHaveText([
			'Niet gekozen',
			'Anne',
			'Mehmet',
			'Samen'
		]);
		await welcomeLead.selectOption({ label: 'Mehmet' });
		await page.getByLabel('Wie leidt Kringgesprek').selectOption({ label: 'Samen' });
		await saved(page);
		await expectNoAxeViolations(page);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(viewport.width);
		await page.reload();
		await expect(page.getByLabel('Wie leidt Welkom')).toHaveValue('second');
		await expect(page.getByLabel('Wie leidt Kringgesprek')).toHaveValue('both');
		await expect(page.getByLabel('Wie leidt Buitenspel')).toHaveValue('');

		await page.goto(`/groepen/run?id=${session.id}`);
		await expect(page.getByTestId('run-current')).toHaveText('Welkom');
		await expect(page.getByTestId('run-lead')).toHaveText('Leidt: Mehmet');
	});

	test(`a keyboard reorder keeps focus on the moved block's handle on a ${device}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await seed(page, { groups: [group], sessions: [session] });
		await page.goto(url);
		const handle = page.locator('#handle-b-game');
		await handle.focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Space');
		const titles = page.getByTestId('block-title');
		await expect(titles.nth(1)).toHaveValue('Buitenspel');
		await expect(titles.nth(2)).toHaveValue('Kringgesprek');
		await expect(page.locator('#handle-b-game')).toBeFocused();
		// And again from there, without reaching for the mouse.
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Space');
		await expect(titles.nth(0)).toHaveValue('Buitenspel');
		await expect(page.locator('#handle-b-game')).toBeFocused();
		await saved(page);
		await expectNoAxeViolations(page);
	});
}
