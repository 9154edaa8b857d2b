// Finds a Chromium for the browser tests, or installs one: the system's, else Debian's
// package when we are root, else Playwright's download where the internet allows it.
// Prints the path; writes it to .chromium-path for playwright.config.ts and the bench.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';

const candidates = [
	process.env.CHROME_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
].filter(Boolean);

function found() {
	return candidates.find((path) => existsSync(path));
}

function run(command) {
	console.log(`ensure-chromium: ${command}`);
	execSync(command, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

let path = found();
if (!path && process.getuid?.() === 0) {
	try {
		run('apt-get update -qq');
		run('apt-get install -y -qq chromium');
	} catch (err) {
		console.warn(`ensure-chromium: apt-get failed (${err.message})`);
	}
	path = found();
}
if (!path) {
	try {
		run('npx playwright install chromium');
		const { chromium } = await import('@playwright/test');
		path = chromium.executablePath();
	} catch (err) {
		console.error(`ensure-chromium: no Chromium could be found or installed (${err.message})`);
		process.exit(1);
	}
}
writeFileSync('.chromium-path', path);
console.log(`ensure-chromium: using ${path}`);
