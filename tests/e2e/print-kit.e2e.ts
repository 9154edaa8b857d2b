/**
 * Issue 19: the filled-in register printed from the register screen carries the marks' codes
 * as the screen shows them, and a session's kit prints in one click with the plan, the
 * activity sheets, each worksheet once per child and the register. On a tablet and at 390 px.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { appStarted, expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeCard, makeGroup, makeParticipant, makeSession } from '../unit/factories';

const group = makeGroup({
	id: 'kit-group',
	name: 'De Zonnebloem 7-12',
	startDate: '2026-09-29',
	status: 'running',
	sessionCount: 3
});
const cards = [
	makeCard({
		id: 'kit-card-1',
		title: 'Het weerbericht',
		worksheet: { title: 'Mijn weerbericht', instruction: 'Teken je weer.', area: 'drawing' }
	}),
	makeCard({ id: 'kit-card-2', title: 'De gevoelensthermometer', worksheet: null })
];
const sessions = [
	makeSession({ id: 'kit-s1', groupId: group.id, number: 1, date: '2026-09-29', status: 'held' }),
	makeSession({ id: 'kit-s2', groupId: group.id, number: 2, date: '2026-10-06' }),
	makeSession({ id: 'kit-s3', groupId: group.id, number: 3, date: '2026-10-13' })
];
sessions[1].blocks = [
	{ id: 'kb-1', kind: 'welcome', cardId: null, title: 'Welkom', minutes: 10, notes: '' },
	{
		id: 'kb-2',
		kind: 'card',
		cardId: 'kit-card-1',
		title: 'Het weerbericht',
		minutes: 20,
		notes: ''
	},
	{
		id: 'kb-3',
		kind: 'card',
		cardId: 'kit-card-2',
		title: 'De gevoelensthermometer',
		minutes: 20,
		notes: ''
	}
];
const children = ['Fenneke', 'Quirijn', 'Şeyma'].map((name, i) =>
	makeParticipant({ id: `kit-child-${i}`, groupId: group.id, name })
);
const marks = ['present', 'absent-notice', 'late'];
const attendance = children.map((c, i) => ({
	sessionId: sessions[0].id,
	participantId: c.id,
	groupId: group.id,
	mark: marks[i],
	reason: '',
	consentOverride: false,
	updatedAt: '2026-09-29T12:00:00.000Z'
}));

/** Clicks the button that makes a PDF, then its download link; the text per page (pdftotext). */
async function printedPages(page: Page, button: string | RegExp): Promise<string[]> {
	await page.getByRole('button', { name: button }).first().click();
	const link = page.getByTestId('pdf-download').first();
	await expect(link).toBeVisible({ timeout: 60_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	const text = execFileSync('pdftotext', ['-layout', (await download.path())!, '-'], {
		encoding: 'utf8'
	});
	return text.split('\f').filter((p) => p.trim());
}

for (const viewport of [
	{ name: 'tablet', width: 820, height: 1180 },
	{ name: '390 px', width: 390, height: 844 }
]) {
	test(`prints the filled-in register and a session kit in one click (${viewport.name})`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		await page.goto('/');
		await seed(page, { groups: [group], sessions, cards, participants: children, attendance });

		// The register screen shows a code per mark; the filled-in register prints the same.
		await page.goto(`/groepen/aanwezigheid?group=${group.id}`);
		await appStarted(page);
		const onScreen: Record<string, string> = {};
		for (const child of children) {
			const row = page
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: child.name }) });
			onScreen[child.name] = (await row
				.locator('td.cell')
				.first()
				.locator('[aria-hidden]')
				.textContent())!.trim();
		}
		expect(Object.values(onScreen)).toEqual(['✓', 'AM', 'L']);
		await page.getByTestId('print-register-filled').click();
		await expect(page.getByTestId('register-filled')).toBeChecked();
		await expectNoAxeViolations(page);
		const register = (await printedPages(page, 'PDF maken')).join('\n');
		for (const child of children) {
			const line = register.split('\n').find((l) => l.includes(child.name));
			expect(line, child.name).toBeTruthy();
			expect(line!.replace(child.name, '')).toContain(onScreen[child.name]);
		}

		// One click on the session's page makes the whole kit.
		await page.goto(`/groepen/sessie?id=${sessions[1].id}`);
		await appStarted(page);
		await expect(page.getByTestId('print-session-kit')).toBeVisible();
		await expectNoAxeViolations(page);
		const kit = await printedPages(page, 'Sessiekit printen');
		expect(kit[0]).toContain('Sessieplan');
		expect(kit[0]).toContain('Sessie 2 van 3');
		const sheetPages = kit.filter(
			(p, i) => i > 0 && (p.includes('Het weerbericht') || p.includes('De gevoelensthermometer'))
		);
		expect(sheetPages.some((p) => p.includes('Het weerbericht'))).toBe(true);
		expect(sheetPages.some((p) => p.includes('De gevoelensthermometer'))).toBe(true);
		expect(kit.filter((p) => p.includes('Mijn weerbericht'))).toHaveLength(children.length);
		const last = kit.at(-1)!;
		expect(last).toContain('Presentielijst');
		for (const child of children) expect(last).toContain(child.name);

		// The print page for the session offers the same kit, with what it holds.
		await page.goto(`/print?session=${sessions[1].id}`);
		await appStarted(page);
		const section = page.getByTestId('session-kit');
		await expect(section).toContainText(
			'de activiteitenbladen (2), de werkbladen (1, elk 3 keer: één per kind)'
		);
		await expectNoAxeViolations(page);
		const fromPrintPage = await printedPages(page, 'Sessiekit printen');
		expect(fromPrintPage.length).toBe(kit.length);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(viewport.width);
	});
}
