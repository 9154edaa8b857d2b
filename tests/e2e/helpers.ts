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
