// Finds Debian's redis-server for the sync server's tests and benches (several instances share
// documents through Redis). When it is missing and we run as root, installs it with apt-get.
// `node scripts/ensure-redis.js` prints the path; `import { ensureRedis }` returns it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/redis-server',
	'/usr/local/bin/redis-server',
	'/usr/sbin/redis-server'
];

function find() {
	for (const path of CANDIDATES) if (existsSync(path)) return path;
	try {
		return (
			execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null
		);
	} catch {
		return null;
	}
}

export function ensureRedis() {
	const found = find();
	if (found) return found;
	if (process.getuid?.() === 0) {
		console.log('redis-server is missing: apt-get install -y redis-server');
		const apt = (/** @type {string[]} */ args) =>
			execFileSync('apt-get', args, {
				stdio: 'inherit',
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
			});
		try {
			apt(['install', '-y', '--no-install-recommends', 'redis-server']);
		} catch {
			apt(['update']);
			apt(['install', '-y', '--no-install-recommends', 'redis-server']);
		}
		const installed = find();
		if (installed) return installed;
	}
	throw new Error(
		'redis-server not found: install it with `apt-get install redis-server` (Debian) and try again'
	);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureRedis());
