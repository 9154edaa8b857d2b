// Shared groups with the real sync server (server/testing.js) and the production app, in two
// browser profiles: a new member's first full sync of a group (8 sessions, 10 children, 80 marks),
// an offline edit reaching the other device after reconnecting, and the bytes sent per mark.
// The build allows the bench's sync port through KIES_SYNC_ORIGINS (set in bench/run.js).
import { startSyncServer } from '../server/testing.js';
import { median } from './lib.js';

export const SYNC_BENCH_PORT = 4189;
const RUNS = 3;
const stamp = '2026-01-05T10:00:00.000Z';

function groupData(id) {
	const consent = { given: true, date: '2026-01-10', how: 'paper' };
	const sessions = Array.from({ length: 8 }, (_, i) => ({
		id: `${id}-s${i + 1}`,
		createdAt: stamp,
		updatedAt: stamp,
		groupId: id,
		number: i + 1,
		date: `2026-03-${String(2 + i * 3).padStart(2, '0')}`,
		startTime: '13:30',
		status: 'held',
		cancelReason: '',
		blocks: [
			{
				id: `${id}-b${i}-1`,
				kind: 'welcome',
				cardId: null,
				title: 'Welkom',
				minutes: 5,
				notes: ''
			},
			{
				id: `${id}-b${i}-2`,
				kind: 'free',
				cardId: null,
				title: 'Oefening',
				minutes: 45,
				notes: 'Let op'
			},
			{
				id: `${id}-b${i}-3`,
				kind: 'closing',
				cardId: null,
				title: 'Afsluiting',
				minutes: 5,
				notes: ''
			}
		],
		notes: ''
	}));
	const participants = Array.from({ length: 10 }, (_, i) => ({
		id: `${id}-c${i + 1}`,
		createdAt: stamp,
		updatedAt: stamp,
		groupId: id,
		name: `Kind ${i + 1}`,
		birthYear: 2016,
		schoolClass: 'groep 5',
		consent1: consent,
		consent2: consent,
		stoppedOn: null,
		stopReason: '',
		notes: 'Tekent graag',
		erasedAt: null
	}));
	const attendance = sessions.flatMap((s) =>
		participants.map((p) => ({
			sessionId: s.id,
			participantId: p.id,
			groupId: id,
			mark: 'present',
			reason: '',
			consentOverride: false,
			updatedAt: stamp
		}))
	);
	const group = {
		id,
		createdAt: stamp,
		updatedAt: stamp,
		name: `Bench ${id}`,
		ageBand: '7-12',
		schoolId: null,
		location: '',
		coaches: ['Anne', 'Mehmet'],
		weekday: 1,
		startTime: '13:30',
		sessionMinutes: 60,
		sessionCount: 8,
		maxSize: 10,
		startDate: '2026-03-02',
		status: 'running',
		finishedAt: null,
		registerLockedAt: null
	};
	return { groups: [group], sessions, participants, attendance };
}

async function seed(page, data) {
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'kies-toolkit')
	);
	await page.evaluate(async (tables) => {
		const names = Object.keys(tables);
		let database = null;
		for (let i = 0; i < 100 && !database; i++) {
			const candidate = await new Promise((resolve, reject) => {
				const request = indexedDB.open('kies-toolkit');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			if (names.every((n) => candidate.objectStoreNames.contains(n))) database = candidate;
			else {
				candidate.close();
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		await new Promise((resolve, reject) => {
			const tx = database.transaction(names, 'readwrite');
			for (const name of names) for (const row of tables[name]) tx.objectStore(name).put(row);
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		database.close();
	}, data);
}

async function profile(browser, baseUrl) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${baseUrl}/`);
	await page.locator('h1').waitFor();
	return { context, page };
}

async function signIn(page, baseUrl, code) {
	await page.goto(`${baseUrl}/instellingen`);
	await page.getByLabel('Aanmeldcode', { exact: true }).fill(code);
	await page.getByRole('button', { name: 'Aanmelden' }).click();
	await page.getByTestId('signed-in').waitFor();
}

async function oneRun(browser, baseUrl, server, n) {
	const id = `bench-g${n}`;
	const anne = server.addAccount(`Anne ${n}`);
	const mehmet = server.addAccount(`Mehmet ${n}`);
	const a = await profile(browser, baseUrl);
	const b = await profile(browser, baseUrl);
	try {
		await seed(a.page, groupData(id));
		await signIn(a.page, baseUrl, anne.signin);
		await a.page.goto(`${baseUrl}/groepen/groep?id=${id}`);
		await a.page.getByRole('button', { name: 'Deel deze groep' }).click();
		const code = await a.page.getByTestId('invitation-code').inputValue();
		await a.page
			.getByTestId('sync-state')
			.filter({ hasText: 'Bijgewerkt' })
			.waitFor({ timeout: 30_000 });

		// A new member's first full sync: from "Deelnemen" to the group in her tables.
		await signIn(b.page, baseUrl, mehmet.signin);
		await b.page.getByTestId('join-code').fill(code);
		const joinStart = Date.now();
		await b.page.getByRole('button', { name: 'Deelnemen' }).click();
		await b.page.getByText('Je neemt deel aan de groep.').waitFor({ timeout: 60_000 });
		const firstSync = Date.now() - joinStart;

		// Bytes per mark: B marks 10 children in a session while online and A watches the same
		// session; counted are the frames B sent until A shows all ten marks.
		let bytes = 0;
		b.page.on('websocket', (ws) =>
			ws.on('framesent', (f) => (bytes += Buffer.byteLength(f.payload)))
		);
		await b.page.goto(`${baseUrl}/groepen/aanwezigheid?group=${id}`);
		await b.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 7 });
		await a.page.goto(`${baseUrl}/groepen/aanwezigheid?group=${id}`);
		await a.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 7 });
		await b.page
			.getByTestId('mark-row')
			.nth(9)
			.getByRole('radio', { name: 'Aanwezig', exact: true })
			.and(b.page.locator(':checked'))
			.waitFor();
		const rows = b.page.getByTestId('mark-row');
		const before = bytes;
		for (let i = 0; i < 10; i++) {
			await rows.nth(i).getByRole('radio', { name: 'Te laat', exact: true }).check();
		}
		await a.page
			.locator('[data-testid="mark-row"] input[value="late"]:checked')
			.nth(9)
			.waitFor({ timeout: 60_000 });
		const perMark = (bytes - before) / 10;

		// An offline edit reaching the other device after reconnecting.
		await a.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 6 });
		await b.context.setOffline(true);
		await b.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 6 });
		await rows.nth(0).getByRole('radio', { name: 'Afgemeld', exact: true }).check();
		const reconnect = Date.now();
		await b.context.setOffline(false);
		await a.page
			.getByTestId('mark-row')
			.nth(0)
			.getByRole('radio', { name: 'Afgemeld', exact: true })
			.and(a.page.locator(':checked'))
			.waitFor({ timeout: 60_000 });
		const offlineEdit = Date.now() - reconnect;
		return { firstSync, perMark, offlineEdit };
	} finally {
		await a.context.close();
		await b.context.close();
	}
}

export async function run({ browser, baseUrl }) {
	const server = await startSyncServer({ port: SYNC_BENCH_PORT });
	const results = [];
	try {
		for (let n = 0; n < RUNS; n++) results.push(await oneRun(browser, baseUrl, server, n));
	} finally {
		await server.stop();
	}
	return [
		{
			name: 'shared group: first full sync for a new member (8 sessions, 10 children, 80 marks)',
			unit: 'ms',
			value: median(results.map((r) => r.firstSync)),
			budget: 5000
		},
		{
			name: 'shared group: offline edit on the other device after reconnecting',
			unit: 'ms',
			value: median(results.map((r) => r.offlineEdit)),
			budget: 6000
		},
		{
			name: 'shared group: bytes sent per attendance mark',
			unit: 'bytes',
			value: Math.round(median(results.map((r) => r.perMark))),
			budget: 1500
		}
	];
}
