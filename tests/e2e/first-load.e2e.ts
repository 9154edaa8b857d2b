import { expect, test, type Page } from '@playwright/test';
import { appStarted } from './helpers';
import { seed } from './seed';
import { makeGroup } from '../unit/factories';

// How a page loads: prerendered text first, the app after the first paint, and the example
// cards' texts only where cards are shown. These check the production build (`npm start`).

/** Collects the app's JavaScript as the page loads it, to see which code came along. */
function collectScripts(page: Page): Promise<string>[] {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) bodies.push(response.text());
	});
	return bodies;
}

/** An id of one shipped example card: it is only in the chunk with the example texts. */
const EXAMPLE_MARK = 'knuffel-zegt-hallo';

test('section pages arrive with their text; the app starts after the first paint', async ({
	request
}) => {
	const library = await (await request.get('/werkvormen')).text();
	expect(library).toMatch(/<h1[^>]*>Werkvormen<\/h1>/);
	expect(library).toContain('Zoek');
	// No preload in the head: the modules are asked for after the first frame.
	expect(library).not.toContain('rel="modulepreload"');
	expect(library).toContain('requestAnimationFrame');
	// A page that shows one record from the query string stays a browser-rendered shell.
	const group = await (await request.get('/groepen/groep')).text();
	expect(group).not.toContain('<h1');
});

test('in English, the Dutch prerendered text is never shown before the app renders', async ({
	page
}) => {
	await page.goto('/instellingen');
	await page.evaluate(() => localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const hidden = getComputedStyle(document.body).visibility === 'hidden';
			sessionStorage.setItem('hiddenAtDomReady', String(hidden));
		});
	});
	await page.goto('/werkvormen');
	await expect(page.getByRole('heading', { level: 1, name: 'Work forms' })).toBeVisible();
	expect(await page.evaluate(() => sessionStorage.getItem('hiddenAtDomReady'))).toBe('true');
	await expect(page.locator('html')).not.toHaveClass(/await-lang/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the example texts load only on a page with cards, and once installed not again', async ({
	page
}) => {
	let scripts = collectScripts(page);
	await page.goto('/');
	// A new device: the examples are counted before they are installed.
	await expect(page.getByTestId('home-counts')).toHaveText(
		'43 werkvormen, 0 groepen op dit apparaat'
	);
	await page.waitForLoadState('networkidle');
	expect((await Promise.all(scripts)).some((body) => body.includes(EXAMPLE_MARK))).toBe(false);

	await page.goto('/werkvormen');
	await expect(page.getByTestId('card-count')).toHaveText('43 werkvormen gevonden');
	await expect(page.getByRole('link', { name: 'Knuffel zegt hallo' })).toBeVisible();

	// A new page load on a page without cards: the stamp is current, nothing to install.
	const again = await page.context().newPage();
	scripts = collectScripts(again);
	await again.goto('/groepen');
	await expect(again.getByRole('heading', { level: 1, name: 'Groepen' })).toBeVisible();
	await again.waitForLoadState('networkidle');
	expect((await Promise.all(scripts)).some((body) => body.includes(EXAMPLE_MARK))).toBe(false);
	const stamp = await again.evaluate(
		() =>
			new Promise<unknown>((done) => {
				const open = indexedDB.open('kies-toolkit');
				open.onsuccess = () => {
					const read = open.result
						.transaction('settings')
						.objectStore('settings')
						.get('examplesStamp');
					read.onsuccess = () => done(read.result?.value);
				};
			})
	);
	expect(stamp).toMatch(/^43-/);
});

/** Texts only in the sync code (yjs and the Hocuspocus provider), whatever the minifier renames. */
const SYNC_MARKS = ['Yjs was already imported', 'HocuspocusProvider'];
const hasSyncCode = (body: string) => SYNC_MARKS.some((mark) => body.includes(mark));

test('a device without shared groups never loads the sync code; signing in does', async ({
	page
}) => {
	const scripts = collectScripts(page);
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible();
	const local = makeGroup({
		id: 'g-lokaal',
		name: 'Lokale groep',
		location: '',
		coaches: ['Anne']
	});
	await seed(page, { groups: [local] });
	for (const path of [
		'/',
		'/groepen',
		'/groepen/groep?id=g-lokaal',
		'/overzicht',
		'/instellingen'
	]) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await appStarted(page);
		await page.waitForLoadState('networkidle');
	}
	await expect(page.getByTestId('sync-settings')).toBeVisible();
	const before = await Promise.all(scripts);
	expect(before.length).toBeGreaterThan(3);
	expect(before.filter(hasSyncCode)).toEqual([]);
	// The first step towards sharing loads it (here a code the app refuses before any request).
	await page.getByLabel('Aanmeldcode', { exact: true }).fill('geen-code');
	await page.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByTestId('sync-settings').getByRole('alert')).toContainText(
		'geen geldige aanmeldcode'
	);
	expect((await Promise.all(scripts)).some(hasSyncCode)).toBe(true);
});

test('a form sent before the app has started keeps what was typed out of the address', async ({
	page
}) => {
	// The app's code never arrives: the prerendered page is all there is, as in the first
	// moment on a slow tablet.
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto('/instellingen');
	// Until the app has started the page cannot be used at all; lift that to try the guard below.
	await expect(page.locator('[data-app-root]')).toHaveAttribute('inert', '');
	await page.locator('[data-app-root]').evaluate((root) => root.removeAttribute('inert'));
	const field = page.getByLabel('Herinner me als de laatste back-up ouder is dan (dagen)');
	await field.fill('30');
	let navigated = false;
	page.on('framenavigated', () => (navigated = true));
	await field.press('Enter');
	await page.waitForTimeout(500);
	// A native send would load /instellingen? again (GET, to the page itself).
	expect(navigated).toBe(false);
	expect(page.url()).toMatch(/\/instellingen$/);
});
