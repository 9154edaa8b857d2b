import { defineConfig, devices } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

// scripts/ensure-tools.js finds (or installs) the browser and leaves its path here.
const executablePath = existsSync('.chromium-path')
	? readFileSync('.chromium-path', 'utf8').trim()
	: '/usr/bin/chromium';

// `node scripts/e2e.js` (what `npm test` runs) builds into build-e2e and passes a free port in
// E2E_APP_PORT: the specs always test the build they served themselves. E2E_PORT instead runs
// them against a dev server of their own on that port, for quick work on one spec; csp, first-load
// and offline check the production build (its policy, prerendered pages, service worker) and
// fail against a dev server rather than skip.
const devPort = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : null;
const appPort = process.env.E2E_APP_PORT ? Number(process.env.E2E_APP_PORT) : null;
if (!devPort && !appPort) {
	throw new Error(
		'Run the browser tests with `node scripts/e2e.js` (or set E2E_PORT for a dev server).'
	);
}
const port = devPort ?? appPort!;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	// Generous: a busy 2-core machine can be several times slower; no spec asserts on time.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: devPort
			? `npx vite dev --port ${devPort} --strictPort`
			: `npx vite preview --port ${appPort} --strictPort`,
		port,
		// Never test a server that something else started on this port.
		reuseExistingServer: false,
		timeout: 120_000
	}
});
