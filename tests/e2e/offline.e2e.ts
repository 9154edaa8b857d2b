/**
 * Offline and installable: needs the production build (the service worker is registered only
 * there), served at the config's default baseURL (vite preview on 4173, as in CI).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectForeignRequests } from './helpers';

const pages = [
	'/',
	'/werkvormen',
	'/werkvormen/kaart?id=onbekend',
	'/groepen',
	'/groepen/groep?id=onbekend&tab=sessies',
	'/overzicht',
	'/instellingen',
	'/zorg',
	'/print'
];

async function controlledByServiceWorker(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every file of the build's `_app/immutable` folder (code, styles, fonts), as URL paths. */
async function immutableFiles(): Promise<string[]> {
	// scripts/e2e.js builds into a folder of its own and names it here.
	const root = join(process.cwd(), process.env.E2E_BUILD_DIR ?? 'build');
	const entries = await readdir(join(root, '_app', 'immutable'), {
		recursive: true,
		withFileTypes: true
	});
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => '/' + join(entry.parentPath, entry.name).slice(root.length + 1));
}

test('after one visit every section, a deep link and the print code work offline', async ({
	page,
	context
}) => {
	const foreign = collectForeignRequests(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await controlledByServiceWorker(page);

	// The PDF code and fonts are loaded only when printing: they must be cached beforehand.
	const cached: string[] = await page.evaluate(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys.find((key) => key.startsWith('kies-')) ?? '');
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	});
	const files = await immutableFiles();
	expect(files.some((file) => file.endsWith('.ttf'))).toBe(true);
	// Except the CJK font (10 MB): fetched and cached the first time a name needs it.
	expect(files.filter((file) => !cached.includes(file) && !/NotoSansSC/.test(file))).toEqual([]);

	await context.setOffline(true);
	for (const path of pages) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
		await expect(page.locator('html'), path).toHaveAttribute('lang', 'nl');
	}
	// A path the app does not know still opens the app (its own "not found" page). Deeper
	// unknown paths get /200.html, which static hosts serve but vite preview does not.
	await page.goto('/bestaat-niet?x=1');
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();

	// Moving around inside the app offline.
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Groepen' })
		.click();
	await expect(page).toHaveURL(/\/groepen$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await context.setOffline(false);
	expect(foreign).toEqual([]);
});

test('is installable: a valid manifest with icons and a service worker', async ({ page }) => {
	await page.goto('/');
	await controlledByServiceWorker(page);
	const client = await page.context().newCDPSession(page);
	const manifest = await client.send('Page.getAppManifest');
	expect(manifest.errors).toEqual([]);
	const parsed = JSON.parse(manifest.data ?? '{}');
	const sizes = (parsed.icons as { sizes: string; type: string }[])
		.filter((icon) => icon.type === 'image/png')
		.map((icon) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of ['/icon-192.png', '/icon-512.png']) {
		const response = await page.request.get(icon);
		expect(response.headers()['content-type']).toContain('image/png');
	}
	const { installabilityErrors } = await client.send('Page.getInstallabilityErrors');
	// Playwright's browser contexts count as incognito; that says nothing about the app.
	const errors = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
	expect(errors).toEqual([]);
});
