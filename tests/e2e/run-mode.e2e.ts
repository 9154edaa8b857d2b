import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeCard, makeGroup, makeSession } from '../unit/factories';

const card = makeCard({
	id: 'run-card-1',
	title: 'Het weerbericht van vandaag',
	minutes: 20,
	steps: ['Iedereen kiest een weerkaart.', 'Vertel wat voor weer het vandaag bij jou is.'],
	materials: [{ name: 'weerkaart', amount: 1, per: 'child' }],
	tips: 'Begin zelf, met een eerlijk weerbericht.'
});
const group = makeGroup({ id: 'run-group', name: 'Kompas 7-12' });
const block = (
	id: string,
	kind: 'welcome' | 'card' | 'closing',
	title: string,
	minutes: number
) => ({
	id,
	kind,
	cardId: kind === 'card' ? card.id : null,
	title,
	minutes,
	notes: ''
});
const session = makeSession({
	id: 'run-session',
	groupId: group.id,
	blocks: [
		block('b1', 'welcome', 'Welkom', 5),
		block('b2', 'card', card.title, 20),
		block('b3', 'closing', 'Afsluiting', 5)
	]
});

/** "17:42" → 1062 */
const seconds = (text: string) => {
	const [min, sec] = text.trim().split(':').map(Number);
	return min * 60 + sec;
};

for (const [device, viewport] of [
	['tablet', { width: 820, height: 1180 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`a coach runs a session from the card on a ${device}, and a reload keeps the place`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		// The test jumps the page's clock forward; between jumps it runs at its own pace, so the
		// checks below allow for the seconds a busy machine takes and compare against what was shown.
		await page.clock.install({ time: new Date('2026-10-07T13:25:00+02:00') });
		await seed(page, { cards: [card], groups: [group], sessions: [session] });
		await page.goto(`/groepen/run?id=${session.id}`);
		const clock = page.getByTestId('run-clock');
		const pace = page.getByTestId('run-pace');
		await expect(clock).toHaveText('5:00');
		await expect(pace).toHaveText('Sessie op schema');

		// The welcome runs a minute over: the clock says so plainly, and so does the session.
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.fastForward('06:01');
		await expect(clock).toHaveText(/^1:0\d over tijd$/);
		await expect(page.getByText('De tijd voor dit blok is om')).toBeVisible();
		await expect(pace).toHaveText('Sessie 1 min achter op schema');

		// The card's steps, materials and tips are on screen for the block that uses it.
		await page.getByRole('button', { name: 'Volgende →' }).click();
		await expect(page.getByTestId('run-current')).toHaveText(card.title);
		const shown = page.getByTestId('run-card');
		await expect(shown.getByRole('listitem')).toHaveText([
			'1 × weerkaart per kind',
			'Iedereen kiest een weerkaart.',
			'Vertel wat voor weer het vandaag bij jou is.'
		]);
		await expect(shown).toContainText('Begin zelf, met een eerlijk weerbericht.');
		await page.clock.fastForward('02:00');
		await expect(clock).toHaveText(/^1[78]:\d\d$/);
		if (device === 'phone') {
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		}
		await expectNoAxeViolations(page);

		// A reload (or the phone's browser dropping the tab) comes back in the same block, paused or not.
		await page.getByRole('button', { name: 'Pauze' }).click();
		await expect(page.getByText('Gepauzeerd')).toBeVisible();
		const pausedAt = seconds(await clock.innerText());
		await page.reload();
		await expect(page.getByTestId('run-current')).toHaveText(card.title);
		await expect(page.getByText('Gepauzeerd')).toBeVisible();
		expect(seconds(await clock.innerText())).toBe(pausedAt);
		await expect(pace).toHaveText('Sessie 1 min achter op schema');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.fastForward('01:00');
		await page.reload();
		await expect(page.getByTestId('run-current')).toHaveText(card.title);
		await expect(page.getByRole('button', { name: 'Pauze' })).toBeVisible();
		// Still running after the reload: a minute (and the seconds the reload took) further on.
		await expect
			.poll(async () => pausedAt - seconds(await clock.innerText()))
			.toBeGreaterThanOrEqual(60);
		expect(pausedAt - seconds(await clock.innerText())).toBeLessThan(120);

		// Moving on by itself, when the coach asks for it.
		await page.getByLabel('Vanzelf door naar het volgende blok als de tijd om is').check();
		await page.clock.fastForward('18:00');
		await expect(page.getByTestId('run-current')).toHaveText('Afsluiting');
		await expect(page.getByTestId('run-next')).toHaveText('Dit is het laatste blok.');
	});
}
