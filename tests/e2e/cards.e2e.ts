import { expect, test, type Download, type Page } from '@playwright/test';
import { collectForeignRequests, expectNoAxeViolations } from './helpers';

const results = (page: Page) => page.getByRole('list', { name: 'Gevonden werkvormen' });

async function openLibrary(page: Page, query = '') {
	await page.goto('/werkvormen' + query);
	// A dev server may still be compiling on the first visit.
	await expect(page.getByRole('heading', { level: 1, name: 'Werkvormen' })).toBeVisible({
		timeout: 30_000
	});
	// The example cards load on first start.
	await expect(page.getByTestId('card-count')).toContainText(/\d+ werkvorm/);
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
}

test('finds a 4-6 card about feelings without materials in a few keystrokes, and keeps the filters in the URL', async ({
	page
}) => {
	const foreign = collectForeignRequests(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	await openLibrary(page);
	await page.getByLabel('Zoeken in alle werkvormen').fill('gevoel');
	await page.getByRole('checkbox', { name: '4-6 jaar' }).check();
	await page.getByRole('checkbox', { name: 'Zonder materiaal' }).check();
	await expect(results(page).getByRole('link', { name: 'Loop als een boze beer' })).toBeVisible();
	await expect(page).toHaveURL(/q=gevoel/);
	await expect(page).toHaveURL(/leeftijd=4-6/);
	await expect(page).toHaveURL(/zonder-materiaal=1/);
	const count = await page.getByTestId('card-count').textContent();

	await page.reload();
	await expect(page.getByLabel('Zoeken in alle werkvormen')).toHaveValue('gevoel');
	await expect(page.getByRole('checkbox', { name: '4-6 jaar' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Zonder materiaal' })).toBeChecked();
	await expect(page.getByTestId('card-count')).toHaveText(count ?? '');
	expect(foreign).toEqual([]);
});

test('search ignores accents and case', async ({ page }) => {
	await openLibrary(page);
	await page.getByLabel('Zoeken in alle werkvormen').fill('RUINE');
	await expect(results(page).getByRole('link', { name: 'Van ruïne naar kasteel' })).toBeVisible();
	await expect(page.getByTestId('card-count')).toHaveText('1 werkvorm gevonden');
});

test('creates a card whose title looks like HTML, shows it as text, and edits it', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const title = '<script>alert(1)</script> Şeyma';
	await openLibrary(page);
	await page.getByRole('link', { name: 'Nieuwe werkvorm' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe werkvorm' })).toBeVisible();

	// Saving an empty form explains what is missing.
	await page.getByRole('button', { name: 'Opslaan' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Titel: vul dit in.');
	await expect(summary).toContainText('Leeftijdsgroepen: kies er minstens één.');

	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page.getByRole('checkbox', { name: '7-12 jaar' }).check();
	await page.getByLabel('Kleinste groep').fill('8');
	await page.getByLabel('Grootste groep').fill('4');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('alert')).toContainText('Grootste groep: mag niet kleiner zijn');
	await page.getByLabel('Grootste groep').fill('10');
	await page.getByLabel('Stap 1', { exact: true }).fill('Iedereen vertelt iets.');
	await page.getByRole('button', { name: 'Stap toevoegen' }).click();
	await page.getByLabel('Stap 2', { exact: true }).fill('Daarna ronden we af.');
	await page.getByRole('button', { name: 'Stap 2 omhoog' }).click();
	await expect(page.getByLabel('Stap 1', { exact: true })).toHaveValue('Daarna ronden we af.');
	await page.getByRole('button', { name: 'Materiaal toevoegen' }).click();
	await page.getByLabel('Materiaal 1', { exact: true }).fill('stiften');
	await page.getByRole('button', { name: 'Opslaan' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
	await expect(page.getByText('1 × stiften per groep')).toBeVisible();
	const steps = page.locator('article ol.steps li');
	await expect(steps).toHaveText(['Daarna ronden we af.', 'Iedereen vertelt iets.']);

	await page.getByRole('link', { name: 'Bewerken' }).click();
	await page.getByLabel('Titel', { exact: true }).fill('<img src=x onerror=alert(1)>');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)>');
	await expect(page.locator('article img')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('warns before leaving the editor with unsaved changes', async ({ page }) => {
	await openLibrary(page);
	await page.getByRole('link', { name: 'Nieuwe werkvorm' }).click();
	await page.getByLabel('Titel', { exact: true }).fill('Half af');
	const groups = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', {
		name: 'Groepen'
	});
	await groups.click();
	// The app's own dialog asks (never the browser's confirm); Annuleren stays in the editor.
	const ask = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
	await expect(ask).toContainText('niet zijn opgeslagen');
	await expectNoAxeViolations(page);
	await ask.getByRole('button', { name: 'Annuleren' }).click();
	await expect(ask).toBeHidden();
	await expect(page).toHaveURL(/\/werkvormen\/bewerk/);
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Half af');
	// Asked again, leaving without saving goes where the link pointed.
	await groups.click();
	await ask.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Groepen' })).toBeVisible();
});

test('duplicates an example, then deletes the copy and undoes it', async ({ page }) => {
	await openLibrary(page, '?q=weerbericht');
	await results(page).getByRole('link', { name: 'Het weerbericht van vandaag' }).click();
	await page.getByRole('button', { name: 'Dupliceren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Het weerbericht van vandaag (kopie)'
	);
	await expect(page.getByText('Dit is een voorbeeldkaart')).toHaveCount(0);

	await page.getByRole('button', { name: 'Verwijderen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Werkvorm verwijderen?' });
	await dialog.getByRole('button', { name: 'Verwijderen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Werkvormen' })).toBeVisible();
	await expect(page.getByTestId('undo-toast')).toContainText('is verwijderd');
	await page.getByLabel('Zoeken in alle werkvormen').fill('weerbericht');
	await expect(
		results(page).getByRole('link', { name: 'Het weerbericht van vandaag' })
	).toBeVisible();
	await expect(results(page).getByRole('link', { name: /\(kopie\)/ })).toHaveCount(0);

	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await expect(page.getByText('is teruggezet')).toBeVisible();
	await expect(
		results(page).getByRole('link', { name: 'Het weerbericht van vandaag (kopie)' })
	).toBeVisible();
});

test('archives a card: hidden from the list, found under the archive filter, and back again', async ({
	page
}) => {
	await openLibrary(page, '?q=sterrenstoel');
	await results(page).getByRole('link', { name: 'De sterrenstoel' }).click();
	await page.getByRole('button', { name: 'Favoriet' }).click();
	await expect(page.getByRole('button', { name: 'Favoriet' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('button', { name: 'Archiveren' }).click();
	await expect(page.getByText('Deze werkvorm staat in het archief')).toBeVisible();
	await page.getByRole('link', { name: 'Terug naar de werkvormen' }).click();
	await page.getByLabel('Zoeken in alle werkvormen').fill('sterrenstoel');
	await expect(page.getByText('Geen werkvormen gevonden.')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Alleen het archief' }).check();
	await results(page).getByRole('link', { name: 'De sterrenstoel' }).click();
	await page.getByRole('button', { name: 'Terugzetten uit archief' }).click();
	await expect(page.getByText('Deze werkvorm staat in het archief')).toHaveCount(0);
});

test('selects cards with the keyboard and prints the selection', async ({ page }) => {
	await openLibrary(page, '?q=twee');
	const boxes = results(page).getByRole('checkbox');
	await boxes.nth(0).focus();
	await page.keyboard.press('Space');
	await boxes.nth(1).focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('selection-bar')).toContainText('2 geselecteerd');
	const href = await page.getByRole('link', { name: 'Print selectie' }).getAttribute('href');
	const ids = new URL(href ?? '', 'http://x').searchParams.get('cards')?.split(',');
	expect(ids).toHaveLength(2);
});

for (const viewport of [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 }
]) {
	test(`has no accessibility violations on the library, a card page and the editor at ${viewport.width}px`, async ({
		page
	}) => {
		test.slow(); // axe on three long pages
		await page.setViewportSize(viewport);
		await openLibrary(page);
		await expectNoAxeViolations(page);
		await results(page).getByRole('link').first().click();
		await expect(page.getByRole('button', { name: 'Dupliceren' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Bewerken' }).click();
		await expect(page.getByLabel('Titel', { exact: true })).not.toHaveValue('');
		await expectNoAxeViolations(page);
	});
}

test('a CSV made from the template imports after a preview, and an export imports unchanged', async ({
	page
}) => {
	await openLibrary(page);
	await page.getByRole('link', { name: 'Importeren en exporteren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Werkvormen importeren en exporteren'
	);

	const templateDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Leeg CSV-sjabloon' }).click();
	const template = await readDownload(await templateDownload);
	expect(template.startsWith('\uFEFF')).toBe(true);
	const rows = [
		';Şeyma’s kaart 🎈;Uit Excel;4-6|7-12;now;feelings|Eigen thema;game;15;4;8;2 x stiften per kind;;Samen spelen;Begin|Einde;;;;;;;;Eigen;',
		';Kapot;;4-6;now;;game;999;4;8;;;;Stap;;;;;;;;;'
	];
	await page.getByLabel('Bestand kiezen').setInputFiles({
		name: 'mijn-lijst.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(template.trimEnd() + '\r\n' + rows.join('\r\n'), 'utf8')
	});
	const preview = page.getByTestId('import-preview');
	await expect(preview).toContainText('Nieuw: 1');
	await expect(preview).toContainText('Afgewezen: 1');
	await expect(preview).toContainText('Rij 3: Duur: tussen 1 en 240 minuten.');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Importeren (1 werkvormen)' }).click();
	await expect(page.getByText('1 werkvormen geïmporteerd.')).toBeVisible();

	const exportDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alle werkvormen als CSV (Excel)' }).click();
	const exported = await readDownload(await exportDownload);
	expect(exported).toContain('Şeyma’s kaart 🎈');
	await page.getByLabel('Bestand kiezen').setInputFiles({
		name: 'export.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(exported, 'utf8')
	});
	await expect(preview).toContainText('Nieuw: 0');
	await expect(preview).toContainText('Bijgewerkt: 0');
	await expect(preview).toContainText('Afgewezen: 0');
	await expect(page.getByText('Er is niets om te importeren.')).toBeVisible();

	await page.getByRole('link', { name: 'Terug naar de werkvormen' }).click();
	await page.getByLabel('Zoeken in alle werkvormen').fill('seyma');
	await expect(results(page).getByRole('link', { name: 'Şeyma’s kaart 🎈' })).toBeVisible();
});

/** Text as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": Windows-1252 bytes. */
function windows1252(text: string): Buffer {
	const table: Record<string, number> = { ï: 0xef, é: 0xe9, ë: 0xeb };
	return Buffer.from(
		[...text].map((char) => {
			if (char.charCodeAt(0) < 0x80) return char.charCodeAt(0);
			if (char in table) return table[char];
			throw new Error(`no Windows-1252 byte for ${char}`);
		})
	);
}

for (const [device, viewport] of [
	['tablet', { width: 820, height: 1180 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`a Windows-1252 CSV from Dutch Excel keeps its accents and Dutch values, and a second import warns (${device})`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openLibrary(page);
		await page.getByRole('link', { name: 'Importeren en exporteren' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Werkvormen importeren en exporteren'
		);
		const header =
			'id;titel;samenvatting;leeftijd;fase;themas;soort;minuten;groep_min;groep_max;materialen;voorbereiding;doelen;stappen;variatie_jonger;variatie_ouder;tips;let_op;werkblad_titel;werkblad_opdracht;werkblad_ruimte;bron;licentie';
		const file = windows1252(
			[
				header,
				';Café in de ruïne;Wat er overbleef;7-12;hoe het was;Gevoelens|Eigen thema;Rollenspel;20;4;10;1 x doos per groep;;;Bouw de ruïne|Vertel erover;;;;;;;;Eigen;',
				';Kapot;;7-12;Begin;;Spel;10;4;10;;;;Stap;;;;;;;;;'
			].join('\r\n') + '\r\n'
		);
		expect(file.includes(0xef)).toBe(true);
		const upload = () =>
			page.getByLabel('Bestand kiezen').setInputFiles({
				name: 'excel.csv',
				mimeType: 'text/csv',
				buffer: file
			});
		await upload();
		const preview = page.getByTestId('import-preview');
		await expect(preview).toContainText('Nieuw: 1');
		await expect(preview).toContainText('Rij 2: Café in de ruïne');
		await expect(preview).toContainText(
			'Rij 3: Fase in de bijeenkomst: „Begin” kan niet. Kies uit: Opening, Hoe het was, Hoe het nu is, De toekomst, Afsluiting.'
		);
		await expectNoAxeViolations(page);
		// The page does not scroll sideways on a phone.
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(viewport.width);
		await page.screenshot({ path: test.info().outputPath(`import-${device}.png`), fullPage: true });
		await page.getByRole('button', { name: 'Importeren (1 werkvormen)' }).click();
		await expect(page.getByText('1 werkvormen geïmporteerd.')).toBeVisible();

		// The second import of the same file: the card is already there, nothing is offered.
		await page.getByLabel('Bestand kiezen').setInputFiles([]);
		await upload();
		await expect(preview).toContainText('Nieuw: 0');
		await expect(preview).toContainText('Al in je bibliotheek (dubbel): 1');
		const duplicates = page.getByTestId('import-duplicates');
		await expect(
			duplicates.getByRole('heading', { name: 'Deze werkvormen staan al in je bibliotheek' })
		).toBeVisible();
		await expect(duplicates).toContainText('Rij 2: Café in de ruïne');
		await expect(page.getByText('Er is niets om te importeren.')).toBeVisible();
		await expectNoAxeViolations(page);

		// "Gevoelens" became the built-in theme: the library's feelings filter finds the card.
		await page.goto('/werkvormen?q=ruine&thema=feelings&fase=before&soort=role-play');
		await expect(results(page).getByRole('link', { name: 'Café in de ruïne' })).toBeVisible();
		await page.goto('/werkvormen?q=ruine&thema=Gevoelens');
		await expect(page.getByTestId('card-count')).toContainText('0 werkvorm');

		// An export speaks Dutch; changed in Excel and read back, it asks before updating.
		await page.getByRole('link', { name: 'Importeren en exporteren' }).click();
		const exportDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Alle werkvormen als CSV (Excel)' }).click();
		const exported = await readDownload(await exportDownload);
		const line = exported.split('\r\n').find((row) => row.includes('Café in de ruïne')) ?? '';
		expect(line).toContain(';Hoe het was;Gevoelens|Eigen thema;Rollenspel;');
		const changed = [exported.split('\r\n')[0], line.replace('Wat er overbleef', 'Anders')];
		await page.getByLabel('Bestand kiezen').setInputFiles({
			name: 'aangepast.csv',
			mimeType: 'text/csv',
			buffer: windows1252(changed.join('\r\n').replace(/^\uFEFF/, ''))
		});
		const existing = page.getByTestId('import-existing');
		await expect(existing).toContainText('Rij 2: Café in de ruïne');
		await expect(page.getByRole('button', { name: 'Importeren (1 werkvormen)' })).toBeVisible();
		await existing.getByRole('radio', { name: 'Overslaan: mijn versie houden' }).check();
		await expect(page.getByText('Er is niets om te importeren.')).toBeVisible();
		await existing.getByRole('radio', { name: 'Bijwerken met de inhoud uit het bestand' }).check();
		await page.getByRole('button', { name: 'Importeren (1 werkvormen)' }).click();
		await expect(page.getByText('1 werkvormen geïmporteerd.')).toBeVisible();
	});
}

async function readDownload(download: Download): Promise<string> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}
