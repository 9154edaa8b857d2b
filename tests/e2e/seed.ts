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
		const names = Object.keys(tables);
		// The app creates its tables when it first opens the database: wait for that.
		let database: IDBDatabase | null = null;
		for (let attempt = 0; attempt < 100 && !database; attempt += 1) {
			const candidate = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('kies-toolkit');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			if (names.every((name) => candidate.objectStoreNames.contains(name))) database = candidate;
			else {
				candidate.close();
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		}
		if (!database) throw new Error(`seed: the app never created ${names.join(', ')}`);
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
