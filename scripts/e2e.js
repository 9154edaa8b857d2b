// The browser tests, self-contained: installs the tools they need, picks free ports, builds the
// app into folders of its own (build-e2e, .svelte-kit-e2e) and runs Playwright, which serves that
// build on its own port. Whatever else runs on this machine (`npm start` on 4173, a dev server,
// another test run) neither decides nor disturbs what is tested.
//   node scripts/e2e.js [playwright args]     e.g. node scripts/e2e.js tests/e2e/cards.e2e.ts
//   E2E_NO_BUILD=1 node scripts/e2e.js ...    reuse build-e2e from the last run
// Environment for the specs: E2E_APP_PORT, E2E_BUILD_DIR, and E2E_SYNC_PORTS (three free ports a
// spec may start sync-server instances on; the build's CSP allows exactly these as SYNC origins,
// see KIES_SYNC_ORIGINS), with SYNC_URL = http://127.0.0.1:<first of them>.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port that nothing listens on now (the OS picks it). */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

async function distinctFreePorts(count) {
	const ports = new Set();
	while (ports.size < count) ports.add(await freePort());
	return [...ports];
}

execFileSync(process.execPath, ['scripts/ensure-tools.js'], { stdio: 'inherit' });

/** Whether nothing listens on `port` now. */
function isFree(port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.unref();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

// The build bakes the sync ports into its CSP: a run that reuses the build (E2E_NO_BUILD) must
// reuse them too, or every sync spec is blocked by the policy. They are kept beside the build.
const PORTS_FILE = 'build-e2e/.e2e-sync-ports.json';
let [appPort, ...syncPorts] = await distinctFreePorts(4);
if (process.env.E2E_NO_BUILD) {
	if (!existsSync(PORTS_FILE)) {
		console.error('e2e: E2E_NO_BUILD needs an earlier test build (run without it once).');
		process.exit(1);
	}
	syncPorts = JSON.parse(readFileSync(PORTS_FILE, 'utf8'));
	const busy = [];
	for (const port of syncPorts) if (!(await isFree(port))) busy.push(port);
	if (busy.length > 0) {
		console.error(`e2e: the test build's sync ports ${busy.join(', ')} are in use; build again.`);
		process.exit(1);
	}
	while (syncPorts.includes(appPort)) appPort = await freePort();
}
const syncOrigins = syncPorts.flatMap((port) =>
	['127.0.0.1', 'localhost'].flatMap((host) => [`http://${host}:${port}`, `ws://${host}:${port}`])
);
const env = {
	...process.env,
	KIES_BUILD: 'e2e',
	KIES_SYNC_ORIGINS: syncOrigins.join(','),
	E2E_APP_PORT: String(appPort),
	E2E_BUILD_DIR: 'build-e2e',
	E2E_SYNC_PORTS: syncPorts.join(','),
	SYNC_URL: `http://127.0.0.1:${syncPorts[0]}`
};
delete env.E2E_PORT;

if (!process.env.E2E_NO_BUILD) {
	console.log(`e2e: building into build-e2e (sync origins ${syncPorts.join(', ')})`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
	writeFileSync(PORTS_FILE, JSON.stringify(syncPorts));
}
console.log(`e2e: serving the build on ${appPort}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env
});
process.exit(result.status ?? 1);
