// What the first page costs: the JavaScript and CSS it loads (gzip), next to a bare
// SvelteKit + Dexie page built with the same tools in the same run (bench/floor), and the time
// to a usable page. pdf-lib and the sync code must not be among the first page's files.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { medianOf, serveBuild } from './lib.js';

const FLOOR_PORT = 4180;

/** The JS and CSS files a page at `url` loads, read from `buildDir`: gzip bytes and contents. */
export async function firstPageAssets(browser, url, buildDir) {
	const page = await browser.newPage();
	const assets = new Set();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (/\.(m?js|css)$/.test(path)) assets.add(path);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.close();
	let bytes = 0;
	let pdfLib = false;
	let syncCode = false;
	for (const path of assets) {
		const content = readFileSync(join(buildDir, path));
		bytes += gzipSync(content, { level: 9 }).length;
		// pdf-lib's own error text; present in its chunk whatever the minifier renames.
		if (content.includes('PDFDocument') || content.includes('fontkit')) pdfLib = true;
		// yjs's and the Hocuspocus provider's own texts: the sync code, lazy like pdf-lib.
		if (content.includes('Yjs was already imported') || content.includes('HocuspocusProvider'))
			syncCode = true;
	}
	return { bytes, files: assets.size, pdfLib, syncCode };
}

export async function run({ browser, baseUrl }) {
	execSync('npx vite build', { cwd: 'bench/floor', stdio: 'inherit' });
	const floorServer = await serveBuild(FLOOR_PORT, 'bench/floor');
	let floor;
	try {
		floor = await firstPageAssets(browser, `http://localhost:${FLOOR_PORT}/`, 'bench/floor/build');
	} finally {
		floorServer.stop();
	}
	const app = await firstPageAssets(browser, `${baseUrl}/`, 'build');
	if (app.pdfLib) console.warn('  pdf-lib is loaded by the first page!');
	if (app.syncCode) console.warn('  the sync code (yjs, Hocuspocus) is loaded by the first page!');
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
	const kb = (bytes) => +(bytes / 1024).toFixed(1);
	return [
		{
			name: 'bare SvelteKit + Dexie page JS+CSS (gzip), the floor',
			unit: 'KB',
			value: kb(floor.bytes),
			budget: kb(floor.bytes)
		},
		{
			name: 'first page JS+CSS (gzip)',
			unit: 'KB',
			value: kb(app.bytes),
			budget: kb(floor.bytes * 1.5)
		},
		{
			name: 'first page loads pdf-lib (0 = no)',
			unit: 'count',
			value: app.pdfLib ? 1 : 0,
			budget: 0
		},
		{
			name: 'first page loads the sync code, yjs and Hocuspocus (0 = no)',
			unit: 'count',
			value: app.syncCode ? 1 : 0,
			budget: 0
		},
		{ name: 'first page ready (h1 visible)', unit: 'ms', value: ready, budget: 1000 }
	];
}
