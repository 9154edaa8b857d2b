// Finds, or installs, the programs the tests need: Chromium (browser tests), poppler-utils'
// pdftoppm and pdftotext (PDF render checks) and redis-server (the sync server with several
// instances). Missing ones are installed from Debian's packages when we are root; otherwise the
// script fails with a message that says what to install. A test never skips for want of a tool.
// Writes Chromium's path to .chromium-path for playwright.config.ts and the bench.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';

/** Each tool: the paths where it may be, and the Debian package that brings it. */
const tools = [
	{
		name: 'chromium',
		paths: [
			process.env.CHROME_PATH,
			'/usr/bin/chromium',
			'/usr/bin/chromium-browser',
			'/usr/bin/google-chrome',
			'/usr/bin/google-chrome-stable'
		],
		apt: 'chromium'
	},
	{ name: 'pdftoppm', paths: ['/usr/bin/pdftoppm'], apt: 'poppler-utils' },
	{ name: 'pdftotext', paths: ['/usr/bin/pdftotext'], apt: 'poppler-utils' },
	{ name: 'redis-server', paths: ['/usr/bin/redis-server'], apt: 'redis-server' }
];

const only = process.argv.slice(2);
const wanted = only.length > 0 ? tools.filter((tool) => only.includes(tool.name)) : tools;

function found(tool) {
	return tool.paths.filter(Boolean).find((path) => existsSync(path));
}

function run(command) {
	console.log(`ensure-tools: ${command}`);
	execSync(command, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

const missing = wanted.filter((tool) => !found(tool));
if (missing.length > 0) {
	const packages = [...new Set(missing.map((tool) => tool.apt))];
	if (process.getuid?.() === 0) {
		try {
			run('apt-get update -qq');
			run(`apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`);
		} catch (err) {
			console.error(`ensure-tools: apt-get failed (${err.message})`);
		}
	}
	const still = wanted.filter((tool) => !found(tool));
	if (still.length > 0) {
		const names = [...new Set(still.map((tool) => tool.apt))].join(' ');
		console.error(
			`ensure-tools: missing ${still.map((tool) => tool.name).join(', ')}.\n` +
				`Install them with: sudo apt-get install ${names}\n` +
				'(as root, npm test installs them by itself).'
		);
		process.exit(1);
	}
}

const chromium = tools.find((tool) => tool.name === 'chromium');
if (wanted.includes(chromium)) {
	writeFileSync('.chromium-path', found(chromium));
}
console.log(`ensure-tools: ${wanted.map((tool) => `${tool.name} ${found(tool)}`).join(', ')}`);
