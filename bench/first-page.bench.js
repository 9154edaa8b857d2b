// What the first page costs: the JavaScript and CSS it loads (gzip) and the time to a usable page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { medianOf } from './lib.js';

/** Gzip bytes of the JS and CSS files a page at `url` loads, read from `buildDir`. */
export async function firstPageBytes(browser, url, buildDir) {
	const page = await browser.newPage();
	const assets = new Set();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (/\.(m?js|css)$/.test(path)) assets.add(path);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.close();
	let bytes = 0;
	for (const path of assets)
		bytes += gzipSync(readFileSync(join(buildDir, path)), { level: 9 }).length;
	return { bytes, files: assets.size };
}

export async function run({ browser, baseUrl }) {
	const { bytes } = await firstPageBytes(browser, `${baseUrl}/`, 'build');
	const ready = await medianOf(5, async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const start = Date.now();
		await page.goto(`${baseUrl}/`);
		await page.locator('h1').waitFor();
		const ms = Date.now() - start;
		await context.close();
		return ms;
	});
	return [
		{
			name: 'first page JS+CSS (gzip)',
			unit: 'KB',
			value: +(bytes / 1024).toFixed(1),
			budget: 120
		},
		{ name: 'first page ready (h1 visible)', unit: 'ms', value: ready, budget: 1000 }
	];
}
