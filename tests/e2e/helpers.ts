import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails the test when axe finds any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}

/** Records every request that leaves localhost; the app must make none. */
export function collectForeignRequests(page: Page): string[] {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) {
			foreign.push(request.url());
		}
	});
	return foreign;
}

/**
 * Waits until the app has started on this page: the prerendered page is inert until then
 * (see src/app.html), so keys pressed earlier go nowhere. Clicks and fills wait by themselves.
 */
export async function appStarted(page: Page): Promise<void> {
	await expect(page.locator('[data-app-root]')).not.toHaveAttribute('inert');
}

/** Every record of every IndexedDB store of the page as one JSON text, keyed `database/store`; bytes (the y-dexie updates) read as UTF-8. */
export function dumpIndexedDb(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const decoder = new TextDecoder('utf-8', { fatal: false });
		const text = (value: unknown): unknown => {
			if (value instanceof ArrayBuffer) return decoder.decode(value);
			if (ArrayBuffer.isView(value)) return decoder.decode(value as Uint8Array);
			if (Array.isArray(value)) return value.map(text);
			if (value && typeof value === 'object' && !(value instanceof CryptoKey))
				return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(v)]));
			return value;
		};
		const out: Record<string, unknown> = {};
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name as string);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of Array.from(database.objectStoreNames)) {
				out[`${info.name}/${store}`] = text(
					await new Promise<unknown[]>((resolve, reject) => {
						const request = database.transaction(store).objectStore(store).getAll();
						request.onsuccess = () => resolve(request.result);
						request.onerror = () => reject(request.error);
					})
				);
			}
			database.close();
		}
		return JSON.stringify(out);
	});
}
