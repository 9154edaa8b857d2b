import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { appStarted, expectNoAxeViolations } from './helpers';
import type { SeedData } from './seed';
import { makeGroup, makeParticipant, makeSession } from '../unit/factories';

const group = makeGroup({ id: 'care-group', name: 'De Regenboog 7-12' });
const child = makeParticipant({ id: 'care-child', groupId: group.id, name: 'Şeyma' });
const session = makeSession({ id: 'care-session', groupId: group.id });

/**
 * Writes records into the app's IndexedDB without the reload `seed()` does: the next
 * `goto` reads them. (A busy dev server can take longer than seed's wait to reload.)
 */
async function putRecords(page: Page, data: SeedData): Promise<void> {
	await page.goto('/zorg');
	// The lock panel shows once the app has opened (and so created) its database.
	await expect(page.getByRole('button', { name: /Wachtzin instellen|Ontgrendel/ })).toBeVisible({
		timeout: 30_000
	});
	await page.evaluate(async (tables) => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kies-toolkit');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const names = Object.keys(tables);
		await new Promise<void>((resolve, reject) => {
			const tx = database.transaction(names, 'readwrite');
			for (const name of names) for (const record of tables[name]) tx.objectStore(name).put(record);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		database.close();
	}, data);
}

/** Tabs from the top of the page until the "Zorg?" button has focus. */
async function tabToCareButton(page: Page): Promise<void> {
	const button = page.getByRole('button', { name: 'Zorg?' });
	await appStarted(page);
	for (let i = 0; i < 25; i += 1) {
		await page.keyboard.press('Tab');
		if (await button.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error('the Zorg? button was not reached with Tab');
}

test('the Zorg? panel opens from every section with the keyboard, also in run mode', async ({
	page
}) => {
	test.slow(); // seven pages
	await putRecords(page, { groups: [group], participants: [child], sessions: [session] });
	const paths = [
		'/',
		'/werkvormen',
		'/groepen',
		'/overzicht',
		'/instellingen',
		'/zorg',
		`/groepen/run?id=${session.id}`
	];
	for (const path of paths) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
		await tabToCareButton(page);
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Zorgen over een kind?' });
		await expect(dialog, path).toBeVisible();
		await expect(dialog.getByRole('link', { name: /Veilig Thuis.*0800-2000/ })).toHaveAttribute(
			'href',
			'tel:08002000'
		);
		await expect(dialog.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
		await expect(dialog.getByRole('link', { name: /0800-0432/ })).toHaveAttribute(
			'href',
			'tel:08000432'
		);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('button', { name: 'Zorg?' })).toBeFocused();
	}
});

test('the dialog shows the contact person set in Instellingen and passes axe', async ({ page }) => {
	await page.goto('/instellingen');
	const section = page.getByRole('region', { name: 'Aandachtsfunctionaris' });
	await section.getByLabel('Naam').fill('Fatma de Vries');
	await section.getByLabel('Telefoon').fill('020-123 45 67');
	await section.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
	await expect(section.getByRole('status')).toHaveText('De contactpersoon is opgeslagen.');

	await page.getByRole('button', { name: 'Zorg?' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('link', { name: /Fatma de Vries/ })).toHaveAttribute(
		'href',
		'tel:0201234567'
	);
	await expectNoAxeViolations(page);
	await dialog.getByRole('link', { name: /Signalen vastleggen/ }).click();
	await expect(page).toHaveURL(/\/zorg$/);
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: 'Zorg en signalen' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a logged signal is encrypted, locked away, and opens only with the right passphrase', async ({
	page
}) => {
	test.slow(); // several page loads and two backups
	const facts = 'Zegt dat papa gisteren heel boos was en haar arm vastgreep.';
	await putRecords(page, { groups: [group], participants: [child] });
	await page.goto('/zorg');

	await page.getByLabel('Wachtzin', { exact: true }).fill('rode fiets in de regen');
	await page.getByLabel('Herhaal de wachtzin').fill('rode fiets in de regen');
	await page.getByRole('button', { name: 'Wachtzin instellen' }).click();
	await expect(page.getByRole('button', { name: 'Vergrendel' })).toBeVisible();

	await page.getByRole('combobox', { name: 'Groep' }).selectOption(group.id);
	await page.getByRole('combobox', { name: 'Kind' }).selectOption(child.id);
	await page.getByRole('button', { name: 'Signaal toevoegen' }).click();
	await page.getByLabel('Wat zag of hoorde je?').fill(facts);
	await page.getByLabel('Geweld of grensoverschrijdend gedrag').check();
	await page.getByLabel('Aandachtsfunctionaris').check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Het signaal is opgeslagen.')).toBeVisible();
	await expect(page.getByText(facts)).toBeVisible();
	await expect(page.getByTestId('care-reminder')).toContainText(
		'Volgende stap: Stap 2: Overleggen'
	);
	await expect(page.getByTestId('care-reminder')).toContainText('Praat eerst met het kind');
	await expectNoAxeViolations(page);

	// At rest: only ids and ciphertext.
	const stored = await page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const request = indexedDB.open('kies-toolkit');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('signals').objectStore('signals').getAll();
					all.onsuccess = () => resolve(JSON.stringify(all.result));
					all.onerror = () => reject(all.error);
				};
			})
	);
	expect(stored).toContain('ciphertext');
	expect(stored).not.toContain('vastgreep');
	expect(stored).not.toContain('violence');
	// Nor which child it is about, nor when (the form's day is today; the record was written
	// this hour): only the record's id and group stay readable (issue 22).
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	const localDay = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	for (const secret of [child.id, localDay, now.toISOString().slice(0, 13)]) {
		expect(stored).not.toContain(secret);
	}
	expect(Object.keys((JSON.parse(stored) as object[])[0]).sort()).toEqual([
		'ciphertext',
		'groupId',
		'id',
		'iv'
	]);

	await page.getByRole('button', { name: 'Vergrendel' }).click();
	await expect(page.getByText(facts)).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Het logboek is vergrendeld' })).toBeVisible();

	await page.getByLabel('Wachtzin', { exact: true }).fill('blauwe fiets in de regen');
	await page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(page.getByRole('alert')).toContainText('Deze wachtzin klopt niet');
	await expect(page.getByText(facts)).toBeHidden();

	await page.getByLabel('Wachtzin', { exact: true }).fill('rode fiets in de regen');
	await page.getByRole('button', { name: 'Ontgrendel' }).click();
	await expect(page.getByText(facts)).toBeVisible();

	// A reload forgets the key: the log is locked again.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Het logboek is vergrendeld' })).toBeVisible({
		timeout: 30_000
	});
	await expect(page.getByText(facts)).toBeHidden();

	// A backup holds the signals only when the coach ticks the box, and then as ciphertext.
	const ciphertext = (JSON.parse(stored) as { ciphertext: string }[])[0].ciphertext;
	await page.goto('/instellingen');
	const backup = page.getByRole('region', { name: 'Back-up maken' });
	await backup.getByRole('checkbox', { name: /Versleutel het bestand/ }).uncheck();
	const plain = page.waitForEvent('download');
	await backup.getByRole('button', { name: 'Back-up downloaden' }).click();
	const withoutSignals = readFileSync((await (await plain).path())!, 'utf8');
	expect(withoutSignals).toContain('Şeyma');
	expect(withoutSignals).not.toContain(ciphertext);
	expect(withoutSignals).not.toContain('vastgreep');

	await backup.getByRole('checkbox', { name: /Zorgsignalen meenemen/ }).check();
	const opted = page.waitForEvent('download');
	await backup.getByRole('button', { name: 'Back-up downloaden' }).click();
	const withSignals = readFileSync((await (await opted).path())!, 'utf8');
	expect(withSignals).toContain(ciphertext);
	expect(withSignals).not.toContain('vastgreep');
});

test('the log locks itself after the set minutes without activity', async ({ page }) => {
	await page.clock.install();
	await page.goto('/zorg');
	await page.getByLabel('Wachtzin', { exact: true }).fill('rode fiets in de regen');
	await page.getByLabel('Herhaal de wachtzin').fill('rode fiets in de regen');
	await page.getByRole('button', { name: 'Wachtzin instellen' }).click();
	await expect(page.getByRole('button', { name: 'Vergrendel' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Vanzelf vergrendelen na' }).selectOption('2');

	await page.clock.fastForward('01:30');
	await expect(page.getByRole('button', { name: 'Vergrendel' })).toBeVisible();
	await page.clock.fastForward('00:40');
	await expect(page.getByRole('heading', { name: 'Het logboek is vergrendeld' })).toBeVisible();
	await expect(page.getByText('Het logboek is vanzelf vergrendeld')).toBeVisible();
});
