// Refusals with a REAL sync server (server/testing.js) started by this spec on localhost: a wrong
// sign-in code, a wrong device token, a changed invitation, a group the coach never joined and a
// removed member are each refused with a clear message in the coach's language, and the server
// keeps serving the members who stay. Its own group id and its own server (on the run's first
// sync port; sync.e2e.ts uses the second), so the two specs can run in parallel workers.
import { expect, test, type Page } from '@playwright/test';
import { startSyncServer } from '../../server/testing.js';
import { expectNoAxeViolations } from './helpers';
import {
	containsName,
	joinGroup,
	NAMES,
	openGroup as openSharedGroup,
	profile,
	seedShared,
	shareGroup,
	sharedGroup,
	signIn,
	syncPorts,
	syncState,
	type SyncServer
} from './sync-kit';

const GROUP = 'g-regenboog';
const NAME = 'De Regenboog 7-12';
const SYNC_PORT = syncPorts[0];
const shared = sharedGroup(GROUP, NAME);
const openGroup = (page: Page) => openSharedGroup(page, GROUP, NAME);

function tampered(code: string): string {
	// One character in the middle changed, as a mistyped or altered code would be.
	const at = Math.floor(code.length / 2);
	return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
}

/** Writes into this profile's IndexedDB what a device holding a group it never joined would have. */
async function holdForeignShare(page: Page, share: Record<string, unknown>) {
	await page.evaluate(async (record) => {
		const open = (name: string) =>
			new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const put = async (name: string, store: string, value: unknown) => {
			const database = await open(name);
			await new Promise<void>((resolve, reject) => {
				const tx = database.transaction(store, 'readwrite');
				tx.objectStore(store).put(value);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			database.close();
		};
		await put('kies-sync', 'shares', record);
		await put('kies-toolkit', 'settings', { key: 'sync.sharedGroups', value: [record.groupId] });
	}, share);
}

async function readShare(page: Page, groupId: string): Promise<Record<string, unknown>> {
	return page.evaluate(
		(id) =>
			new Promise<Record<string, unknown>>((resolve, reject) => {
				const request = indexedDB.open('kies-sync');
				request.onsuccess = () => {
					const get = request.result.transaction('shares').objectStore('shares').get(id);
					get.onsuccess = () => {
						request.result.close();
						resolve(get.result);
					};
					get.onerror = () => reject(get.error);
				};
				request.onerror = () => reject(request.error);
			}),
		groupId
	);
}

/** Replaces this device's token by one the server never issued. */
async function spoilToken(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('kies-sync');
				request.onsuccess = () => {
					const tx = request.result.transaction('signin', 'readwrite');
					const store = tx.objectStore('signin');
					const get = store.get('device');
					get.onsuccess = () => store.put({ ...get.result, deviceToken: 'not-a-token' });
					tx.oncomplete = () => {
						request.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
}

async function chooseLanguage(page: Page, label: 'English' | 'Nederlands') {
	await page.goto('/instellingen');
	await page.getByRole('radio', { name: label }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', label === 'English' ? 'en' : 'nl');
}

test.describe.configure({ mode: 'serial' });

let server: SyncServer;
test.beforeAll(async () => {
	server = (await startSyncServer({ port: SYNC_PORT })) as SyncServer;
});
test.afterAll(async () => {
	await server?.stop();
});

test('a wrong code or token, a changed invitation, a group not joined and a removed member are refused with a clear message', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const sent: string[] = [];
	const anne = server.addAccount('Anne');
	const mehmet = server.addAccount('Mehmet');
	const dirk = server.addAccount('Dirk');
	const cas = server.addAccount('Cas');

	const a = await profile(browser, sent);
	await seedShared(a.page, shared, { sessions: 2, children: 3, marks: false });
	await signIn(a.page, anne.signin, 'Anne');
	const code = await shareGroup(a.page, GROUP, NAME);

	// A well-formed sign-in code with the wrong secret: the server refuses it, the app says why.
	const c = await profile(browser, sent);
	await c.page.goto('/instellingen');
	const settings = c.page.getByTestId('sync-settings');
	const payload = JSON.parse(Buffer.from(cas.signin.split('.')[1], 'base64url').toString('utf8'));
	const wrong = `kies-signin-1.${Buffer.from(JSON.stringify({ ...payload, secret: 'wrong-secret' })).toString('base64url')}`;
	await settings.getByLabel('Aanmeldcode', { exact: true }).fill(wrong);
	await settings.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(settings.getByRole('alert')).toHaveText(
		'Dit is geen geldige aanmeldcode. Controleer of je de hele code hebt geplakt.'
	);
	await expect(settings.getByTestId('signed-in')).toHaveCount(0);
	await signIn(c.page, cas.signin, 'Cas');

	// A changed invitation is refused before anything reaches the server; so in English.
	await settings.getByTestId('join-code').fill(tampered(code));
	await settings.getByRole('button', { name: 'Deelnemen' }).click();
	await expect(settings.getByRole('alert')).toHaveText(
		'Deze uitnodiging is niet geldig of is onderweg veranderd. Vraag om een nieuwe uitnodiging.'
	);
	await chooseLanguage(c.page, 'English');
	await settings.getByTestId('join-code').fill(tampered(code));
	await settings.getByRole('button', { name: 'Join' }).click();
	await expect(settings.getByRole('alert')).toHaveText(
		'This invitation is not valid or was changed on the way. Ask for a new invitation.'
	);
	await chooseLanguage(c.page, 'Nederlands');

	// A group Cas never joined (its data on her device, say from someone else's backup).
	const annes = await readShare(a.page, GROUP);
	await holdForeignShare(c.page, { ...annes, refused: null, offlineSince: null });
	await c.page.reload();
	await expect(c.page.getByTestId('shared-groups')).toContainText(
		'Geweigerd: Je bent geen lid (meer) van deze groep.',
		{ timeout: 20_000 }
	);
	await expectNoAxeViolations(c.page);
	await chooseLanguage(c.page, 'English');
	await expect(c.page.getByTestId('shared-groups')).toContainText(
		'Refused: You are not (or no longer) a member of this group.'
	);
	await chooseLanguage(c.page, 'Nederlands');

	// A token the server never issued: the device is told to sign in again, and can.
	await spoilToken(c.page);
	await holdForeignShare(c.page, { ...annes, refused: null, offlineSince: null });
	await c.page.reload();
	await expect(c.page.getByTestId('shared-groups')).toContainText(
		'Geweigerd: Dit apparaat is niet (meer) aangemeld',
		{ timeout: 20_000 }
	);
	await expect(settings.getByRole('alert')).toContainText('Meld dit apparaat opnieuw aan');
	await settings.getByLabel('Aanmeldcode', { exact: true }).fill(cas.signin);
	await settings.getByRole('button', { name: 'Opnieuw aanmelden' }).click();
	await expect(settings.getByTestId('signed-in')).toContainText('Aangemeld als Cas');
	// With a valid token again, the server's answer is the real one: Cas is no member.
	await expect(c.page.getByTestId('shared-groups')).toContainText(
		'Geweigerd: Je bent geen lid (meer) van deze groep.',
		{ timeout: 20_000 }
	);

	// Mehmet and Dirk join; Anne removes Mehmet: he is refused, Dirk keeps working with the new key.
	const b = await profile(browser, sent);
	await signIn(b.page, mehmet.signin, 'Mehmet');
	await joinGroup(b.page, code);
	const d = await profile(browser, sent);
	await signIn(d.page, dirk.signin, 'Dirk');
	await joinGroup(d.page, code);
	await openGroup(d.page);
	await expect(syncState(d.page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	await openGroup(b.page);
	await expect(syncState(b.page)).toContainText('Bijgewerkt', { timeout: 20_000 });

	await openGroup(a.page);
	const members = a.page.getByTestId('members');
	await expect(members).toContainText('Mehmet', { timeout: 20_000 });
	await expect(members).toContainText('Dirk');
	await members.getByRole('button', { name: 'Mehmet verwijderen uit de groep' }).click();
	await members.getByRole('button', { name: 'Ja' }).click();
	await expect(a.page.getByRole('status').filter({ hasText: 'Mehmet is verwijderd' })).toBeVisible({
		timeout: 20_000
	});
	// Mehmet's open page learns it from the server, without a reload.
	await expect(syncState(b.page)).toContainText(
		'Geweigerd: Je bent geen lid (meer) van deze groep.',
		{ timeout: 20_000 }
	);

	// The server goes on serving the others: a renamed child reaches Dirk, encrypted with the new key.
	await a.page.goto(`/groepen/kinderen?group=${GROUP}`);
	await a.page
		.getByRole('listitem')
		.filter({ has: a.page.getByRole('heading', { level: 3, name: NAMES[0], exact: true }) })
		.getByRole('button', { name: /^Bewerken/ })
		.click();
	const edit = a.page.getByRole('form', { name: `${NAMES[0]} bewerken` });
	await edit.getByLabel('Voornaam of alias').fill('Şeyma-Lotje');
	await edit.getByRole('button', { name: 'Opslaan' }).click();
	await expect(
		a.page.getByRole('heading', { level: 3, name: 'Şeyma-Lotje', exact: true })
	).toBeVisible();
	await d.page.goto(`/groepen/kinderen?group=${GROUP}`);
	await expect(
		d.page.getByRole('heading', { level: 3, name: 'Şeyma-Lotje', exact: true })
	).toBeVisible({ timeout: 30_000 });
	// …and not to Mehmet, who keeps what he had.
	await b.page.goto(`/groepen/kinderen?group=${GROUP}`);
	await expect(
		b.page.getByRole('heading', { level: 3, name: NAMES[0], exact: true })
	).toBeVisible();
	await expect(b.page.getByRole('heading', { level: 3, name: 'Şeyma-Lotje' })).toHaveCount(0);
	expect((await readShare(d.page, GROUP)).keyId).not.toBe((await readShare(b.page, GROUP)).keyId);

	// Mehmet's old invitation is void now; he can still leave: the group stays his as a local one.
	await b.page.goto('/instellingen');
	const his = b.page.getByTestId('sync-settings');
	await his.getByTestId('join-code').fill(code);
	await his.getByRole('button', { name: 'Deelnemen' }).click();
	await expect(his.getByRole('alert')).toHaveText(
		'Deze uitnodiging is niet (meer) geldig. Vraag om een nieuwe uitnodiging.'
	);
	await openGroup(b.page);
	const share = b.page.getByTestId('share-section');
	await share.getByRole('button', { name: 'Groep verlaten' }).click();
	await share.getByRole('button', { name: 'Ja' }).click();
	await expect(
		share.getByText('Je hebt de groep verlaten. Hij staat nog op dit apparaat.')
	).toBeVisible();
	await expect(share.getByRole('button', { name: 'Deel deze groep' })).toBeVisible();
	await b.page.goto(`/groepen/kinderen?group=${GROUP}`);
	await expect(
		b.page.getByRole('heading', { level: 3, name: NAMES[0], exact: true })
	).toBeVisible();
	expect(sent.map(containsName).filter(Boolean)).toEqual([]);
	for (const context of [a.context, b.context, c.context, d.context]) await context.close();
});
