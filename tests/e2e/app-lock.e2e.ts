import { expect, test, type Page } from '@playwright/test';
import { appStarted, dumpIndexedDb, expectNoAxeViolations } from './helpers';
import { seed } from './seed';

/**
 * The app lock on a shared tablet (issue 22): turned on in the settings, the children's names
 * and notes are nowhere in plain text after a reload (not in the page, not in any IndexedDB
 * store) until the passcode is given; the card library stays open.
 */
const stamp = '2026-01-05T10:00:00.000Z';
const PASSCODE = 'tablet groep 7b';
const SECRETS = ['Şeyma Yılmaz', '李明', 'spreekt thuis Turks', 'broertje Joris'];
/** Notes of a session, one of its plan blocks and a parent meeting that mention a child. */
const NOTES = ['Şeyma huilde vandaag', 'Naast 李明 zitten', 'Vader van Şeyma belt'];

const group = {
	id: 'g-lock',
	createdAt: stamp,
	updatedAt: stamp,
	name: 'Groep Zonnebloem',
	ageBand: '7-12',
	schoolId: null,
	location: 'OBS Zonnebloem',
	coaches: ['Anne'],
	weekday: 2,
	startTime: '13:30',
	sessionMinutes: 60,
	sessionCount: 8,
	maxSize: 7,
	startDate: '2026-02-03',
	status: 'running',
	finishedAt: null,
	registerLockedAt: null
};

function child(id: string, name: string, notes: string) {
	const consent = { given: true, date: '2026-01-10', how: 'paper' };
	return {
		id,
		createdAt: stamp,
		updatedAt: stamp,
		groupId: group.id,
		name,
		birthYear: null,
		schoolClass: '',
		consent1: consent,
		consent2: consent,
		stoppedOn: null,
		stopReason: '',
		notes,
		erasedAt: null
	};
}

const session = {
	id: 's-lock-1',
	createdAt: stamp,
	updatedAt: stamp,
	groupId: group.id,
	number: 1,
	date: '2026-02-03',
	startTime: '13:30',
	status: 'planned',
	cancelReason: '',
	blocks: [
		{ id: 'b-1', kind: 'free', cardId: null, title: 'Kringgesprek', minutes: 15, notes: NOTES[1] }
	],
	notes: NOTES[0]
};

const meeting = {
	id: 'm-lock-1',
	createdAt: stamp,
	updatedAt: stamp,
	groupId: group.id,
	kind: 'information',
	date: '2026-01-27',
	startTime: '19:30',
	notes: NOTES[2],
	recorded: false
};

async function expectNoSecrets(page: Page) {
	const html = await page.evaluate(() => document.documentElement.outerHTML);
	const stored = await dumpIndexedDb(page);
	// The dump holds the app's database (and its stores), so an empty search cannot pass.
	expect(stored).toContain('kies-toolkit/participants');
	expect(stored).toContain('g-lock');
	for (const secret of [...SECRETS, ...NOTES]) {
		expect(html, `page shows ${secret}`).not.toContain(secret);
		expect(stored, `IndexedDB holds ${secret}`).not.toContain(secret);
	}
}

test('locked, reloaded: no child name in the page or IndexedDB until the passcode', async ({
	page
}) => {
	test.setTimeout(90_000);
	// Time flows as usual, and can be moved on to try the idle timeout.
	await page.clock.install();
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'kies-toolkit' && (d.version ?? 0) >= 10)
	);
	await seed(page, {
		groups: [group],
		participants: [child('c-1', SECRETS[0], SECRETS[2]), child('c-2', SECRETS[1], SECRETS[3])],
		sessions: [session],
		meetings: [meeting]
	});
	const childrenPage = `/groepen/kinderen?group=${group.id}`;
	await page.goto(childrenPage);
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	// Before the lock, the names are stored in plain text (so the search below can find them).
	const before = await dumpIndexedDb(page);
	for (const text of [SECRETS[1], ...NOTES]) expect(before).toContain(text);

	// The coach turns the lock on in the settings.
	await page.goto('/instellingen');
	await appStarted(page);
	const section = page.getByRole('region', { name: 'App-vergrendeling' });
	await section.getByRole('button', { name: 'Vergrendeling instellen…' }).click();
	await section.getByLabel('Toegangscode', { exact: true }).fill('te kort');
	await expect(section.getByRole('button', { name: 'Zet vergrendeling aan' })).toBeDisabled();
	await section.getByLabel('Toegangscode', { exact: true }).fill(PASSCODE);
	await section.getByLabel('Herhaal de wachtzin').fill(PASSCODE);
	await section.getByLabel('Vergrendel na zoveel minuten zonder gebruik').fill('10');
	await section.getByRole('button', { name: 'Zet vergrendeling aan' }).click();
	await expect(section.getByRole('status')).toContainText('De vergrendeling staat aan');
	// Sealed at once, before any reload.
	const sealed = await dumpIndexedDb(page);
	for (const secret of [...SECRETS, ...NOTES]) expect(sealed).not.toContain(secret);

	// Reload: the children page asks for the passcode and shows no name.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(childrenPage);
	await page.reload();
	await appStarted(page);
	await expect(
		page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })
	).toBeVisible();
	await expectNoSecrets(page);
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'test-results/app-lock-locked-390.png', fullPage: true });
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);

	// The card library stays open while locked.
	await page.getByRole('link', { name: 'Werkvormen' }).first().click();
	await expect(page).toHaveURL(/\/werkvormen/);
	await expect(page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })).toHaveCount(
		0
	);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoSecrets(page);

	// Printing cards stays open; a register (it holds the names) waits for the passcode.
	await page.goto('/print');
	await appStarted(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })).toHaveCount(
		0
	);
	await page.goto(`/print?register=${group.id}`);
	await appStarted(page);
	await expect(
		page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })
	).toBeVisible();
	await expectNoSecrets(page);

	// A wrong passcode is refused with a message; the right one brings the names back.
	await page.goto(childrenPage);
	await appStarted(page);
	const passcode = page.getByLabel('Toegangscode');
	await passcode.fill('tablet groep 7c');
	await page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Deze toegangscode klopt niet. Probeer het opnieuw.'
	);
	await expectNoSecrets(page);
	await passcode.fill(PASSCODE);
	await passcode.press('Enter');
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[1] })).toBeVisible();
	// Open, the names are still stored only sealed.
	for (const secret of SECRETS) expect(await dumpIndexedDb(page)).not.toContain(secret);
	await expectNoAxeViolations(page);
	// The session's notes and its plan's notes read back on its page, and stay sealed.
	await page.goto(`/groepen/sessie?id=${session.id}`);
	await page.getByLabel('Toegangscode').fill(PASSCODE);
	await page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(page.locator('textarea').first()).toBeVisible();
	expect(
		await page.evaluate(() => [...document.querySelectorAll('textarea')].map((t) => t.value))
	).toEqual(expect.arrayContaining([NOTES[0]]));
	for (const secret of NOTES) expect(await dumpIndexedDb(page)).not.toContain(secret);
	await page.goto(childrenPage);
	await page.getByLabel('Toegangscode').fill(PASSCODE);
	await page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();

	// "Vergrendel nu" closes it again at once.
	await page.getByRole('button', { name: 'Vergrendel nu' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })
	).toBeVisible();
	await expectNoSecrets(page);

	// Idle: the 10 minutes chosen when the lock was turned on survive the reload.
	await page.getByLabel('Toegangscode').fill(PASSCODE);
	await page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	await page.screenshot({ path: 'test-results/app-lock-open-390.png' });
	// The "Vergrendel nu" button in the header fits at 390 px too.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.clock.fastForward('06:00');
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	await page.clock.fastForward('05:00');
	await expect(
		page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })
	).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'De app ging op slot omdat hij een tijd' })
	).toBeVisible();
	await expectNoSecrets(page);

	// Turning it off (passcode asked again) stores the names as plain text once more.
	await page.getByLabel('Toegangscode').fill(PASSCODE);
	await page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	// Through the menu: a page load would lock it again.
	await page.getByRole('link', { name: 'Instellingen' }).click();
	const settings = page.getByRole('region', { name: 'App-vergrendeling' });
	await expect(settings.getByRole('button', { name: 'Vergrendel nu' })).toBeVisible();
	await expect(settings.getByRole('heading', { name: 'Vergrendeling uitzetten' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' })).toHaveCount(
		0
	);
	await settings.getByLabel('Toegangscode').fill('tablet groep 7c');
	await settings.getByRole('button', { name: 'Zet vergrendeling uit' }).click();
	await expect(settings.getByRole('alert')).toHaveText(
		'Deze toegangscode klopt niet. Probeer het opnieuw.'
	);
	await settings.getByLabel('Toegangscode').fill(PASSCODE);
	await settings.getByRole('button', { name: 'Zet vergrendeling uit' }).click();
	await expect(settings.getByRole('status')).toHaveText('De vergrendeling staat uit.');
	const plain = await dumpIndexedDb(page);
	for (const text of [SECRETS[0], ...NOTES]) expect(plain).toContain(text);
	await page.reload();
	await page.goto(childrenPage);
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[1] })).toBeVisible();
});

test('a second open tab follows lock on, lock, unlock and lock off at once, without a reload', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
	await seed(page, {
		groups: [group],
		participants: [child('c-1', SECRETS[0], SECRETS[2]), child('c-2', SECRETS[1], SECRETS[3])]
	});
	const childrenPage = `/groepen/kinderen?group=${group.id}`;
	const other = await context.newPage();
	await other.setViewportSize({ width: 390, height: 844 });
	await other.goto(childrenPage);
	await appStarted(other);
	await expect(other.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	const lockNow = other.getByRole('banner').getByRole('button', { name: 'Vergrendel nu' });
	await expect(lockNow).toHaveCount(0);

	// Tab A turns the lock on: tab B knows at once (it stays open, with "Vergrendel nu").
	await page.goto('/instellingen');
	await appStarted(page);
	const section = page.getByRole('region', { name: 'App-vergrendeling' });
	await section.getByRole('button', { name: 'Vergrendeling instellen…' }).click();
	await section.getByLabel('Toegangscode', { exact: true }).fill(PASSCODE);
	await section.getByLabel('Herhaal de wachtzin').fill(PASSCODE);
	await section.getByRole('button', { name: 'Zet vergrendeling aan' }).click();
	await expect(section.getByRole('status')).toContainText('De vergrendeling staat aan');
	await expect(lockNow).toBeVisible();
	await expect(other.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();

	// Tab A locks: tab B shows the unlock form, and no name, without a reload.
	await section.getByRole('button', { name: 'Vergrendel nu' }).click();
	const locked = (p: Page) => p.getByRole('heading', { level: 1, name: 'De app is vergrendeld' });
	await expect(locked(other)).toBeVisible();
	await expectNoSecrets(other);
	await expectNoAxeViolations(other);

	// Tab B unlocks with the passcode: tab A is open again too.
	await other.getByLabel('Toegangscode').fill(PASSCODE);
	await other.getByLabel('Toegangscode').press('Enter');
	await expect(other.getByRole('heading', { level: 3, name: SECRETS[1] })).toBeVisible();
	await page.goto(childrenPage);
	await expect(locked(page)).toBeVisible();
	await other.getByRole('banner').getByRole('button', { name: 'Vergrendel nu' }).click();
	await expect(locked(other)).toBeVisible();
	await other.getByLabel('Toegangscode').fill(PASSCODE);
	await other.getByLabel('Toegangscode').press('Enter');
	await expect(page.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	await expect(locked(page)).toHaveCount(0);

	// Tab A turns the lock off (through the menu: a load would lock it): tab B knows at once.
	await page.getByRole('link', { name: 'Instellingen' }).click();
	const settings = page.getByRole('region', { name: 'App-vergrendeling' });
	await settings.getByLabel('Toegangscode').fill(PASSCODE);
	await settings.getByRole('button', { name: 'Zet vergrendeling uit' }).click();
	await expect(settings.getByRole('status')).toHaveText('De vergrendeling staat uit.');
	await expect(lockNow).toHaveCount(0);
	await expect(other.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	// The lock is off for good: tab B does not lock on a reload either.
	await other.reload();
	await expect(other.getByRole('heading', { level: 3, name: SECRETS[0] })).toBeVisible();
	await expect(locked(other)).toHaveCount(0);
});
