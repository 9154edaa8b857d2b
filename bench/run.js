// npm run bench: builds the app, serves it, runs every bench/*.bench.js in Chromium and
// writes bench/results.json as [{ name, unit, value, budget }], each value a median.
import { execSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { BASE_URL, launchBrowser, serveBuild } from './lib.js';

// The sync bench's server port is allowed by the build's CSP (bench/sync.bench.js).
const syncOrigins = ['http', 'ws'].map((scheme) => `${scheme}://127.0.0.1:4189`).join(',');
process.env.KIES_SYNC_ORIGINS ??= syncOrigins;
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
const files = readdirSync('bench')
	.filter((file) => file.endsWith('.bench.js'))
	.filter((file) => !only || file.includes(only))
	.sort();

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
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log(`bench: wrote ${results.length} results to bench/results.json`);
