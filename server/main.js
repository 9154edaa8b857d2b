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

/** A positive number from the environment, or undefined (the default applies). @param {string} name */
function number(name) {
	if (env[name] === undefined || env[name] === '') return undefined;
	const value = Number(env[name]);
	if (!(value > 0)) {
		console.error(`Invalid ${name}: ${env[name]}`);
		process.exit(2);
	}
	return value;
}

const server = await startServer({
	port,
	host: values.host ?? env.SYNC_HOST,
	data: values.data ?? env.SYNC_DATA,
	redis: values.redis ?? env.SYNC_REDIS,
	instanceId: values.instance ?? env.SYNC_INSTANCE,
	maxUpdateBytes: number('SYNC_MAX_UPDATE_BYTES'),
	deviceDays: number('SYNC_DEVICE_DAYS'),
	limits: {
		maxConnectionsPerAccount: number('SYNC_MAX_CONNECTIONS_PER_ACCOUNT'),
		maxGroupsPerAccount: number('SYNC_MAX_GROUPS_PER_ACCOUNT'),
		maxMessagesPerSecond: number('SYNC_MAX_MESSAGES_PER_SECOND'),
		maxDocumentsPerSocket: number('SYNC_MAX_DOCUMENTS_PER_SOCKET'),
		authTimeoutMs: number('SYNC_AUTH_TIMEOUT_MS'),
		maxBufferedBytes: number('SYNC_MAX_BUFFERED_BYTES'),
		signinBurst: number('SYNC_SIGNIN_BURST')
	},
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
