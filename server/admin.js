// @ts-check
// npm run sync-admin -- <command> [options]   (the data folder: --data or SYNC_DATA, default ./sync-data)
//
//   add-account --name "Anna" --role coach|coordinator [--server https://sync.example.org] [--app https://app.example.org]
//   list-accounts
//   remove-account <accountId>
//   list-devices <accountId>
//   revoke-device <deviceId>
//   reset-signin <accountId> [--server …] [--app …]
//   backup <folder>       a consistent copy of the data folder, safe while servers run
//
// Add --json for machine-readable output. Running servers pick changes up within a second.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeSignin } from './api.js';
import { DEFAULTS } from './server.js';
import { ApiError, Registry } from './registry.js';

const USAGE = `Usage: npm run sync-admin -- <command> [--data <folder>] [--json]
  add-account --name "<name>" --role coach|coordinator [--server <url>] [--app <url>]
  list-accounts
  remove-account <accountId>
  list-devices <accountId>
  revoke-device <deviceId>
  reset-signin <accountId> [--server <url>] [--app <url>]
  backup <folder>`;

/**
 * Copy a (running) data folder. Every file is replaced atomically or only appended to, so each
 * copied file is whole; per document the logs are copied BEFORE the snapshots, so that a
 * compaction in between (snapshot rewritten, then log emptied) can only add to the copy.
 * A torn record at the end of a copied log is dropped when the copy is loaded.
 */
function backup(/** @type {string} */ data, /** @type {string} */ target) {
	if (fs.existsSync(target) && fs.readdirSync(target).length) {
		throw new ApiError(400, 'bad-request', `${target} is not empty`);
	}
	fs.mkdirSync(path.join(target, 'docs'), { recursive: true });
	for (const file of ['registry.json', 'audit.log']) {
		if (fs.existsSync(path.join(data, file)))
			fs.copyFileSync(path.join(data, file), path.join(target, file));
	}
	const docs = path.join(data, 'docs');
	const names = fs.existsSync(docs) ? fs.readdirSync(docs) : [];
	for (const name of names) {
		const from = path.join(docs, name);
		const to = path.join(target, 'docs', name);
		fs.mkdirSync(to, { recursive: true });
		const files = fs.readdirSync(from);
		for (const ext of ['.log', '.snap']) {
			for (const file of files.filter((f) => f.endsWith(ext))) {
				fs.copyFileSync(path.join(from, file), path.join(to, file));
			}
		}
	}
	return names.length;
}

/** Run one admin command; returns the text to print. Exported for tests and the test helper. */
export function runAdmin(/** @type {string[]} */ argv) {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			data: { type: 'string' },
			name: { type: 'string' },
			role: { type: 'string' },
			server: { type: 'string' },
			app: { type: 'string' },
			json: { type: 'boolean' }
		}
	});
	const [command, target] = positionals;
	const data = values.data ?? process.env.SYNC_DATA ?? DEFAULTS.data;
	const registry = new Registry(data, { instanceId: 'admin' });
	const server =
		values.server ??
		process.env.SYNC_PUBLIC_URL ??
		`http://127.0.0.1:${process.env.SYNC_PORT ?? DEFAULTS.port}`;
	const app = values.app ?? process.env.SYNC_APP_URL ?? server;
	const out = (/** @type {unknown} */ json, /** @type {string} */ text) =>
		values.json ? JSON.stringify(json, null, 2) : text;
	const need = () => {
		if (!target) throw new ApiError(400, 'bad-request', `${command} needs an id\n${USAGE}`);
		return target;
	};
	const signinText = (
		/** @type {import('./registry.js').Account} */ account,
		/** @type {string} */ secret
	) => {
		const code = makeSignin(server, account.id, secret);
		const link = `${app.replace(/\/$/, '')}/#signin=${code}`;
		return {
			json: { account, signin: code, link },
			text: `Account ${account.id} (${account.name}, ${account.role})\nSign-in code:\n  ${code}\nSign-in link:\n  ${link}\nGive the code or link to ${account.name} only; it signs in any device until reset-signin.`
		};
	};

	switch (command) {
		case 'add-account': {
			const { account, secret } = registry.addAccount({
				name: values.name ?? '',
				role: /** @type {any} */ (values.role ?? 'coach')
			});
			const { json, text } = signinText(account, secret);
			return out(json, text);
		}
		case 'reset-signin': {
			const { account, secret } = registry.resetSignin(need());
			const { json, text } = signinText(account, secret);
			return out(json, text);
		}
		case 'list-accounts': {
			const accounts = registry.listAccounts().map(({ signinHash: _, ...a }) => a);
			return out(
				accounts,
				accounts.map((a) => `${a.id}  ${a.role.padEnd(11)}  ${a.name}`).join('\n') ||
					'(no accounts)'
			);
		}
		case 'remove-account':
			registry.removeAccount(need());
			return out({ ok: true }, `Removed account ${target}; its devices are revoked.`);
		case 'list-devices': {
			const devices = registry.listDevices(need()).map(({ tokenHash: _, ...d }) => d);
			return out(
				devices,
				devices
					.map(
						(d) =>
							`${d.id}  ${d.revokedAt ? `revoked ${d.revokedAt}` : 'active'}  ${d.createdAt}  ${d.name}`
					)
					.join('\n') || '(no devices)'
			);
		}
		case 'revoke-device':
			registry.revokeDevice(need());
			return out({ ok: true }, `Revoked device ${target}.`);
		case 'backup': {
			const count = backup(data, need());
			return out({ ok: true, documents: count }, `Backed up ${count} documents to ${target}.`);
		}
		default:
			throw new ApiError(400, 'bad-request', USAGE);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		console.log(runAdmin(process.argv.slice(2)));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
