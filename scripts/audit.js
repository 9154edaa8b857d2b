// npm run audit: Lighthouse 12 on every section of the production build, in Debian's Chromium.
// Writes audit/<section>.report.html and audit/summary.json, and prints each score against its
// goal (performance ≥ 0.95, accessibility = 1, best practices = 1). Exits 1 when a goal is missed.
// Each section is audited RUNS (5) times and the median run is kept (Lighthouse's own computeMedianRun,
// as its documentation advises for variable machines): one Lighthouse run on a shared 2-core
// machine varies by ±0.1 in performance from the CPU noise alone.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { serveBuild } from '../bench/lib.js';

const PORT = 4181;
const RUNS = Number(process.env.AUDIT_RUNS ?? 5);
const sections = ['/', '/werkvormen', '/groepen', '/overzicht', '/instellingen', '/zorg'];
const goals = { performance: 0.95, accessibility: 1, 'best-practices': 1 };

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });
execSync('node scripts/ensure-tools.js chromium', { stdio: 'inherit' });
const chromePath = existsSync('.chromium-path')
	? readFileSync('.chromium-path', 'utf8').trim()
	: '/usr/bin/chromium';

mkdirSync('audit', { recursive: true });
const server = await serveBuild(PORT);
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
const summary = [];
let missed = 0;
try {
	for (const path of sections) {
		const url = `http://localhost:${PORT}${path}`;
		const runs = [];
		for (let i = 0; i < RUNS; i += 1) {
			runs.push(
				await lighthouse(url, {
					port: chrome.port,
					output: 'html',
					onlyCategories: Object.keys(goals),
					logLevel: 'error'
				})
			);
		}
		const median = computeMedianRun(runs.map((run) => run.lhr));
		const result = runs.find((run) => run.lhr === median);
		const spread = runs.map((run) => run.lhr.categories.performance.score);
		const name = path === '/' ? 'start' : path.slice(1).replaceAll('/', '-');
		writeFileSync(`audit/${name}.report.html`, result.report);
		const scores = {};
		for (const [id, goal] of Object.entries(goals)) {
			const score = result.lhr.categories[id].score ?? 0;
			scores[id] = score;
			if (score < goal) missed += 1;
		}
		const failing = Object.values(result.lhr.audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
		const metrics = {};
		for (const id of [
			'first-contentful-paint',
			'largest-contentful-paint',
			'total-blocking-time',
			'cumulative-layout-shift',
			'speed-index'
		]) {
			metrics[id] = result.lhr.audits[id]?.displayValue ?? '';
		}
		summary.push({ path, scores, metrics, failing, performanceRuns: spread });
		console.log(
			`audit ${path}: ${JSON.stringify(scores)} (performance of the ${RUNS} runs: ${spread.join(', ')})${failing.length ? ` failing: ${failing.join(', ')}` : ''}`
		);
	}
} finally {
	await chrome.kill();
	server.stop();
}
writeFileSync('audit/summary.json', JSON.stringify({ goals, summary }, null, 2) + '\n');
console.log(missed ? `audit: ${missed} goal(s) missed` : 'audit: every goal met');
process.exit(missed ? 1 : 0);
