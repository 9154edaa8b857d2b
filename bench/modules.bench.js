// The app's own modules timed in Chromium: search per keystroke over 10,000 cards, the series
// pack and 200 cut-out cards as PDF, the overview over 40,000 attendance records, and backup and
// restore of that data set. Medians of several runs.
import { execSync } from 'node:child_process';
import { median, serveStatic } from './lib.js';

const PORT = 4182;
const RUNS = 5;

async function medianIn(page, runs, expression) {
	const values = [];
	await page.evaluate(expression); // warm-up
	for (let i = 0; i < runs; i += 1) values.push(await page.evaluate(expression));
	return values;
}

export async function run({ browser }) {
	execSync('node scripts/compile-messages.js', { stdio: 'inherit' });
	execSync('npx vite build --config bench/browser/vite.config.ts', { stdio: 'inherit' });
	const server = await serveStatic('bench/tmp/browser', PORT);
	const page = await browser.newPage();
	page.on('pageerror', (err) => console.error(`  page error: ${err.message}`));
	try {
		await page.goto(`http://localhost:${PORT}/`);
		await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
		const r = (value) => +value.toFixed(2);

		const search = await medianIn(page, RUNS, () =>
			window.kiesBench.searchPerKeystroke(10000, 'verander')
		);
		const pack = await medianIn(page, RUNS, async () => (await window.kiesBench.seriesPackMs()).ms);
		const cards = await medianIn(
			page,
			RUNS,
			async () => (await window.kiesBench.cutCardsMs(200)).ms
		);
		const records = await page.evaluate(() => window.kiesBench.seedHistory());
		const overview = await medianIn(page, RUNS, () => window.kiesBench.overviewMs());
		const backups = [];
		for (let i = 0; i < 3; i += 1)
			backups.push(await page.evaluate(() => window.kiesBench.backupRestoreMs()));
		const restored = backups.at(-1).records;
		if (restored !== records)
			throw new Error(`restore kept ${restored} of ${records} attendance records`);

		return [
			{
				name: 'search per keystroke, 10,000 cards',
				unit: 'ms',
				value: r(median(search)),
				budget: 5
			},
			{
				name: 'series pack PDF (8 sessions, sheets, worksheets, register)',
				unit: 'ms',
				value: r(median(pack)),
				budget: 1500
			},
			{
				name: '200 cut-out cards PDF (with backs)',
				unit: 'ms',
				value: r(median(cards)),
				budget: 2000
			},
			{
				name: `overview over ${records} attendance records (5 school years)`,
				unit: 'ms',
				value: r(median(overview)),
				budget: 300
			},
			{
				name: `backup of ${records} attendance records and their groups`,
				unit: 'ms',
				value: r(median(backups.map((b) => b.backup))),
				budget: 3000
			},
			{
				name: `restore of that backup (replace)`,
				unit: 'ms',
				value: r(median(backups.map((b) => b.restore))),
				budget: 3000
			}
		];
	} finally {
		await page.close();
		server.stop();
	}
}
