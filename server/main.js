// @ts-check
// npm run sync-server [-- --port 8787 --host 127.0.0.1 --data ./sync-data --redis redis://… --instance a]
// Every option can also come from the environment: SYNC_PORT, SYNC_HOST, SYNC_DATA, SYNC_REDIS,
// SYNC_INSTANCE, SYNC_MAX_UPDATE_BYTES.
import { parseArgs } from 'node:util';
import { DEFAULTS, startServer } from './server.js';

const { values } = parseArgs({
	options: {
		port: { type: 'string' },
		host: { type: 'string' },
		data: { type: 'string' },
		redis: { type: 'string' },
		instance: { type: 'string' },
		quiet: { type: 'boolean' }
	}
});
const env = process.env;
const port = Number(values.port ?? env.SYNC_PORT ?? DEFAULTS.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`Invalid port: ${values.port ?? env.SYNC_PORT}`);
	process.exit(2);
}

const server = await startServer({
	port,
	host: values.host ?? env.SYNC_HOST,
	data: values.data ?? env.SYNC_DATA,
	redis: values.redis ?? env.SYNC_REDIS,
	instanceId: values.instance ?? env.SYNC_INSTANCE,
	maxUpdateBytes: env.SYNC_MAX_UPDATE_BYTES ? Number(env.SYNC_MAX_UPDATE_BYTES) : undefined,
	quiet: values.quiet
});

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, async () => {
		if (stopping) return;
		stopping = true;
		await server.stop();
		process.exit(0);
	});
}
