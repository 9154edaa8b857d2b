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

const [appPort, ...syncPorts] = await distinctFreePorts(4);
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
}
console.log(`e2e: serving the build on ${appPort}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env
});
process.exit(result.status ?? 1);
