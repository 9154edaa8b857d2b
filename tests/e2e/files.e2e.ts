import { createHash, randomUUID } from 'node:crypto';
import { expect, test, type Download, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeGroup, makeImportedGroup, makeSession } from '../unit/factories';

async function readDownload(download: Download): Promise<string> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

function collectPageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

async function openCardExchange(page: Page): Promise<void> {
	await page.goto('/werkvormen');
	await expect(page.getByTestId('card-count')).toContainText(/\d+ werkvorm/, { timeout: 30_000 });
	await page.getByRole('link', { name: 'Importeren en exporteren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Werkvormen importeren en exporteren'
	);
}

/** A colleague's library file: the same examples under the colleague's own ids, and one own card. */
function colleagueLibrary(mine: string): { text: string; examples: number } {
	const file = JSON.parse(mine);
	const cards = file.data.cards.map((card: Record<string, unknown>) => ({
		...card,
		id: randomUUID()
	}));
	const examples = cards.length;
	cards.push({ ...cards[0], id: randomUUID(), exampleId: null, title: 'Mehmets eigen werkvorm' });
	const data = { cards };
	const checksum = createHash('sha256').update(JSON.stringify(data)).digest('hex');
	const text = JSON.stringify({ ...file, counts: { cards: cards.length }, data, checksum });
	return { text, examples };
}

test("a colleague's library imports on a device that has opened the library, and duplicates are offered", async ({
	page
}) => {
	const errors = collectPageErrors(page);
	await openCardExchange(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alle werkvormen als JSON' }).click();
	const { text, examples } = colleagueLibrary(await readDownload(await download));

	const choose = () =>
		page.getByLabel('Bestand kiezen').setInputFiles({
			name: 'werkvormen-mehmet.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text, 'utf8')
		});
	await choose();
	const preview = page.getByTestId('import-preview');
	await expect(preview).toContainText('Nieuw: 1');
	await expect(preview).toContainText(`Ongewijzigd: ${examples}`);
	await expect(preview).toContainText('Afgewezen: 0');
	await page.getByRole('button', { name: 'Importeren (1 werkvormen)' }).click();
	await expect(page.getByText('1 werkvormen geïmporteerd.')).toBeVisible();

	// The same file again: the own card is a duplicate now, skipped unless chosen.
	await choose();
	await expect(preview).toContainText('Nieuw: 0');
	await expect(preview).toContainText('Al in je bibliotheek (dubbel): 1');
	await expect(page.getByText('Er is niets om te importeren.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel('Ook de 1 dubbele werkvormen toevoegen, als eigen kopie').check();
	await page.getByRole('button', { name: 'Importeren (1 werkvormen)' }).click();
	await expect(page.getByText('1 werkvormen geïmporteerd.')).toBeVisible();

	await page.goto('/werkvormen');
	await expect(page.getByTestId('card-count')).toContainText(`${examples + 2} werkvorm`);
	expect(errors).toEqual([]);
});

test('the worst poisoned backups are refused whole with the field and the reason, and the app keeps working', async ({
	page
}, testInfo) => {
	const errors = collectPageErrors(page);
	await page.goto('/instellingen');
	await expect(page.getByRole('heading', { name: 'Back-up maken' })).toBeVisible({
		timeout: 30_000
	});
	await seed(page, { groups: [makeGroup({ id: 'g-1', name: 'De Wilgen' })] });
	// A plain file, so the test can poison it (encrypted is the default).
	await page.getByRole('checkbox', { name: /Versleutel het bestand/ }).uncheck();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back-up downloaden' }).click();
	const good = JSON.parse(await readDownload(await downloading));

	const poisons: [string, (data: Record<string, Record<string, unknown>[]>) => void, RegExp][] = [
		[
			'imported-data',
			(d) =>
				(d.importedGroups = [
					{ ...makeImportedGroup({ importId: 'i-1' }), data: {} } as Record<string, unknown>
				]),
			/importedGroups\[0\]/
		],
		[
			'location-1mb',
			(d) => (d.groups[0].location = 'x'.repeat(1_000_000)),
			/groups\[0\]\.location/
		],
		[
			'weekday',
			(d) => (d.groups[0].weekday = 99),
			/groups\[0\]\.weekday.*buiten wat de app toestaat/
		],
		[
			'dangling',
			(d) => (d.sessions = [{ ...makeSession({ groupId: 'nowhere' }) }]),
			/verwijst naar/
		]
	];
	for (const [name, poison, expected] of poisons) {
		const data = structuredClone(good.data);
		poison(data);
		const counts = Object.fromEntries(
			Object.entries(data).map(([table, rows]) => [table, (rows as unknown[]).length])
		);
		const checksum = createHash('sha256').update(JSON.stringify(data)).digest('hex');
		const file = testInfo.outputPath(`${name}.json`);
		await writeFile(file, JSON.stringify({ ...good, counts, data, checksum }));
		await page.getByLabel('Back-upbestand').setInputFiles(file);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('gegevens die niet kloppen');
		await expect(alert).toContainText(expected);
		await expect(alert).toContainText('Er is niets gewijzigd.');
	}
	// Still the one group, and every page still opens.
	await page.goto('/groepen');
	await expect(page.getByRole('link', { name: /De Wilgen/ }).first()).toBeVisible();
	await page.goto('/overzicht');
	await expect(page.locator('h1')).toBeVisible();
	expect(errors).toEqual([]);
});
