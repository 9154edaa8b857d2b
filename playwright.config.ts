import { defineConfig, devices } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

// scripts/ensure-chromium.js finds (or installs) the browser and leaves its path here.
const executablePath = existsSync('.chromium-path')
	? readFileSync('.chromium-path', 'utf8').trim()
	: '/usr/bin/chromium';

// E2E_PORT runs the specs against a dev server on that port (handy while several people
// work in one checkout); the default is the production build on 4173, as `npm start` serves it.
const devPort = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : null;
const port = devPort ?? 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
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
			: 'npx vite preview --port 4173 --strictPort',
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
