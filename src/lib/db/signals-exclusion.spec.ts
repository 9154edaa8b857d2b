/**
 * The signal log never leaves the device by accident: no coordinator export, exchange bundle
 * or overview figure reads it, and a backup holds it only when the coach opts in.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveSignal, setPassphrase } from './signals';
import { exportBackupData } from './backup';
import { buildExchangeFile } from './exchange';
import { emptySignal } from '$lib/domain/signals';
import { makeGroup, makeParticipant } from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';

const root = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
	});
}

// Reading the table: `database.signals`, `db.signals`, `table('signals')`.
const READS_SIGNALS = /\b(?:db|database)\.signals\b|table\(\s*['"]signals['"]\s*\)/;

/** The only modules allowed to touch the signals table, and why. */
const ALLOWED = [
	'src/lib/db/db.ts', // declares it
	'src/lib/db/signals.ts', // the encrypted log itself
	'src/lib/db/backup.ts', // only with includeSignals (tested below)
	'src/lib/db/privacy.ts' // erases a child's or group's signals with their data
];

const FACTS = 'Vertelt over slaan thuis met een riem.';

async function withOneSignal() {
	const database = freshDb();
	const group = makeGroup();
	const child = makeParticipant({ groupId: group.id });
	await database.groups.add(group);
	await database.participants.add(child);
	const key = await setPassphrase('een lange wachtzin', database);
	await saveSignal(
		key,
		{
			participantId: child.id,
			groupId: group.id,
			content: { ...emptySignal('2026-03-02'), facts: FACTS }
		},
		database
	);
	const [record] = await database.signals.toArray();
	return { database, group, record };
}

describe('keeping the signal log out of exports and figures', () => {
	it('is read by no module other than the log, the opt-in backup and erasure', () => {
		const readers = [
			...sourceFiles(join(root, 'src/lib')),
			...sourceFiles(join(root, 'src/routes'))
		]
			.filter((path) => READS_SIGNALS.test(readFileSync(path, 'utf8')))
			.map((path) => relative(root, path).replaceAll('\\', '/'));
		expect(readers.filter((path) => !ALLOWED.includes(path))).toEqual([]);
	});

	it('is not named at all by the report, the overview or the exchange', () => {
		for (const path of [
			'src/lib/domain/report.ts',
			'src/lib/db/overview.ts',
			'src/lib/domain/exchange.ts',
			'src/lib/db/exchange.ts'
		]) {
			expect(readFileSync(join(root, path), 'utf8'), path).not.toMatch(/signal/i);
		}
	});

	it('leaves the signals out of a backup by default and keeps them ciphertext when included', async () => {
		const { database, record } = await withOneSignal();
		const without = await exportBackupData({ includeSignals: false }, database);
		expect(without.signals).toBeUndefined();
		expect(JSON.stringify(without)).not.toContain(record.ciphertext);

		const withSignals = await exportBackupData({ includeSignals: true }, database);
		expect(withSignals.signals).toEqual([record]);
		expect(JSON.stringify(withSignals)).not.toContain('riem');
	});

	it('puts nothing of a signal in an exchange bundle for the coordinator', async () => {
		const { database, group, record } = await withOneSignal();
		const bundle = await buildExchangeFile([group.id], '', database);
		expect(bundle).not.toContain(record.ciphertext);
		expect(bundle).not.toContain(record.iv);
		expect(bundle).not.toContain('riem');
	});
});
