import { expect, test } from '@playwright/test';
import { appStarted, collectForeignRequests, expectNoAxeViolations } from './helpers';

const sections = [
	{ path: '/werkvormen', nl: 'Werkvormen', en: 'Work forms' },
	{ path: '/groepen', nl: 'Groepen', en: 'Groups' },
	{ path: '/print', nl: 'Printen', en: 'Print' },
	{ path: '/overzicht', nl: 'Overzicht', en: 'Overview' },
	{ path: '/instellingen', nl: 'Instellingen', en: 'Settings' }
];

test('opens in Dutch and reaches every section from the menu', async ({ page }) => {
	const foreign = collectForeignRequests(page);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1, name: 'KIES Toolkit' })).toBeVisible();
	const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
	for (const section of sections) {
		await menu.getByRole('link', { name: section.nl }).click();
		await expect(page).toHaveURL(new RegExp(`${section.path}$`));
		await expect(page).toHaveTitle(new RegExp(`^${section.nl}`));
		await expect(menu.getByRole('link', { name: section.nl })).toHaveAttribute(
			'aria-current',
			'page'
		);
	}
	expect(foreign).toEqual([]);
});

test('opens a deep link directly', async ({ page }) => {
	await page.goto('/instellingen');
	await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
});

test('switches to English and remembers it after a reload', async ({ page }) => {
	await page.goto('/instellingen');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const menu = page.getByRole('navigation', { name: 'Main menu' });
	for (const section of sections) {
		await expect(menu.getByRole('link', { name: section.en })).toBeVisible();
	}
});

test('the skip link moves keyboard focus to the content', async ({ page }) => {
	await page.goto('/groepen');
	await expect(page.locator('h1')).toBeVisible();
	await appStarted(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

// One test per section, so the work of each stays small on a busy machine (the print page lists
// every card); each checks a phone and a desktop.
for (const path of ['/', ...sections.map((s) => s.path)]) {
	test(`has no accessibility violations on ${path}, on a phone and a desktop`, async ({ page }) => {
		for (const viewport of [
			{ width: 375, height: 740 },
			{ width: 1280, height: 800 }
		]) {
			await page.setViewportSize(viewport);
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await expectNoAxeViolations(page);
		}
	});
}
