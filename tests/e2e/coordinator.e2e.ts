// Issue 17: the coordinator's Overzicht fed by the organisation's sync server. Two REAL server
// instances (server/testing.js) share one data folder and a private redis-server, as the README
// tells an organisation to run them for availability. Coach Anne works through instance one,
// coach Mehmet and coordinator Cora through instance two: like a reverse proxy in front of two
// instances, each browser's WebSocket is passed on, byte for byte, to the instance it was sent to.
// The coaches work on one group and converge; Cora sees that group once, with the figures this
// test counts itself, live; her screen, CSV and PDF hold no child's name.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import Papa from 'papaparse';
import WebSocket from 'ws';
import { startRedis, startSyncServer, tempDir } from '../../server/testing.js';
import { appStarted, expectNoAxeViolations } from './helpers';
import {
	containsName,
	exportForCoordinator,
	joinGroup,
	markOnRegister,
	NAMES,
	openGroup,
	profile,
	seedShared,
	shareGroup,
	sharedGroup,
	signIn,
	syncPorts,
	syncState,
	type SyncServer
} from './sync-kit';

const GROUP = 'g-coordinator';
// The third of the run's ports (the build's CSP allows it): sync-refusals.e2e.ts and
// sync.e2e.ts run their own servers on the first two. Instance two needs no allowed port: the
// browsers only ever address instance one, and their sockets are passed on from there.
const PORT_ONE = syncPorts[2] ?? syncPorts[0];
const shared = sharedGroup(GROUP, 'De Vlinder 7-12');
const { sessions } = shared;

type Server = SyncServer & { wsUrl: string; port: number };
let redis: Awaited<ReturnType<typeof startRedis>>;
let one: Server;
let two: Server;
const data = tempDir();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	redis = await startRedis();
	one = (await startSyncServer({
		port: PORT_ONE,
		data,
		redis: redis.url,
		instanceId: 'one'
	})) as Server;
	two = (await startSyncServer({ data, redis: redis.url, instanceId: 'two' })) as Server;
});
test.afterAll(async () => {
	await one?.stop();
	await two?.stop();
	await redis?.stop();
	fs.rmSync(data, { recursive: true, force: true });
});

/**
 * Every WebSocket of this profile to instance one goes to instance two instead, relayed frame
 * by frame (what a reverse proxy with two upstreams does for this client).
 */
async function throughInstanceTwo(context: BrowserContext) {
	await context.routeWebSocket(
		(url) => url.port === String(PORT_ONE),
		(route) => {
			const upstream = new WebSocket(two.wsUrl);
			const waiting: (string | Buffer)[] = [];
			upstream.on('open', () => {
				for (const message of waiting.splice(0)) upstream.send(message);
			});
			upstream.on('message', (message, binary) => {
				route.send(binary ? Buffer.from(message as Buffer) : message.toString());
			});
			upstream.on('close', (code, reason) => {
				const sendable = code >= 3000 && code < 5000;
				route.close(sendable ? { code, reason: reason.toString() } : {});
			});
			upstream.on('error', () => route.close());
			route.onMessage((message) => {
				if (upstream.readyState === WebSocket.OPEN) upstream.send(message);
				else waiting.push(message);
			});
			route.onClose(() => upstream.close());
		}
	);
}

async function connections(server: Server): Promise<number> {
	const response = await fetch(`${server.url}/health`);
	return ((await response.json()) as { connections: number }).connections;
}

/** What the test did, to count the figures itself: marks per session number and child. */
const marks = new Map<string, 'present' | 'late' | 'absent'>();
for (let c = 0; c < NAMES.length; c++) marks.set(`1|${c}`, 'present');

function localDay(date = new Date()) {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The group's counts as this test left it (a marked session is held). */
function counts() {
	const held = new Set([...marks.keys()].map((k) => Number(k.split('|')[0])));
	const marked = marks.size;
	const attended = [...marks.values()].filter((m) => m !== 'absent').length;
	return { held, marked, attended };
}

/** The overview's tiles for the group as this test left it (8 sessions, 10 children). */
function expectedTiles() {
	const today = localDay();
	const { held, marked, attended } = counts();
	const unmarked = held.size * NAMES.length - marked;
	const pastPlanned = sessions.filter((s) => !held.has(s.number) && s.date < today).length;
	return {
		groups: '1',
		'groups-running': '1',
		children: String(NAMES.length),
		finished: '0',
		ongoing: String(NAMES.length),
		stopped: '0',
		'sessions-held': String(held.size),
		'sessions-cancelled': '0',
		attendance: `${Math.round((attended / marked) * 100)}%`,
		gaps: String(unmarked + pastPlanned)
	};
}

async function tiles(page: Page) {
	const out: Record<string, string> = {};
	for (const key of Object.keys(expectedTiles())) {
		out[key] = await page.locator(`[data-figure="${key}"] .value`).innerText();
	}
	return out;
}

async function mark(page: Page, session: number, child: number, label: string, by: string) {
	await markOnRegister(page, GROUP, session, NAMES[child], label, by);
}

test('two coaches on two instances converge; the coordinator sees the group once, live, without names', async ({
	browser
}, testInfo) => {
	test.setTimeout(300_000);
	const anne = one.addAccount('Anne');
	const mehmet = one.addAccount('Mehmet');
	const cora = one.addAccount('Cora', 'coordinator');

	// Coach Anne (instance one) shares the group.
	const a = await profile(browser, []);
	await seedShared(a.page, shared);
	await signIn(a.page, anne.signin, 'Anne');
	const code = await shareGroup(a.page, GROUP, 'De Vlinder 7-12');

	// Coach Mehmet (instance two) joins with the invitation.
	const bContext = await browser.newContext();
	await throughInstanceTwo(bContext);
	const b = { context: bContext, page: await bContext.newPage() };
	await b.page.goto('/');
	await appStarted(b.page);
	await signIn(b.page, mehmet.signin, 'Mehmet');
	await joinGroup(b.page, code);
	await openGroup(b.page, GROUP, 'De Vlinder 7-12');
	await expect(syncState(b.page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	// Each coach is on her own instance.
	expect(await connections(one)).toBeGreaterThanOrEqual(1);
	expect(await connections(two)).toBeGreaterThanOrEqual(1);

	// Both mark session 2, each on her own instance; both see both marks (through Redis).
	await mark(a.page, 2, 0, 'Aanwezig', 'Anne');
	marks.set('2|0', 'present');
	await mark(b.page, 2, 1, 'Te laat', 'Mehmet');
	marks.set('2|1', 'late');
	for (const p of [a.page, b.page]) {
		await p.goto(`/groepen/aanwezigheid?group=${GROUP}`);
		await p.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 1 });
		const first = p.getByRole('group', { name: new RegExp(NAMES[0]) });
		const second = p.getByRole('group', { name: new RegExp(NAMES[1]) });
		await expect(first.getByTestId('marked-by')).toHaveText('gemarkeerd door Anne', {
			timeout: 20_000
		});
		await expect(second.getByTestId('marked-by')).toHaveText('gemarkeerd door Mehmet', {
			timeout: 20_000
		});
		await expect(first.getByRole('radio', { name: 'Aanwezig', exact: true })).toBeChecked();
		await expect(second.getByRole('radio', { name: 'Te laat', exact: true })).toBeChecked();
	}

	// Coordinator Cora (instance two) signs in like a coach and opens the overview.
	const cContext = await browser.newContext();
	await throughInstanceTwo(cContext);
	const c = { context: cContext, page: await cContext.newPage() };
	await c.page.goto('/');
	await appStarted(c.page);
	await signIn(c.page, cora.signin, 'Cora');
	const settings = c.page.getByTestId('sync-settings');
	await expect(settings.getByTestId('coordinator-note')).toContainText('alle gedeelde groepen');
	await expect(settings.getByTestId('join-code')).toHaveCount(0);
	await c.page.goto('/overzicht?jaar=2025');
	await appStarted(c.page);
	const server = c.page.getByTestId('server-status');
	await expect(server.getByRole('status')).toHaveAttribute('data-phase', 'live', {
		timeout: 30_000
	});
	await expect(server.getByTestId('server-count')).toHaveText(/^1 gedeelde groepen/);
	// Two coaches, two devices, two instances: one group.
	await expect.poll(() => tiles(c.page), { timeout: 20_000 }).toEqual(expectedTiles());
	await c.page.locator('[data-figure="groups"]').click();
	const drill = c.page.locator('#drill-down');
	await expect(drill.getByRole('row')).toHaveCount(2);
	await expect(drill.getByRole('row').nth(1)).toContainText('De Vlinder 7-12');
	await expect(drill.getByRole('row').nth(1)).toContainText('Anne, Mehmet');
	await expect(drill.getByRole('row').nth(1)).toContainText('Synchronisatieserver (live)');
	await expect(
		c.page.getByRole('heading', { name: 'Waar de cijfers vandaan komen' })
	).toBeVisible();
	await expect(
		c.page.getByText('Gedeelde groepen op de synchronisatieserver (live): 1')
	).toBeVisible();
	await expectNoAxeViolations(c.page);

	// A coach marks (on the other instance): the figures change while Cora looks, no reload.
	await c.page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	const before = await tiles(c.page);
	await mark(a.page, 2, 2, 'Afwezig zonder bericht', 'Anne');
	marks.set('2|2', 'absent');
	const after = expectedTiles();
	expect(after.attendance).not.toBe(before.attendance);
	await expect(c.page.locator('[data-figure="attendance"] .value')).toHaveText(after.attendance, {
		timeout: 20_000
	});
	expect(await tiles(c.page)).toEqual(after);
	expect(await c.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
		true
	);

	// No child's name on her screen, in the CSV or in the PDF.
	const screen = await c.page.locator('body').innerText();
	expect(screen).toContain('De Vlinder 7-12');
	expect(containsName(screen)).toBeNull();
	let download = c.page.waitForEvent('download');
	await c.page.getByRole('button', { name: 'Cijfers als CSV (Excel)' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	await writeFile(testInfo.outputPath('coordinator.csv'), csv);
	const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
	const now = counts();
	expect(rows).toContainEqual(['Groepen', '1', '', '']);
	expect(rows).toContainEqual(['Bijeenkomsten gehouden', String(now.held.size), '', '']);
	expect(rows).toContainEqual([
		'Aanwezigheid',
		String(now.attended),
		String(now.marked),
		String(Math.round((now.attended / now.marked) * 1000) / 10).replace('.', ',')
	]);
	expect(rows.some((r) => r[0] === 'De Vlinder 7-12')).toBe(true);
	expect(containsName(csv)).toBeNull();

	download = c.page.waitForEvent('download');
	await c.page.getByRole('button', { name: 'Rapport als PDF voor de gemeente' }).click();
	const pdfPath = testInfo.outputPath('coordinator.pdf');
	await writeFile(pdfPath, await readFile((await (await download).path())!));
	const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
	expect(text).toContain('Gedeelde groepen op de synchronisatieserver (live): 1');
	expect(text).toContain('Per school');
	expect(containsName(text)).toBeNull();

	// The same group also arrives as a file (Mehmet sends his exchange file as before the
	// server): it is still one group, counted from the server's live copy.
	const mehmetsFile = await exportForCoordinator(b.page, 'Mehmet', 'De Vlinder 7-12');
	expect(JSON.parse(mehmetsFile.buffer.toString()).data.groups[0].syncGroupId).toBe(GROUP);
	await c.page.goto('/overzicht/uitwisseling');
	await appStarted(c.page);
	await c.page.getByLabel(/Exportbestanden van coaches/).setInputFiles([mehmetsFile]);
	await c.page.getByRole('button', { name: 'Importeren' }).click();
	await expect(c.page.getByText(/Mehmet, export van .*Nieuw: 1\./)).toBeVisible();
	await c.page.goto('/overzicht?jaar=2025');
	await appStarted(c.page);
	await expect(c.page.getByTestId('server-status').getByRole('status')).toHaveAttribute(
		'data-phase',
		'live',
		{ timeout: 30_000 }
	);
	await expect.poll(() => tiles(c.page), { timeout: 20_000 }).toEqual(expectedTiles());
	await c.page.locator('[data-figure="groups"]').click();
	await expect(drill.getByRole('row')).toHaveCount(2);
	await expect(drill.getByRole('row').nth(1)).toContainText('Synchronisatieserver (live)');
	expect(containsName(await c.page.locator('body').innerText())).toBeNull();

	await c.page.screenshot({ path: testInfo.outputPath('coordinator-1280.png'), fullPage: true });
	// On a phone nothing sticks out sideways.
	await c.page.setViewportSize({ width: 390, height: 844 });
	await expect
		.poll(() => c.page.evaluate(() => document.documentElement.scrollWidth))
		.toBeLessThanOrEqual(390);
	await expectNoAxeViolations(c.page);
	await c.page.screenshot({ path: testInfo.outputPath('coordinator-390.png'), fullPage: true });

	for (const p of [a, b, c]) await p.context.close();
});
