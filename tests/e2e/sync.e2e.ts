// Shared groups with a REAL sync server (server/testing.js) started by this spec on localhost.
// Two coaches in two browser profiles share a group, edit it offline and merge; every frame the
// server receives and every file it stores is searched for the children's names.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startSyncServer } from '../../server/testing.js';
import { appStarted, expectNoAxeViolations } from './helpers';
import { seed } from './seed';

const stamp = '2026-01-05T10:00:00.000Z';
const GROUP = 'g-zonnebloem';
const NAMES = [
	'Şeyma',
	'Noortje',
	'Daantje',
	'Fleurtje',
	'Meesje',
	'Yaraatje',
	'Bramvdb',
	'Lottepot',
	'Amirtje',
	'Saartje'
];

// The runner (scripts/e2e.js) gives each run free ports the build's CSP allows (E2E_SYNC_PORTS).
const syncPorts = (process.env.E2E_SYNC_PORTS ?? '4316').split(',').map(Number);
const SYNC_PORT = syncPorts[1] ?? syncPorts[0];

interface SyncServer {
	url: string;
	data: string;
	addAccount(name: string): { accountId: string; signin: string };
	kill(): Promise<void>;
	restart(): Promise<void>;
	stop(): Promise<void>;
}

function sessions() {
	return Array.from({ length: 8 }, (_, i) => ({
		id: `${GROUP}-s${i + 1}`,
		createdAt: stamp,
		updatedAt: stamp,
		groupId: GROUP,
		number: i + 1,
		date: [
			'2026-02-03',
			'2026-02-10',
			'2026-02-17',
			'2026-02-24',
			'2026-03-03',
			'2026-03-10',
			'2026-03-17',
			'2026-03-24'
		][i],
		startTime: '13:30',
		status: i === 0 ? 'held' : 'planned',
		cancelReason: '',
		blocks: [
			{
				id: `${GROUP}-b${i}-1`,
				kind: 'welcome',
				cardId: null,
				title: 'Welkom',
				minutes: 5,
				notes: ''
			},
			{
				id: `${GROUP}-b${i}-2`,
				kind: 'free',
				cardId: null,
				title: `Gevoelensthermometer ${i + 1}`,
				minutes: 20,
				notes: `Let op ${NAMES[i]}`
			},
			{
				id: `${GROUP}-b${i}-3`,
				kind: 'closing',
				cardId: null,
				title: 'Afsluiting',
				minutes: 5,
				notes: ''
			}
		],
		notes: ''
	}));
}

function children() {
	const consent = { given: true, date: '2026-01-10', how: 'paper' };
	return NAMES.map((name, i) => ({
		id: `${GROUP}-c${i + 1}`,
		createdAt: stamp,
		updatedAt: stamp,
		groupId: GROUP,
		name,
		birthYear: 2016,
		schoolClass: 'groep 5',
		consent1: consent,
		consent2: consent,
		stoppedOn: null,
		stopReason: '',
		notes: `${name} tekent graag`,
		erasedAt: null
	}));
}

const group = {
	id: GROUP,
	createdAt: stamp,
	updatedAt: stamp,
	name: 'De Zonnebloem 7-12',
	ageBand: '7-12',
	schoolId: null,
	location: 'OBS De Zonnebloem',
	coaches: ['Anne', 'Mehmet'],
	weekday: 2,
	startTime: '13:30',
	sessionMinutes: 60,
	sessionCount: 8,
	maxSize: 10,
	startDate: '2026-02-03',
	status: 'running',
	finishedAt: null,
	registerLockedAt: null
};

const firstMarks = children().map((child) => ({
	sessionId: `${GROUP}-s1`,
	participantId: child.id,
	groupId: GROUP,
	mark: 'present',
	reason: '',
	consentOverride: false,
	updatedAt: stamp
}));

/** Every frame the browser sends to the server (= what the server receives) and every request body. */
function record(page: Page, into: string[]) {
	page.on('websocket', (ws) => {
		ws.on('framesent', (frame) => into.push(Buffer.from(frame.payload).toString('latin1')));
	});
	page.on('request', (request) => {
		const body = request.postDataBuffer();
		if (body) into.push(body.toString('latin1'));
		into.push(request.url());
	});
}

async function profile(
	browser: Browser,
	sent: string[]
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	record(page, sent);
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
	await appStarted(page);
	return { context, page };
}

async function signIn(page: Page, code: string, name: string) {
	await page.goto('/instellingen');
	const section = page.getByTestId('sync-settings');
	await section.getByLabel('Aanmeldcode', { exact: true }).fill(code);
	await section.getByLabel('Naam van dit apparaat').fill(`${name}s laptop`);
	await section.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(section.getByTestId('signed-in')).toContainText(`Aangemeld als ${name}`);
}

async function joinGroup(page: Page, invitation: string) {
	await page.goto('/instellingen');
	const section = page.getByTestId('sync-settings');
	await section.getByTestId('join-code').fill(invitation);
	await section.getByRole('button', { name: 'Deelnemen' }).click();
	await expect(section.getByText('Je neemt deel aan de groep.')).toBeVisible({ timeout: 20_000 });
}

async function syncState(page: Page) {
	return page.getByTestId('sync-state');
}

async function openGroup(page: Page) {
	await page.goto(`/groepen/groep?id=${GROUP}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(group.name);
}

async function markOnRegister(page: Page, session: number, child: string, mark: string) {
	await page.goto(`/groepen/aanwezigheid?group=${GROUP}`);
	await page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: session - 1 });
	await page
		.getByRole('group', { name: new RegExp(child) })
		.getByRole('radio', { name: mark, exact: true })
		.check();
}

async function filesOf(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await filesOf(path)));
		else out.push(path);
	}
	return out;
}

function containsName(haystack: string): string | null {
	for (const name of NAMES) {
		const utf8 = Buffer.from(name, 'utf8').toString('latin1');
		if (haystack.includes(utf8) || haystack.includes(name)) return name;
	}
	return null;
}

test.describe.configure({ mode: 'serial' });

let server: SyncServer;
test.beforeAll(async () => {
	server = (await startSyncServer({ port: SYNC_PORT })) as SyncServer;
});
test.afterAll(async () => {
	await server?.stop();
});

test('two coaches share a group, edit it offline and both see all four changes; the server never sees a name', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const sent: string[] = [];
	const anne = server.addAccount('Anne');
	const mehmet = server.addAccount('Mehmet');

	const a = await profile(browser, sent);
	await a.page.waitForFunction(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'kies-toolkit')
	);
	await seed(a.page, {
		groups: [group],
		sessions: sessions(),
		participants: children(),
		attendance: firstMarks
	});
	await signIn(a.page, anne.signin, 'Anne');

	// Coach A shares the group and gets an invitation (code and QR code).
	await openGroup(a.page);
	await a.page.getByRole('button', { name: 'Deel deze groep' }).click();
	const invitation = a.page.getByTestId('invitation');
	await expect(invitation.getByRole('img', { name: 'QR-code met de uitnodiging' })).toBeVisible({
		timeout: 20_000
	});
	const code = await invitation.getByTestId('invitation-code').inputValue();
	expect(code).toMatch(/^kies-invite-1\./);
	await expect(await syncState(a.page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	await expectNoAxeViolations(a.page);

	// Coach B joins in her own browser profile and sees everything, names included.
	const b = await profile(browser, sent);
	await signIn(b.page, mehmet.signin, 'Mehmet');
	await joinGroup(b.page, code);
	await openGroup(b.page);
	await expect(await syncState(b.page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	await expect(b.page.getByTestId('session-row')).toHaveCount(8);
	await expect(b.page.getByTestId('members')).toContainText('Anne');
	await expect(b.page.getByTestId('members')).toContainText('Mehmet (jij)');
	await b.page.goto(`/groepen/kinderen?group=${GROUP}`);
	for (const name of NAMES)
		await expect(b.page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
	await b.page.goto(`/groepen/sessie?id=${GROUP}-s2`);
	await expect
		.poll(() =>
			b.page
				.getByTestId('block-title')
				.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
		)
		.toContain('Gevoelensthermometer 2');
	await b.page.goto(`/groepen/aanwezigheid?group=${GROUP}`);
	await expect(b.page.getByTestId('group-rate')).toContainText('aanwezig bij 10 van');

	// Both go offline and make the four changes of the issue.
	await a.context.setOffline(true);
	await b.context.setOffline(true);
	await openGroup(a.page);
	await expect(await syncState(a.page)).toContainText('Offline sinds');

	await markOnRegister(a.page, 2, NAMES[0], 'Aanwezig');
	await a.page.goto(`/groepen/sessie?id=${GROUP}-s3`);
	await a.page.getByRole('button', { name: '+ Pauze' }).click();
	await expect(a.page.getByTestId('plan-total')).toContainText('40');
	await expect(a.page.getByText('✓ Opgeslagen')).toBeVisible();
	await openGroup(a.page);
	await expect(a.page.getByTestId('session-row').nth(2)).toContainText('plan 40 van 60 min');

	await markOnRegister(b.page, 2, NAMES[1], 'Te laat');
	await openGroup(b.page);
	const row4 = b.page.getByTestId('session-row').nth(3);
	await row4.getByLabel('Nieuwe datum voor bijeenkomst 4').fill('2026-02-26');
	await row4
		.getByRole('button', { name: 'Bijeenkomst 4 verplaatsen naar de gekozen datum' })
		.click();
	await expect(row4).toContainText('26');
	await expect(await syncState(b.page)).toContainText('wijzigingen wachten');

	// Back online: both screens show all four changes, with the same rates.
	await a.context.setOffline(false);
	await b.context.setOffline(false);
	for (const p of [a.page, b.page]) {
		await openGroup(p);
		await expect(await syncState(p)).toContainText('Bijgewerkt', { timeout: 30_000 });
	}
	const rates: string[] = [];
	for (const p of [a.page, b.page]) {
		await openGroup(p);
		await expect(p.getByTestId('session-row').nth(3)).toContainText('26');
		await expect(p.getByTestId('session-row').nth(2)).toContainText('plan 40 van 60 min');
		await p.goto(`/groepen/aanwezigheid?group=${GROUP}`);
		await p.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 1 });
		const one = p.getByRole('group', { name: new RegExp(NAMES[0]) });
		const two = p.getByRole('group', { name: new RegExp(NAMES[1]) });
		await expect(one.getByRole('radio', { name: 'Aanwezig', exact: true })).toBeChecked({
			timeout: 15_000
		});
		await expect(two.getByRole('radio', { name: 'Te laat', exact: true })).toBeChecked();
		await expect(one.getByTestId('marked-by')).toHaveText('gemarkeerd door Anne');
		await expect(two.getByTestId('marked-by')).toHaveText('gemarkeerd door Mehmet');
		rates.push((await p.getByTestId('group-rate').textContent()) ?? '');
	}
	expect(rates[0]).toContain('aanwezig bij 12 van');
	expect(rates[1]).toBe(rates[0]);

	// kill -9 and restart: a change made meanwhile is kept and arrives; clients reconnect alone.
	await server.kill();
	await markOnRegister(a.page, 2, NAMES[2], 'Afwezig zonder bericht');
	await server.restart();
	await openGroup(a.page);
	await expect(await syncState(a.page)).toContainText('Bijgewerkt', { timeout: 30_000 });
	await b.page.goto(`/groepen/aanwezigheid?group=${GROUP}`);
	await b.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 1 });
	await expect(
		b.page
			.getByRole('group', { name: new RegExp(NAMES[2]) })
			.getByRole('radio', { name: 'Afwezig zonder bericht', exact: true })
	).toBeChecked({ timeout: 30_000 });

	// Nothing the server received or stored holds a child's name.
	expect(sent.length).toBeGreaterThan(20);
	const leaks = sent.map(containsName).filter(Boolean);
	expect(leaks).toEqual([]);
	const files = await filesOf(server.data);
	expect(files.length).toBeGreaterThan(0);
	for (const file of files) {
		expect(containsName((await readFile(file)).toString('latin1')), file).toBeNull();
	}
	await b.page.setViewportSize({ width: 390, height: 844 });
	await openGroup(b.page);
	await expectNoAxeViolations(b.page);
	await a.context.close();
	await b.context.close();
});
