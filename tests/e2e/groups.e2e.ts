import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { collectForeignRequests, expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeCard } from '../unit/factories';

// The app installs its example cards on first start; the default template uses those.
const drawing = makeCard({
	id: 'card-drawing',
	title: 'Zandkasteel van vroeger',
	ageBands: ['4-6'],
	phase: 'before',
	minutes: 20,
	materials: [{ name: 'Vel papier', amount: 1, per: 'child' }]
});

async function waitSaved(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
}

test('a coach plans a 4-6 series around a school holiday, builds and runs session 1', async ({
	page
}) => {
	test.setTimeout(120_000);
	const foreign = collectForeignRequests(page);
	await seed(page, { cards: [drawing] });

	// A school with its autumn holiday.
	await page.goto('/groepen/scholen');
	await expectNoAxeViolations(page);
	await page.getByLabel('Naam van de school').fill('OBS De Regenboog');
	await page.getByRole('button', { name: 'School toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'OBS De Regenboog' })).toBeVisible();
	await page.getByRole('button', { name: 'Vakantie toevoegen' }).click();
	const row = page.getByTestId('holiday-row');
	await row.getByLabel('Naam').fill('Herfstvakantie');
	await row.getByLabel('Van').fill('2026-10-17');
	await row.getByLabel('Tot en met').fill('2026-10-25');
	await waitSaved(page);
	// More days off from the school's own calendar file.
	const calendar = [
		'BEGIN:VCALENDAR',
		'BEGIN:VEVENT',
		'DTSTART;VALUE=DATE:20261221',
		'DTEND;VALUE=DATE:20270102',
		'SUMMARY:Kerstvakantie',
		'END:VEVENT',
		'END:VCALENDAR'
	].join('\r\n');
	await page.getByLabel('Importeren uit agenda (.ics)').setInputFiles({
		name: 'school.ics',
		mimeType: 'text/calendar',
		buffer: Buffer.from(calendar)
	});
	await expect(page.getByText('1 nieuwe vakanties geïmporteerd.')).toBeVisible();
	await expect(page.getByTestId('holiday-row')).toHaveCount(2);
	await expectNoAxeViolations(page);

	// A new 4-6 group starting the week before that holiday.
	await page.goto('/groepen');
	await page.getByRole('link', { name: 'Nieuwe groep' }).click();
	await page.getByRole('radio', { name: '4-6 jaar' }).check();
	await page.getByLabel('Naam van de groep').fill('Zonnebloemen 4-6');
	await page.getByLabel('School').selectOption({ label: 'OBS De Regenboog' });
	await page.getByLabel('Startdatum').fill('2026-10-13');
	await expect(page.getByLabel('Dag van de week')).toHaveValue('2');
	await expect(page.getByTestId('preview-dates')).toContainText('di 27 okt. 2026');
	await expect(page.getByText('schoolvakantie: Herfstvakantie')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Groep maken' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Zonnebloemen 4-6' })).toBeVisible();
	const rows = page.getByTestId('session-row');
	await expect(rows).toHaveCount(8);
	const expected = ['di 13 okt. 2026', 'di 27 okt. 2026', 'di 3 nov. 2026', 'di 8 dec. 2026'];
	await expect(rows.nth(0)).toContainText(expected[0]);
	await expect(rows.nth(1)).toContainText(expected[1]);
	await expect(rows.nth(2)).toContainText(expected[2]);
	await expect(rows.nth(7)).toContainText(expected[3]);
	await expect(page.getByTestId('children-count')).toContainText('0 van maximaal 8 kinderen');
	await expect(page.getByRole('link', { name: 'Kinderen', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Aanwezigheid', exact: true })).toBeVisible();
	await expect(page.getByText('Informatiebijeenkomst ouders')).toBeVisible();
	await expectNoAxeViolations(page);

	// The series as a calendar file that a real parser reads.
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Agenda-bestand (.ics)' }).click();
	const download = await downloadPromise;
	const text = readFileSync(await download.path(), 'utf8');
	const events = new ICAL.Component(ICAL.parse(text))
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v));
	expect(events).toHaveLength(10);
	expect(events[1].summary).toBe('KIES Zonnebloemen 4-6: bijeenkomst 2');
	expect(events[1].startDate.toString()).toBe('2026-10-27T13:30:00');

	// Session 1, built by keyboard only.
	await rows.nth(0).getByRole('link', { name: 'Sessieplan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Bijeenkomst 1/ })).toBeVisible();
	const blocks = page.getByTestId('block');
	await expect(blocks.first().getByTestId('block-title')).toHaveValue('Welkom');
	await expect(blocks.last().getByTestId('block-title')).toHaveValue('Afsluiting');

	// The coach replaces the suggested example cards: remove them with the keyboard.
	const cardBlocks = blocks.filter({ has: page.getByRole('link') });
	while ((await cardBlocks.count()) > 0) {
		await cardBlocks
			.first()
			.getByRole('button', { name: /verwijderen$/ })
			.focus();
		await page.keyboard.press('Enter');
	}
	// The default plan fills the 60 minutes with an open-time block; this coach plans her own.
	await page
		.getByRole('button', { name: 'Vrije ruimte (spel, gesprek of rust) verwijderen' })
		.focus();
	await page.keyboard.press('Enter');
	await expect(blocks).toHaveCount(2);
	await expect(page.getByTestId('plan-total')).toContainText('Totaal 10 van 60 minuten');

	await page.getByLabel(/Zoek een werkvorm/).focus();
	await page.keyboard.type('zandkasteel');
	await page.keyboard.press('Enter');
	await expect(blocks).toHaveCount(3);
	await expect(blocks.nth(1)).toContainText('Zandkasteel van vroeger');
	await expect(page.getByTestId('materials')).toContainText('Vel papier');

	// A free block with own text, moved up with the keyboard buttons.
	await page.getByRole('button', { name: '+ Eigen tekst' }).focus();
	await page.keyboard.press('Enter');
	await expect(blocks).toHaveCount(4);
	await page.getByLabel('Titel van blok 3').focus();
	await page.keyboard.type('Kringgesprek');
	await page.getByRole('button', { name: 'Kringgesprek omhoog' }).focus();
	await page.keyboard.press('Enter');
	await expect(blocks.nth(1).getByTestId('block-title')).toHaveValue('Kringgesprek');
	await expect(page.getByRole('button', { name: 'Kringgesprek omhoog' })).toBeFocused();

	// 5 + 10 + 20 + 5 = 40 minutes; 40 for the talk runs over, 15 fits again.
	await expect(page.getByTestId('plan-total')).toContainText('Totaal 40 van 60 minuten');
	await page.getByLabel('Minuten voor Kringgesprek').fill('40');
	await expect(page.getByTestId('overrun')).toContainText('Dit plan loopt 10 minuten uit.');
	await page.getByLabel('Minuten voor Kringgesprek').fill('15');
	await expect(page.getByTestId('overrun')).toHaveCount(0);
	await expect(page.getByTestId('plan-total')).toContainText('Totaal 45 van 60 minuten');
	await waitSaved(page);
	await expectNoAxeViolations(page);

	await page.reload();
	await expect(blocks).toHaveCount(4);
	await expect(blocks.nth(1).getByTestId('block-title')).toHaveValue('Kringgesprek');
	await expect(blocks.nth(2)).toContainText('Zandkasteel van vroeger');
	await expect(page.getByTestId('plan-total')).toContainText('Totaal 45 van 60 minuten');
	await page.setViewportSize({ width: 375, height: 740 });
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 1280, height: 800 });

	// Run mode: the current block, what comes next, and moving on.
	await page.getByRole('link', { name: 'Start sessie' }).click();
	await expect(page.getByTestId('run-current')).toHaveText('Welkom');
	await expect(page.getByTestId('run-clock')).toHaveText('5:00');
	await expect(page.getByTestId('run-next')).toContainText('Kringgesprek');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Pauze' })).toBeVisible();
	await page.getByRole('button', { name: /Volgende/ }).click();
	await expect(page.getByTestId('run-current')).toHaveText('Kringgesprek');
	await expect(page.getByTestId('run-clock')).toHaveText('15:00');
	await expect(page.getByTestId('run-next')).toContainText('Zandkasteel van vroeger');
	await expectNoAxeViolations(page);
	expect(foreign).toEqual([]);
});

test('adds a card from the library to a session, and saves a group as a template', async ({
	page
}) => {
	await seed(page, { cards: [drawing] });
	await page.goto('/groepen/nieuw');
	await page.getByRole('radio', { name: '4-6 jaar' }).check();
	await page.getByLabel('Naam van de groep').fill('Vlinders');
	await page.getByLabel('Startdatum').fill('2030-05-27');
	await page.getByRole('button', { name: 'Groep maken' }).click();
	// Whit Monday (10 June 2030) is skipped.
	const rows = page.getByTestId('session-row');
	await expect(rows).toHaveCount(8);
	await expect(rows.nth(1)).toContainText('ma 3 jun. 2030');
	await expect(rows.nth(2)).toContainText('ma 17 jun. 2030');

	// Session 2 and the later ones move a week on, skipping Whit Monday again.
	await page.getByRole('button', { name: 'Bijeenkomst 2 en alle volgende een week later' }).click();
	await expect(rows.nth(1)).toContainText('ma 17 jun. 2030');
	await expect(rows.nth(2)).toContainText('ma 24 jun. 2030');
	await expect(rows.nth(0)).toContainText('ma 27 mei 2030');

	await page.goto(`/groepen/toevoegen?card=${drawing.id}`);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Toevoegen en naar het sessieplan' }).click();
	await expect(page.getByTestId('block').filter({ hasText: drawing.title })).toHaveCount(1);

	await page.getByRole('link', { name: '← Vlinders' }).click();
	await page.getByLabel('Naam van het sjabloon').fill('Vlinderreeks');
	await page.getByRole('button', { name: 'Bewaar als sjabloon' }).click();
	await expect(page.getByText('Sjabloon “Vlinderreeks” bewaard.')).toBeVisible();
	await page.goto('/groepen/sjablonen');
	await expect(page.getByLabel('Naam van het sjabloon')).toHaveValue('Vlinderreeks');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Nieuwe groep met dit sjabloon' }).click();
	await expect(page.getByLabel('Sjabloon voor de sessieplannen')).toHaveValue(/.+/);
	await expectNoAxeViolations(page);
});
