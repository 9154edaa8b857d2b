import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeAttendance, makeGroup, makeParticipant } from '../unit/factories';

/** Reads one table straight from IndexedDB. */
async function tableOf(page: Page, name: string): Promise<Record<string, unknown>[]> {
	return page.evaluate(async (table) => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kies-toolkit');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
			const request = database.transaction(table).objectStore(table).getAll();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		database.close();
		return rows;
	}, name);
}

function finishedGroup() {
	const group = makeGroup({
		id: 'g-oud',
		name: 'De Wilgen 2024',
		status: 'finished',
		finishedAt: '2024-06-30T12:00:00.000Z'
	});
	const children = ['Şeyma', 'Daan'].map((name) =>
		makeParticipant({ id: `c-${name}`, groupId: group.id, name })
	);
	const attendance = children.map((child) =>
		makeAttendance({ sessionId: 's-1', participantId: child.id, groupId: group.id })
	);
	return { group, children, attendance };
}

test('makes a backup, then restores it through the settings page', async ({ page }, testInfo) => {
	const { group, children } = finishedGroup();
	await page.goto('/instellingen');
	await seed(page, { groups: [group], participants: children });
	await expect(page.getByTestId('backup-reminder')).toContainText('nog geen back-up');

	// Encrypted by default: no download without a passphrase, unless the coach opts out.
	const encrypt = page.getByRole('checkbox', { name: /Versleutel het bestand/ });
	await expect(encrypt).toBeChecked();
	await expect(page.getByRole('button', { name: 'Back-up downloaden' })).toBeDisabled();
	await page.getByLabel('Wachtzin voor het bestand', { exact: true }).fill('te kort');
	await expect(page.getByText('Een wachtzin heeft minstens 12 tekens (nu 7).')).toBeVisible();
	await encrypt.uncheck();
	await expect(page.getByText(/kan iedereen die het bestand krijgt/)).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back-up downloaden' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^kies-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	const backup = JSON.parse(await readFile(file, 'utf8'));
	expect(backup.format).toBe('kies-backup');
	expect(backup.counts).toMatchObject({ groups: 1, participants: 2 });
	expect(backup.data.signals).toBeUndefined();
	await expect(page.getByTestId('last-backup')).toContainText('Laatste back-up');
	await expect(page.getByTestId('backup-reminder')).toBeHidden();

	// Change the data after the backup, then restore the backup over it.
	await page
		.getByRole('combobox', { name: 'Groep', exact: true })
		.selectOption({ label: group.name });
	await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Daan' });
	await page.getByRole('button', { name: 'Gegevens van dit kind wissen' }).click();
	await page.getByRole('button', { name: 'Ja, wissen' }).click();
	await expect(page.getByText('De persoonsgegevens zijn gewist.')).toBeVisible();

	await page.getByLabel('Back-upbestand').setInputFiles(file);
	const contents = page.getByRole('table', { name: 'Dit bestand bevat' });
	await expect(contents.getByRole('row', { name: /Kinderen\s+2/ })).toBeVisible();
	await expect(contents.getByRole('row', { name: /Groepen\s+1/ })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('radio', { name: /^Vervangen/ }).check();
	await expect(page.getByText('gegevens die niet in de back-up staan, verdwijnen')).toBeVisible();
	// Daan was erased after the backup: the restore says so and keeps him erased by default.
	await expect(page.getByTestId('erased-warning')).toContainText(
		'1 kinderen die op dit apparaat zijn gewist'
	);
	await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
	let names = (await tableOf(page, 'participants')).map((p) => p.name).sort();
	expect(names).toEqual(['', 'Şeyma']);

	// Chosen explicitly, the erased child comes back.
	await page.getByLabel('Back-upbestand').setInputFiles(file);
	await page.getByRole('radio', { name: /^Vervangen/ }).check();
	await page.getByLabel('Toch terugzetten: de gegevens van deze 1 kinderen komen terug').check();
	await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
	names = (await tableOf(page, 'participants')).map((p) => p.name).sort();
	expect(names).toEqual(['Daan', 'Şeyma']);
});

test('refuses a damaged file and a wrong passphrase, and changes nothing', async ({
	page
}, testInfo) => {
	const { group, children } = finishedGroup();
	await page.goto('/instellingen');
	await seed(page, { groups: [group], participants: children });

	await page.getByLabel('Wachtzin voor het bestand', { exact: true }).fill('lange wachtzin');
	await page.getByLabel('Herhaal de wachtzin').fill('lange wachtzin');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back-up downloaden' }).click();
	const encrypted = testInfo.outputPath('encrypted.json');
	await (await downloading).saveAs(encrypted);
	const text = await readFile(encrypted, 'utf8');
	expect(text).not.toContain('Şeyma');

	const truncated = testInfo.outputPath('truncated.json');
	await writeFile(truncated, text.slice(0, text.length / 2));
	const before = await tableOf(page, 'participants');

	await page.getByLabel('Back-upbestand').setInputFiles(truncated);
	await expect(page.getByRole('alert')).toContainText('onvolledig');
	await expect(page.getByRole('alert')).toContainText('Er is niets gewijzigd.');

	await page.getByLabel('Back-upbestand').setInputFiles(encrypted);
	await page.getByLabel('Wachtzin van het bestand').fill('verkeerde wachtzin');
	await page.getByRole('button', { name: 'Openen' }).click();
	await expect(page.getByRole('alert')).toContainText('De wachtzin klopt niet');
	expect(await tableOf(page, 'participants')).toEqual(before);

	await page.getByLabel('Wachtzin van het bestand').fill('lange wachtzin');
	await page.getByRole('button', { name: 'Openen' }).click();
	await expect(page.getByText('met de wachtzin geopend')).toBeVisible();
	await expect(page.getByRole('row', { name: /Kinderen\s+2/ })).toBeVisible();
});

test('erases the children of a group past retention and keeps the counts', async ({ page }) => {
	const { group, children, attendance } = finishedGroup();
	await page.goto('/instellingen');
	await seed(page, { groups: [group], participants: children, attendance });

	const retention = page.getByRole('region', { name: 'Bewaartermijn van afgeronde groepen' });
	await expect(retention.getByText('De Wilgen 2024, afgerond op')).toBeVisible();
	await expect(retention.getByText('2 kinderen, van 2 staan nog persoonsgegevens')).toBeVisible();
	await retention.getByRole('button', { name: 'Persoonsgegevens wissen: De Wilgen 2024' }).click();
	await retention.getByRole('button', { name: 'Ja, wissen' }).click();
	await expect(retention.getByText('De persoonsgegevens van 2 kinderen')).toBeVisible();
	await expect(retention.getByText('alleen anonieme aantallen bewaard')).toBeVisible();

	const after = await tableOf(page, 'participants');
	expect(after.map((p) => p.name)).toEqual(['', '']);
	expect(await tableOf(page, 'attendance')).toHaveLength(2);
	const audit = JSON.stringify(await tableOf(page, 'audit'));
	expect(audit).not.toContain('Şeyma');
});

test('a change in one tab shows in another without a reload', async ({ context }) => {
	const first = await context.newPage();
	const { group, children } = finishedGroup();
	await first.goto('/instellingen');
	await seed(first, { groups: [group], participants: children });
	const second = await context.newPage();
	await second.goto('/instellingen');

	const retention = first.getByRole('region', { name: 'Bewaartermijn van afgeronde groepen' });
	await expect(retention.getByText('2 kinderen, van 2 staan nog persoonsgegevens')).toBeVisible();

	await second
		.getByRole('combobox', { name: 'Groep', exact: true })
		.selectOption({ label: group.name });
	await second
		.getByRole('combobox', { name: 'Kind', exact: true })
		.selectOption({ label: 'Şeyma' });
	await second.getByRole('button', { name: 'Gegevens van dit kind wissen' }).click();
	await second.getByRole('button', { name: 'Ja, wissen' }).click();
	await expect(second.getByText('De persoonsgegevens zijn gewist.')).toBeVisible();

	await expect(retention.getByText('2 kinderen, van 1 staan nog persoonsgegevens')).toBeVisible();
	await expect(
		first.getByLabel('Herinner me als de laatste back-up ouder is dan (dagen)')
	).toHaveValue('14');
	await second.getByLabel('Herinner me als de laatste back-up ouder is dan (dagen)').fill('30');
	await second.getByRole('button', { name: 'Opslaan' }).first().click();
	await expect(
		first.getByLabel('Herinner me als de laatste back-up ouder is dan (dagen)')
	).toHaveValue('30');
});

test('an upgrade from another tab is never blocked: this tab closes and asks to reload', async ({
	context
}) => {
	const first = await context.newPage();
	await first.goto('/instellingen');
	await expect(first.getByRole('heading', { name: 'Back-up maken' })).toBeVisible();
	const second = await context.newPage();
	await second.goto('/');
	await expect(second.locator('h1')).toBeVisible();

	// A newer app version opening the database in the second tab.
	const upgraded = await second.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('kies-toolkit', 1000);
				request.onsuccess = () => {
					const version = request.result.version;
					request.result.close();
					resolve(version);
				};
				request.onerror = () => reject(request.error);
				request.onblocked = () => reject(new Error('blocked'));
			})
	);
	expect(upgraded).toBe(1000);
	await expect(first.getByRole('alert').first()).toContainText('in een ander tabblad bijgewerkt');
	await expect(first.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();

	// Saving in the closed tab says, in Dutch, what happened and what to do; the browser's own
	// words may only follow that, never replace it.
	await first.getByLabel('Herinner me als de laatste back-up ouder is dan (dagen)').fill('31');
	await first.getByRole('button', { name: 'Opslaan' }).first().click();
	const failure = first.getByText(/^Opslaan is mislukt: /);
	await expect(failure).toContainText('Laad deze pagina opnieuw');
	await expect(failure).toContainText('technisch:');
});

test('the settings page is accessible on a phone and a desktop', async ({ page }) => {
	for (const viewport of [
		{ width: 375, height: 740 },
		{ width: 1280, height: 800 }
	]) {
		await page.setViewportSize(viewport);
		await page.goto('/instellingen');
		await expect(page.getByRole('heading', { name: 'Back-up maken' })).toBeVisible();
		await expect(page.getByTestId('persist-state')).not.toBeEmpty();
		await expectNoAxeViolations(page);
	}
});

test('a database made by a newer version is refused with a message, and nothing in it changes', async ({
	page
}) => {
	// A newer app version left its database on this device (schema 4 with a table of its own;
	// Dexie stores schema n as IndexedDB version n × 10).
	await page.goto('/manifest.webmanifest');
	const before = await page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const request = indexedDB.open('kies-toolkit', 40);
				request.onupgradeneeded = () => {
					request.result.createObjectStore('futureTable', { keyPath: 'id' });
					request.result.createObjectStore('groups', { keyPath: 'id' });
				};
				request.onsuccess = () => {
					const names = [...request.result.objectStoreNames];
					request.result.close();
					resolve(names);
				};
				request.onerror = () => reject(request.error);
			})
	);
	expect(before.sort()).toEqual(['futureTable', 'groups']);

	await page.goto('/');
	await expect(page.getByRole('alert').first()).toContainText(
		'nieuwere versie van de KIES Toolkit'
	);
	await expect(page.getByText(/Failed to execute|VersionError/)).toHaveCount(0);

	await page.goto('/manifest.webmanifest');
	const after = await page.evaluate(
		() =>
			new Promise<{ version: number; names: string[] }>((resolve, reject) => {
				const request = indexedDB.open('kies-toolkit');
				request.onsuccess = () => {
					const result = {
						version: request.result.version,
						names: [...request.result.objectStoreNames]
					};
					request.result.close();
					resolve(result);
				};
				request.onerror = () => reject(request.error);
			})
	);
	expect(after).toEqual({ version: 40, names: ['futureTable', 'groups'] });
});
