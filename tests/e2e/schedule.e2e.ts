import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeGroup, makeSession } from '../unit/factories';

/** Issue 20: the series warns about clashes and order, and shows sessions in date order. */
const group = makeGroup({
	id: 'sched-group',
	name: 'Vlinders 7-12',
	startDate: '2030-10-01',
	weekday: 2,
	sessionCount: 3
});
const sessions = ['2030-10-01', '2030-10-08', '2030-10-15'].map((date, i) =>
	makeSession({ id: `sched-s${i + 1}`, groupId: group.id, number: i + 1, date })
);
const evaluation = {
	id: 'sched-eval',
	createdAt: group.createdAt,
	updatedAt: group.createdAt,
	groupId: group.id,
	kind: 'evaluation',
	date: '2030-10-22',
	startTime: '19:30',
	notes: '',
	recorded: false
};

for (const [device, viewport] of [
	['tablet', { width: 1024, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`moving sessions onto each other, past a later one or onto a meeting warns on a ${device}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await seed(page, { groups: [group], sessions, meetings: [evaluation] });
		await page.goto(`/groepen/groep?id=${group.id}`);
		const rows = page.getByTestId('session-row');
		await expect(rows).toHaveCount(3);
		await expect(page.getByTestId('schedule-warnings')).toHaveCount(0);

		await page.getByLabel('Nieuwe datum voor bijeenkomst 2').fill('2030-10-15');
		await page
			.getByRole('button', { name: 'Bijeenkomst 2 verplaatsen naar de gekozen datum' })
			.click();
		const warnings = page.getByTestId('schedule-warnings');
		await expect(warnings).toContainText('Bijeenkomsten 2, 3 vallen op dezelfde dag');

		await page.getByLabel('Nieuwe datum voor bijeenkomst 1').fill('2030-10-22');
		await page
			.getByRole('button', { name: 'Bijeenkomst 1 verplaatsen naar de gekozen datum' })
			.click();
		await expect(warnings).toContainText('Bijeenkomst 1 staat later gepland dan bijeenkomst 2');
		await expect(warnings).toContainText('Bijeenkomst 1 valt op de dag van de ouderbijeenkomst');
		// In date order: session 1 now comes last.
		await expect(rows.nth(2)).toContainText('Bijeenkomst 1');
		await expectNoAxeViolations(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);
	});
}
