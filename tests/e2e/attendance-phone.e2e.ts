import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeGroup, makeParticipant, makeSession } from '../unit/factories';

// Attendance for one hand on a phone: one compact row per child, no sideways scroll, big
// targets, and the tally of the session always in view. The same screen on a tablet.

const group = makeGroup({ id: 'phone-group', name: 'Kompas 7-12', maxSize: 10 });
const sessions = Array.from({ length: 8 }, (_, i) =>
	makeSession({
		id: `phone-s${i + 1}`,
		groupId: group.id,
		number: i + 1,
		date: `2026-03-${String(3 + i * 3).padStart(2, '0')}`
	})
);
const names = ['Şeyma', '李明', 'Noah', 'Fatima', 'Lucas', 'Zoë', 'Daan', 'Aylin', 'Milan', 'Emma'];
const children = names.map((name, i) =>
	makeParticipant({ id: `phone-c${i + 1}`, groupId: group.id, name })
);

async function open(page: Page) {
	await seed(page, { groups: [group], sessions, participants: children });
	await page.goto(`/groepen/aanwezigheid?group=${group.id}`);
	await expect(page.getByTestId('mark-row')).toHaveCount(names.length);
}

/** Nothing on the page reaches past the viewport's right edge. */
async function expectNoSidewaysScroll(page: Page) {
	const widths = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

for (const device of [
	{ name: 'phone', width: 390, height: 844, maxRow: 110 },
	{ name: 'tablet', width: 1024, height: 768, maxRow: 140 }
]) {
	test(`attendance on a ${device.name} (${device.width} px): compact rows, no sideways scroll, the tally in view`, async ({
		page
	}) => {
		await page.setViewportSize({ width: device.width, height: device.height });
		await open(page);
		await expectNoSidewaysScroll(page);

		const rows = page.getByTestId('mark-row');
		for (const box of await rows.evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect().toJSON())
		)) {
			expect(box.height).toBeLessThanOrEqual(device.maxRow);
			expect(box.right).toBeLessThanOrEqual(device.width);
		}

		// Every choice is a target a thumb hits (at least 44 × 44 px), the radio itself stays
		// visible, and each radio is named with the full mark.
		const seyma = page.getByRole('group', { name: /^Şeyma/ });
		for (const label of ['Aanwezig', 'Te laat', 'Afgemeld', 'Afwezig zonder bericht']) {
			const radio = seyma.getByRole('radio', { name: label, exact: true });
			await expect(radio).toBeVisible();
			const target = await radio.evaluate((el) => el.closest('label')!.getBoundingClientRect());
			expect(target.width).toBeGreaterThanOrEqual(44);
			expect(target.height).toBeGreaterThanOrEqual(44);
			const circle = await radio.boundingBox();
			expect(circle!.width).toBeGreaterThanOrEqual(18);
		}

		// Mark the last child in the list with a thumb; the tally, still in view, counts it.
		const tally = page.getByTestId('session-tally');
		await expect(tally).toHaveText('0 van 10 gemarkeerd · 0 aanwezig');
		const last = page.getByRole('group', { name: /^李明/ });
		await last.getByRole('radio', { name: 'Te laat', exact: true }).click();
		await expect(last.getByRole('radio', { name: 'Te laat', exact: true })).toBeChecked();
		await expect(tally).toHaveText('1 van 10 gemarkeerd · 1 aanwezig');
		await expect(tally).toBeInViewport();
		await seyma.scrollIntoViewIfNeeded();
		await seyma.getByRole('radio', { name: 'Afgemeld', exact: true }).click();
		await expect(tally).toHaveText('2 van 10 gemarkeerd · 1 aanwezig');
		await expect(tally).toBeInViewport();

		// "Iedereen aanwezig" keeps the exceptions and fills in the rest.
		await page.getByRole('button', { name: 'Iedereen aanwezig' }).click();
		await expect(tally).toHaveText('10 van 10 gemarkeerd · 9 aanwezig');
		await expect(page.getByTestId('group-rate')).toContainText('9 van 10');

		// Still nothing sideways with the reason selector open and the grid filled in.
		await expect(seyma.getByRole('combobox')).toBeVisible();
		await expectNoSidewaysScroll(page);
		await page
			.getByRole('region', { name: 'Overzicht per kind en bijeenkomst' })
			.last()
			.scrollIntoViewIfNeeded();
		await expectNoSidewaysScroll(page);
		await expectNoAxeViolations(page);

		// The marks are saved: after a reload the next session is up, and session 1 shows them.
		await page.reload();
		const chooser = page.getByLabel('Bijeenkomst', { exact: true });
		await expect(chooser).toHaveValue('phone-s2');
		await expect(page.getByTestId('session-tally')).toHaveText('0 van 10 gemarkeerd · 0 aanwezig');
		await chooser.selectOption('phone-s1');
		await expect(
			page
				.getByRole('group', { name: /^李明/ })
				.getByRole('radio', { name: 'Te laat', exact: true })
		).toBeChecked();
		await expect(page.getByTestId('session-tally')).toHaveText('10 van 10 gemarkeerd · 9 aanwezig');
	});
}

test('on a phone in English the short labels are English and the radios keep their full names', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/instellingen');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await open(page);
	const noah = page.getByRole('group', { name: /^Noah/ });
	await expect(noah.getByRole('radio', { name: 'Absent with notice', exact: true })).toBeVisible();
	await expect(noah.getByText('Excused', { exact: true })).toBeVisible();
	await expect(page.getByTestId('session-tally')).toHaveText('0 of 10 marked · 0 present');
	await expectNoSidewaysScroll(page);
});
