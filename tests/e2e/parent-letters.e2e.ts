import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { makeGroup, makeParticipant, makeSession } from '../unit/factories';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';

// Making a PDF is real work (fonts, layout; the CJK font for 李明 is 10 MB).
test.describe.configure({ timeout: 150_000 });
const LOAD = { timeout: 30_000 };
const stamp = '2026-01-05T10:00:00.000Z';

const school = {
	id: 'letters-school',
	createdAt: stamp,
	updatedAt: stamp,
	name: 'OBS De Linde',
	holidays: []
};
const group = makeGroup({
	id: 'letters-group',
	name: 'De Linde 7-12',
	schoolId: school.id,
	startDate: '2027-02-02'
});
const bare = makeGroup({ id: 'letters-bare', name: 'Zonder bijeenkomst', startDate: '2027-02-02' });
const sessions = ['2027-02-02', '2027-02-09', '2027-02-16'].map((date, i) =>
	makeSession({ id: `letters-s${i + 1}`, groupId: group.id, number: i + 1, date })
);
const children = ['Şeyma', '李明', 'Anouk'].map((name, i) =>
	makeParticipant({ id: `letters-c${i + 1}`, groupId: group.id, name })
);
const meeting = (id: string, kind: string, date: string, location: string) => ({
	id,
	createdAt: stamp,
	updatedAt: stamp,
	groupId: group.id,
	kind,
	date,
	startTime: '19:30',
	minutes: 90,
	location,
	notes: '',
	recorded: false
});

async function seedLetters(page: Page) {
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible({ timeout: 45_000 });
	await seed(page, {
		schools: [school],
		groups: [group, bare],
		sessions,
		participants: [...children, makeParticipant({ groupId: bare.id, name: 'Bo' })],
		meetings: [
			meeting('letters-m1', 'information', '2027-01-26', 'Aula van De Linde'),
			meeting('letters-m2', 'evaluation', '2027-03-30', '')
		]
	});
}

/** Presses a print button in `part`, downloads the PDF and returns its pages as pdftotext reads them. */
async function printPages(page: Page, part: Locator, button: string): Promise<string[]> {
	await part.getByRole('button', { name: button }).click();
	const link = part.getByTestId('pdf-download');
	await expect(link).toBeVisible({ timeout: 60_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' });
	return text
		.split('\f')
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

test('prints the invitation and one consent form per child from the group page, on a tablet', async ({
	page
}) => {
	await page.setViewportSize({ width: 820, height: 1180 });
	await seedLetters(page);
	await page.goto(`/groepen/groep?id=${group.id}`);
	await page.getByRole('link', { name: 'Brieven voor ouders' }).click();
	const section = page.getByRole('region', { name: 'Voor ouders' });
	await expect(section).toBeVisible(LOAD);
	await expect(section.getByText('Informatiebijeenkomst op dinsdag 26 januari 2027')).toBeVisible();
	await expect(section.getByText('Eén pagina per kind (3 in deze groep)')).toBeVisible();
	await expectNoAxeViolations(page);

	const invitations = await printPages(
		page,
		page.getByTestId('parents-invitation'),
		'Uitnodiging printen'
	);
	expect(invitations).toHaveLength(3);
	['Anouk', 'Şeyma', '李明'].forEach((name, i) => {
		expect(invitations[i]).toContain(`Aan de ouders/verzorgers van ${name}`);
		expect(invitations[i]).toContain('dinsdag 26 januari 2027, 19:30–21:00 uur');
		expect(invitations[i]).toContain('Aula van De Linde');
		expect(invitations[i]).toContain('OBS De Linde');
		expect(invitations[i]).toContain('Antwoordstrook');
	});

	const forms = await printPages(
		page,
		page.getByTestId('parents-consent'),
		'Toestemmingsformulieren printen'
	);
	expect(forms).toHaveLength(3);
	['Anouk', 'Şeyma', '李明'].forEach((name, i) => {
		expect(forms[i]).toContain(name);
		expect(forms[i].match(/Ouder\/verzorger \d met gezag/g)).toHaveLength(2);
		expect(forms[i]).toContain(
			'3 keer, van dinsdag 2 februari 2027 tot en met dinsdag 16 februari 2027'
		);
	});
	await expectNoAxeViolations(page);
});

test('prints the consent forms in English on a 390 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await seedLetters(page);
	// The group page's link: the section is brought into view once it has loaded.
	await page.goto(`/print?group=${group.id}#ouders`);
	const section = page.getByRole('region', { name: 'Voor ouders' });
	await expect(section).toBeVisible(LOAD);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
	await section.getByLabel('Taal van de brief').selectOption('en');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(page);
	const forms = await printPages(
		page,
		page.getByTestId('parents-consent'),
		'Toestemmingsformulieren printen'
	);
	expect(forms).toHaveLength(3);
	for (const form of forms) {
		expect(form.match(/Parent\/carer \d with custody/g)).toHaveLength(2);
		expect(form).toContain('one signature is enough');
	}
	expect(forms.join(' ')).toContain('李明');
});

test('says so when the group has no information meeting, and prints no invitation', async ({
	page
}) => {
	await seedLetters(page);
	await page.goto(`/print?group=${bare.id}`);
	const section = page.getByRole('region', { name: 'Voor ouders' });
	await expect(section).toBeVisible(LOAD);
	await expect(page.getByTestId('parents-no-meeting')).toHaveText(
		/nog geen informatiebijeenkomst gepland/
	);
	await expect(section.getByRole('button', { name: 'Uitnodiging printen' })).toHaveCount(0);
	await expect(
		section.getByRole('button', { name: 'Toestemmingsformulieren printen' })
	).toBeVisible();
	await expectNoAxeViolations(page);
	await section.getByRole('link', { name: 'Bijeenkomst plannen bij de groep' }).click();
	await expect(page.getByRole('heading', { level: 1, name: bare.name })).toBeVisible(LOAD);
});
