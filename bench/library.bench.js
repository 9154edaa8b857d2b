// First render of the card library with 10,000 cards in the production app: from navigation
// to the first cards and the match count on screen. Median of several fresh page loads.
import { median } from './lib.js';

const COUNT = 10000;

async function seedCards(page, count) {
	await page.evaluate(async (n) => {
		const base = (i) => ({
			id: `bench-${i}`,
			createdAt: '2026-11-01T10:00:00.000Z',
			updatedAt: '2026-11-01T10:00:00.000Z',
			title: `Werkvorm ${i} over verhuizen en de ruïne`,
			summary: 'Een korte samenvatting van de werkvorm, met genoeg woorden om te zoeken.',
			ageBands: [['4-6', '7-12', '13-17'][i % 3]],
			phase: ['opening', 'before', 'now', 'future', 'closing'][i % 5],
			themes: ['feelings', 'changes'],
			kind: 'game',
			minutes: 5 + (i % 40),
			groupSizeMin: 4,
			groupSizeMax: 10,
			materials: i % 2 ? [] : [{ name: 'Papier', amount: 1, per: 'child' }],
			preparation: '',
			goals: ['Praten over wat er veranderd is'],
			steps: ['Stap een', 'Stap twee', 'Stap drie'],
			variationYounger: '',
			variationOlder: '',
			tips: '',
			attention: '',
			worksheet: null,
			source: 'bench',
			licence: '',
			exampleId: null,
			favourite: false,
			archived: false
		});
		const database = await new Promise((resolve, reject) => {
			const request = indexedDB.open('kies-toolkit');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise((resolve, reject) => {
			const tx = database.transaction(['cards'], 'readwrite');
			for (let i = 0; i < n; i += 1) tx.objectStore('cards').put(base(i));
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		database.close();
	}, count);
}

export async function run({ browser, baseUrl }) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${baseUrl}/`);
	await page.locator('h1').waitFor();
	await page.waitForTimeout(500); // the example cards are seeded on first start
	await seedCards(page, COUNT);
	const times = [];
	for (let i = 0; i < 6; i += 1) {
		await page.goto(`${baseUrl}/`);
		await page.locator('h1').waitFor();
		const start = Date.now();
		await page.goto(`${baseUrl}/werkvormen`);
		await page.locator('main li.item').first().waitFor();
		await page
			.getByTestId('card-count')
			.filter({ hasText: /\d{4,}|10[.,]?0\d\d/ })
			.waitFor();
		if (i > 0) times.push(Date.now() - start);
	}
	await context.close();
	return [
		{
			name: 'first render of the library with 10,000 cards',
			unit: 'ms',
			value: median(times),
			budget: 1500
		}
	];
}
