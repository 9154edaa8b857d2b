// Shared groups with a REAL sync server (server/testing.js) started by this spec on localhost.
// Two coaches in two browser profiles share a group, edit it offline and merge; every frame the
// server receives and every file it stores is searched for the children's names.
import { readFile } from 'node:fs/promises';
import { chromium, expect, test, type Page } from '@playwright/test';
import { startSyncServer } from '../../server/testing.js';
import { appStarted, dumpIndexedDb, expectNoAxeViolations } from './helpers';
import {
	containsName,
	exportForCoordinator,
	filesOf,
	joinGroup,
	markOnRegister,
	NAMES,
	openGroup as openSharedGroup,
	profile,
	record,
	seedShared,
	shareGroup,
	sharedGroup,
	signIn,
	syncPorts,
	syncState,
	type SyncServer
} from './sync-kit';

const GROUP = 'g-zonnebloem';
// The second of the run's ports: sync-refusals.e2e.ts runs its own server on the first.
const SYNC_PORT = syncPorts[1] ?? syncPorts[0];
const shared = sharedGroup(GROUP);
const openGroup = (page: Page) => openSharedGroup(page, GROUP);

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
	await seedShared(a.page, shared);
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

	await markOnRegister(a.page, GROUP, 2, NAMES[0], 'Aanwezig', 'Anne');
	await a.page.goto(`/groepen/sessie?id=${GROUP}-s3`);
	await a.page.getByRole('button', { name: '+ Pauze' }).click();
	await expect(a.page.getByTestId('plan-total')).toContainText('40');
	await expect(a.page.getByText('✓ Opgeslagen')).toBeVisible();
	await openGroup(a.page);
	await expect(a.page.getByTestId('session-row').nth(2)).toContainText('plan 40 van 60 min');

	await markOnRegister(b.page, GROUP, 2, NAMES[1], 'Te laat', 'Mehmet');
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
	await markOnRegister(a.page, GROUP, 2, NAMES[2], 'Afwezig zonder bericht', 'Anne');
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

test('both co-coaches send the coordinator an exchange file of one shared group: it counts once, the newer file wins', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const ID = 'g-margriet';
	const NAME = 'De Margriet 7-12';
	const data = sharedGroup(ID, NAME);
	const sent: string[] = [];
	const ilse = server.addAccount('Ilse');
	const joost = server.addAccount('Joost');

	const a = await profile(browser, sent);
	await seedShared(a.page, data);
	await signIn(a.page, ilse.signin, 'Ilse');
	const code = await shareGroup(a.page, ID, NAME);

	const b = await profile(browser, sent);
	await signIn(b.page, joost.signin, 'Joost');
	await joinGroup(b.page, code);
	await b.page.goto(`/groepen/aanwezigheid?group=${ID}`);
	await expect(b.page.getByTestId('group-rate')).toContainText('aanwezig bij 10 van 10');

	// Ilse sends her file first; then Joost marks a child absent in session 1 and sends his.
	const ilsesFile = await exportForCoordinator(a.page, 'Ilse', NAME);
	await markOnRegister(b.page, ID, 1, NAMES[2], 'Afwezig zonder bericht', 'Joost');
	const joostsFile = await exportForCoordinator(b.page, 'Joost', NAME);
	const groupOf = (file: { buffer: Buffer }) => JSON.parse(file.buffer.toString()).data.groups[0];
	// Both files name the group by the server's group id; neither holds a child's name.
	expect(groupOf(ilsesFile).syncGroupId).toBe(ID);
	expect(groupOf(joostsFile).syncGroupId).toBe(ID);
	for (const file of [ilsesFile, joostsFile])
		expect(containsName(file.buffer.toString())).toBeNull();

	// The coordinator imports both (the newer first): one group, with the newer file's figures.
	const c = await profile(browser, sent, '/overzicht/uitwisseling');
	const picker = c.page.getByLabel(/Exportbestanden van coaches/);
	await picker.setInputFiles([joostsFile, ilsesFile]);
	await c.page.getByRole('button', { name: 'Importeren' }).click();
	await expect(c.page.getByText(/Joost, export van .*Nieuw: 1\./)).toContainText(
		'Een gedeelde groep telt één keer'
	);
	await expect(c.page.getByText(/Ilse, export van .*Nieuw: 0\./)).toContainText(
		'Genegeerd omdat er al een nieuwere export is: 1.'
	);
	await expect(c.page.getByTestId('duplicates')).toContainText('Geen dubbele groepen gevonden.');
	await expectNoAxeViolations(c.page);

	const figure = (key: string) => c.page.locator(`[data-figure="${key}"] .value`).innerText();
	await c.page.goto('/overzicht?jaar=2025');
	await expect(c.page.locator('[data-overview-ms]')).toBeVisible({ timeout: 30_000 });
	expect(await figure('groups')).toBe('1');
	expect(await figure('children')).toBe('10');
	expect(await figure('sessions-held')).toBe('1');
	// Joost's file: 9 of the 10 children present in session 1 (Ilse's older file said 10).
	expect(await figure('attendance')).toBe('90%');
	await expect(c.page.getByText('Joost: 1 groepen, export van')).toBeVisible();
	await expect(c.page.getByText('Ilse: 1 groepen')).toHaveCount(0);
	expect(containsName(await c.page.locator('main').innerText())).toBeNull();
	await c.page.setViewportSize({ width: 390, height: 844 });
	await expectNoAxeViolations(c.page);
	for (const p of [a, b, c]) await p.context.close();
});

/** Downloads a backup from the settings page, with a passphrase or (empty) without one. */
async function downloadBackup(page: Page, passphrase: string) {
	await page.goto('/instellingen');
	const encrypt = page.getByRole('checkbox', { name: /Versleutel het bestand/ });
	const hint = page.getByTestId('backup-shared-hint');
	if (passphrase) {
		await encrypt.check();
		await expect(hint).toContainText('Je gedeelde groepen gaan mee, met hun sleutels');
		await page.getByLabel('Wachtzin voor het bestand', { exact: true }).fill(passphrase);
		await page.getByLabel('Herhaal de wachtzin').fill(passphrase);
	} else {
		await encrypt.uncheck();
		await expect(hint).toContainText(
			'Zonder wachtzin gaan de sleutels van je gedeelde groepen niet mee'
		);
	}
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back-up downloaden' }).click();
	const file = await download;
	return {
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: await readFile((await file.path())!)
	};
}

test('a shared group comes back from a backup with a passphrase on a fresh device, which takes part again; without one it comes back as a local copy', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const ID = 'g-klaproos';
	const NAME = 'De Klaproos 7-12';
	const PASS = 'klaproos in de berm 2026';
	const data = sharedGroup(ID, NAME);
	const sent: string[] = [];
	const wendy = server.addAccount('Wendy');
	const karim = server.addAccount('Karim');

	const a = await profile(browser, sent);
	await seedShared(a.page, data);
	await signIn(a.page, wendy.signin, 'Wendy');
	const code = await shareGroup(a.page, ID, NAME);
	const b = await profile(browser, sent);
	await signIn(b.page, karim.signin, 'Karim');
	await joinGroup(b.page, code);

	const keyed = await downloadBackup(a.page, PASS);
	const plain = await downloadBackup(a.page, '');
	// The plain file carries the group and its children, but no key, member or sign-in.
	const plainData = JSON.parse(plain.buffer.toString()).data;
	expect(plainData.groups.map((g: { id: string }) => g.id)).toEqual([ID]);
	expect(plainData.settings.map((row: { key: string }) => row.key)).not.toContain('sync.shares');
	expect(plain.buffer.toString()).not.toContain('Karim');
	expect(keyed.buffer.toString()).not.toContain(ID);
	await a.context.close();

	// Wendy's new device: restore the protected backup, sign in, and she is a member again.
	const a2 = await profile(browser, sent, '/instellingen');
	await a2.page.getByLabel('Back-upbestand').setInputFiles(keyed);
	await a2.page.getByLabel('Wachtzin van het bestand').fill(PASS);
	await a2.page.getByRole('button', { name: 'Openen' }).click();
	await expect(a2.page.getByTestId('backup-shared')).toHaveText(
		'Deze back-up bevat 1 gedeelde groep(en) met hun sleutels. Na het terugzetten doet dit apparaat weer mee, zodra het is aangemeld bij de synchronisatieserver.'
	);
	await expectNoAxeViolations(a2.page);
	await a2.page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(a2.page.getByText('De back-up is teruggezet.')).toBeVisible();
	await expect(a2.page.getByTestId('restore-shared')).toContainText(
		'Meld dit apparaat aan bij de synchronisatieserver'
	);
	await signIn(a2.page, wendy.signin, 'Wendy');
	await openSharedGroup(a2.page, ID, NAME);
	await expect(syncState(a2.page)).toContainText('Bijgewerkt', { timeout: 30_000 });
	await expect(a2.page.getByTestId('members')).toContainText('Wendy (jij)');
	await expect(a2.page.getByTestId('members')).toContainText('Karim');

	// A mark Karim makes afterwards reaches the restored device, and one made there reaches him.
	await markOnRegister(b.page, ID, 1, NAMES[3], 'Te laat', 'Karim');
	await a2.page.goto(`/groepen/aanwezigheid?group=${ID}`);
	await a2.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 0 });
	const row = a2.page.getByRole('group', { name: new RegExp(NAMES[3]) });
	await expect(row.getByRole('radio', { name: 'Te laat', exact: true })).toBeChecked({
		timeout: 30_000
	});
	await expect(row.getByTestId('marked-by')).toHaveText('gemarkeerd door Karim');
	await markOnRegister(a2.page, ID, 1, NAMES[4], 'Afwezig zonder bericht', 'Wendy');
	await b.page.goto(`/groepen/aanwezigheid?group=${ID}`);
	await b.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 0 });
	const hers = b.page.getByRole('group', { name: new RegExp(NAMES[4]) });
	await expect(
		hers.getByRole('radio', { name: 'Afwezig zonder bericht', exact: true })
	).toBeChecked({ timeout: 30_000 });
	await expect(hers.getByTestId('marked-by')).toHaveText('gemarkeerd door Wendy');

	// The plain backup on another fresh device: a local copy, and the screen says how to rejoin.
	const a3 = await profile(browser, sent, '/instellingen');
	await a3.page.getByLabel('Back-upbestand').setInputFiles(plain);
	await expect(a3.page.getByTestId('backup-shared-no-keys')).toHaveText(
		'1 groep(en) in deze back-up werden gedeeld, maar deze back-up zonder wachtzin bevat hun sleutels niet. Na het terugzetten staan ze alleen op dit apparaat. Vraag je collega-coach om een nieuwe uitnodiging om weer mee te doen.'
	);
	await a3.page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(a3.page.getByText('De back-up is teruggezet.')).toBeVisible();
	await expect(a3.page.getByTestId('restore-shared')).toHaveCount(0);
	await openSharedGroup(a3.page, ID, NAME);
	await expect(a3.page.getByTestId('share-section')).toContainText(
		'Deze groep staat alleen op dit apparaat.'
	);
	await expect(syncState(a3.page)).toHaveCount(0);
	await a3.page.goto(`/groepen/kinderen?group=${ID}`);
	await expect(
		a3.page.getByRole('heading', { level: 3, name: NAMES[0], exact: true })
	).toBeVisible();

	// Nothing the server received holds a child's name.
	expect(sent.map(containsName).filter(Boolean)).toEqual([]);
	for (const p of [a2, a3, b]) await p.context.close();
});

test('a change made while the server is unreachable survives closing the browser and reaches the co-coach once it is back', async ({
	browser
}, testInfo) => {
	test.setTimeout(240_000);
	const ID = 'g-zonnedauw';
	const NAME = 'De Zonnedauw 7-12';
	const data = sharedGroup(ID, NAME);
	const sent: string[] = [];
	const petra = server.addAccount('Petra');
	const ruben = server.addAccount('Ruben');
	// Petra's browser keeps its profile on disk, so it can really be closed and opened again.
	const dir = testInfo.outputPath('petra-profile');
	const launch = async () => {
		const context = await chromium.launchPersistentContext(dir, {
			...testInfo.project.use.launchOptions,
			baseURL: testInfo.project.use.baseURL
		});
		const page = context.pages()[0] ?? (await context.newPage());
		record(page, sent);
		return { context, page };
	};

	const a = await launch();
	await a.page.goto('/');
	await expect(a.page.locator('h1')).toBeVisible({ timeout: 30_000 });
	await appStarted(a.page);
	await seedShared(a.page, data);
	await signIn(a.page, petra.signin, 'Petra');
	const code = await shareGroup(a.page, ID, NAME);
	const b = await profile(browser, sent);
	await signIn(b.page, ruben.signin, 'Ruben');
	await joinGroup(b.page, code);

	// The server is gone; Petra marks a child, sees it waiting, and closes her browser.
	await server.kill();
	await markOnRegister(a.page, ID, 1, NAMES[5], 'Te laat', 'Petra');
	await openSharedGroup(a.page, ID, NAME);
	await expect(syncState(a.page)).toContainText('wijzigingen wachten op verzending', {
		timeout: 20_000
	});
	await a.context.close();

	// Opened again (the server still gone): the change is still waiting.
	const again = await launch();
	await openSharedGroup(again.page, ID, NAME);
	await expect(syncState(again.page)).toContainText('wijzigingen wachten op verzending', {
		timeout: 20_000
	});

	// The server is back: the change goes out by itself and reaches Ruben.
	await server.restart();
	await expect(syncState(again.page)).toContainText('Bijgewerkt', { timeout: 30_000 });
	await b.page.goto(`/groepen/aanwezigheid?group=${ID}`);
	await b.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 0 });
	const row = b.page.getByRole('group', { name: new RegExp(NAMES[5]) });
	await expect(row.getByRole('radio', { name: 'Te laat', exact: true })).toBeChecked({
		timeout: 30_000
	});
	await expect(row.getByTestId('marked-by')).toHaveText('gemarkeerd door Petra');
	expect(sent.map(containsName).filter(Boolean)).toEqual([]);
	await again.context.close();
	await b.context.close();
});

test('under the app lock a shared group keeps its key sealed, waits while locked and syncs on after the passcode', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const ID = 'g-locked-share';
	const NAME = 'De Lelie 7-12';
	const PASSCODE = 'tablet groep 7b';
	const data = sharedGroup(ID, NAME);
	const sent: string[] = [];
	const anne = server.addAccount('Anne');
	const a = await profile(browser, sent);
	await seedShared(a.page, data, {
		sessions: data.sessions.length,
		children: data.children.length
	});
	await signIn(a.page, anne.signin, 'Anne');
	await openSharedGroup(a.page, ID, NAME);
	await a.page.getByRole('button', { name: 'Deel deze groep' }).click();
	await expect(syncState(a.page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	// The group key as the sync store holds it before the lock.
	const groupKeys = await a.page.evaluate(async () => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kies-sync');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const shares = await new Promise<{ keys: Record<string, string> }[]>((resolve, reject) => {
			const request = database.transaction('shares').objectStore('shares').getAll();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		database.close();
		return shares.flatMap((share) => Object.values(share.keys));
	});
	expect(groupKeys.length).toBeGreaterThan(0);
	const before = await dumpIndexedDb(a.page);
	for (const key of groupKeys) expect(before).toContain(key);
	// The group's document is in the store, its names only encrypted.
	expect(before).toContain('kies-sync/docs');
	expect(before).toContain(`${ID}-c1`);

	// The lock goes on: the group key is in no store in plain text any more.
	await a.page.goto('/instellingen');
	await appStarted(a.page);
	const section = a.page.getByRole('region', { name: 'App-vergrendeling' });
	await section.getByRole('button', { name: 'Vergrendeling instellen…' }).click();
	await section.getByLabel('Toegangscode', { exact: true }).fill(PASSCODE);
	await section.getByLabel('Herhaal de wachtzin').fill(PASSCODE);
	await section.getByRole('button', { name: 'Zet vergrendeling aan' }).click();
	await expect(section.getByRole('status')).toContainText('De vergrendeling staat aan');
	const sealed = await dumpIndexedDb(a.page);
	for (const key of groupKeys) expect(sealed, 'a group key in plain text').not.toContain(key);
	for (const child of NAMES) expect(sealed, `${child} in plain text`).not.toContain(child);

	// Reloaded, the group waits for the passcode and says so.
	await a.page.goto(`/groepen/groep?id=${ID}`);
	await appStarted(a.page);
	await expect(
		a.page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })
	).toBeVisible();
	await expect(a.page.getByTestId('sync-waits')).toHaveText(
		'Gedeelde groepen wachten op de toegangscode: ze synchroniseren weer zodra je ontgrendelt.'
	);
	await expectNoAxeViolations(a.page);
	const locked = await dumpIndexedDb(a.page);
	for (const key of groupKeys) expect(locked).not.toContain(key);
	for (const child of NAMES) expect(locked).not.toContain(child);

	// The passcode: the group syncs on, and a mark made now reaches the server.
	await a.page.getByLabel('Toegangscode').fill(PASSCODE);
	await a.page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(a.page.getByRole('heading', { level: 1 })).toHaveText(NAME);
	await expect(syncState(a.page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	// A page load locks again: go to the register through the page's own link.
	await a.page
		.getByRole('link', { name: /Aanwezigheid/ })
		.first()
		.click();
	await a.page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: 1 });
	const row = a.page.getByRole('group', { name: new RegExp(NAMES[2]) });
	await row.getByRole('radio', { name: 'Te laat', exact: true }).check();
	await expect(row.getByTestId('marked-by')).toHaveText('gemarkeerd door Anne', {
		timeout: 20_000
	});
	await a.page.getByRole('link', { name: 'Groepen' }).first().click();
	await a.page.getByRole('link', { name: NAME }).first().click();
	await expect(syncState(a.page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	const after = await dumpIndexedDb(a.page);
	for (const key of groupKeys) expect(after).not.toContain(key);
	expect(sent.map(containsName).filter(Boolean)).toEqual([]);
	await a.context.close();
});
