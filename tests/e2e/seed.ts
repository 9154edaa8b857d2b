import { expect, type Page } from '@playwright/test';

export type SeedData = Record<string, unknown[]>;

/**
 * Writes records straight into the app's IndexedDB (table name → records), then reloads so
 * every screen reads them. For arranging a test's starting point; the behaviour under test
 * should still be driven through the UI.
 */
export async function seed(page: Page, data: SeedData): Promise<void> {
	if (!page.url().startsWith('http')) await page.goto('/');
	await expect(page.locator('h1')).toBeVisible();
	await page.evaluate(async (tables) => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kies-toolkit');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const names = Object.keys(tables);
		await new Promise<void>((resolve, reject) => {
			const tx = database.transaction(names, 'readwrite');
			for (const name of names) for (const record of tables[name]) tx.objectStore(name).put(record);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		database.close();
	}, data);
	await page.reload();
	await expect(page.locator('h1')).toBeVisible();
}
