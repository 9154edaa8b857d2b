// Issue 21: a paste that a field's maximum cuts short is said, not silently dropped. A real
// paste (clipboard, Ctrl+V) of 1 MB into the coach's name on the exchange page, in both
// languages; a paste that fits says nothing.
import { expect, test } from '@playwright/test';
import { appStarted, expectNoAxeViolations } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function paste(page: import('@playwright/test').Page, text: string) {
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await page.keyboard.press('ControlOrMeta+V');
}

test('a paste cut at the field maximum is said on screen and aloud; one that fits says nothing', async ({
	page
}) => {
	await page.goto('/overzicht/uitwisseling');
	await appStarted(page);
	const field = page.getByLabel('Uw naam zoals de coördinator die ziet');
	const notice = page.getByTestId('paste-limit');
	await expect(notice).toHaveAttribute('aria-live', 'polite');

	await field.click();
	await paste(page, 'Anne');
	await expect(field).toHaveValue('Anne');
	await expect(notice).toHaveText('');

	await field.fill('');
	await paste(page, 'x'.repeat(1_000_000));
	await expect(field).toHaveValue('x'.repeat(100));
	await expect(notice).toHaveText(
		'De geplakte tekst is ingekort: dit veld houdt hoogstens 100 tekens.'
	);
	await expectNoAxeViolations(page);

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/instellingen');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/overzicht/uitwisseling');
	await appStarted(page);
	const name = page.getByLabel(/Your name as the coordinator sees it/);
	await name.fill('');
	await name.click();
	await paste(page, 'y'.repeat(5_000));
	await expect(page.getByTestId('paste-limit')).toHaveText(
		'The pasted text was cut short: this field holds at most 100 characters.'
	);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
