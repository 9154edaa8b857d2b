// npm run bench: builds the app, serves it, runs every bench/*.bench.js in Chromium and
// writes bench/results.json as [{ name, unit, value, budget }], each value a median.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BASE_URL, launchBrowser, serveBuild } from './lib.js';
import { SYNC_BENCH_PORT } from './sync.bench.js';

// The sync bench's server port is allowed by the build's CSP (bench/sync.bench.js), besides
// any sync server the environment names.
const syncOrigins = ['http', 'ws'].map((scheme) => `${scheme}://127.0.0.1:${SYNC_BENCH_PORT}`);
process.env.KIES_SYNC_ORIGINS = [process.env.KIES_SYNC_ORIGINS, ...syncOrigins]
	.filter(Boolean)
	.join(',');
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

// --only=sync,first-page runs just those benches (bench/<name>.bench.js) and keeps the other
// entries of bench/results.json as they were.
const only = process.argv
	.find((arg) => arg.startsWith('--only='))
	?.slice(7)
	.split(',')
	.filter(Boolean);
const files = readdirSync('bench')
	.filter((file) => file.endsWith('.bench.js'))
	.filter((file) => !only || only.includes(file.slice(0, -'.bench.js'.length)))
	.sort();
if (files.length === 0) {
	console.error(`bench: no bench/<name>.bench.js for --only=${only?.join(',')}`);
	process.exit(1);
}

const server = await serveBuild();
const browser = await launchBrowser();
const results = [];
try {
	for (const file of files) {
		console.log(`bench: ${file}`);
		const { run } = await import(`./${file}`);
		for (const result of await run({ browser, baseUrl: BASE_URL })) {
			results.push(result);
			const verdict = result.value <= result.budget ? 'ok' : 'OVER BUDGET';
			console.log(
				`  ${result.name}: ${result.value} ${result.unit} (budget ${result.budget}) ${verdict}`
			);
		}
	}
} finally {
	await browser.close();
	server.stop();
}
let written = results;
if (only && existsSync('bench/results.json')) {
	// Replace the entries this run measured, in place; keep the rest; add new ones at the end.
	const earlier = JSON.parse(readFileSync('bench/results.json', 'utf8'));
	const fresh = new Map(results.map((result) => [result.name, result]));
	written = earlier.map((result) => fresh.get(result.name) ?? result);
	const kept = new Set(earlier.map((result) => result.name));
	written.push(...results.filter((result) => !kept.has(result.name)));
}
writeFileSync('bench/results.json', JSON.stringify(written, null, 2) + '\n');
console.log(`bench: wrote ${results.length} results to bench/results.json`);
