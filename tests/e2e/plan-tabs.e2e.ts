import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import { makeGroup, makeSession } from '../unit/factories';

/** Issue 22: two tabs on one session plan never overwrite each other silently. */
const group = makeGroup({ id: 'tabs-group', name: 'Twee tabbladen 7-12' });
const free = (id: string, title: string, kind = 'free') => ({
	id,
	kind,
	cardId: null,
	title,
	minutes: 10,
	notes: ''
});
const session = makeSession({
	id: 'tabs-session',
	groupId: group.id,
	blocks: [
		free('b-welcome', 'Welkom', 'welcome'),
		free('b-talk', 'Kringgesprek'),
		free('b-closing', 'Afsluiting', 'closing')
	] as never
});
const url = `/groepen/sessie?id=${session.id}`;

async function saved(page: Page): Promise<void> {
	await expect(page.locator('.save-status')).toContainText('Opgeslagen');
}

test('a block saved in one tab survives an edit in the other tab’s older view', async ({
	context
}) => {
	const a = await context.newPage();
	await a.goto('/');
	await seed(a, { groups: [group], sessions: [session] });
	const b = await context.newPage();
	for (const page of [a, b]) {
		await page.goto(url);
		await expect(page.getByLabel('Notities bij Kringgesprek')).toHaveValue('');
	}

	await a.getByLabel('Notities bij Kringgesprek').fill('Met de praatsteen');
	await saved(a);
	// Tab B still shows the plan as it was, and changes another block.
	await expect(b.getByLabel('Notities bij Kringgesprek')).toHaveValue('');
	await b.getByLabel('Minuten voor Afsluiting').fill('7');
	await saved(b);
	await expect(b.getByLabel('Notities bij Kringgesprek')).toHaveValue('Met de praatsteen');
	await expect(
		b.getByText('Wijzigingen uit een ander tabblad zijn bij dit plan gevoegd.')
	).toBeAttached();

	await a.reload();
	await expect(a.getByLabel('Notities bij Kringgesprek')).toHaveValue('Met de praatsteen');
	await expect(a.getByLabel('Minuten voor Afsluiting')).toHaveValue('7');

	// The same block changed in both tabs: nothing is overwritten, the coach chooses.
	await a.getByLabel('Notities bij Welkom').fill('Naamrondje met de bal');
	await saved(a);
	await b.getByLabel('Notities bij Welkom').fill('Iedereen vertelt iets leuks');
	const conflict = b.getByTestId('plan-conflict');
	await expect(conflict).toContainText('in een ander tabblad gewijzigd');
	await expect(b.locator('.save-status')).toContainText('Opslaan is mislukt');
	await expectNoAxeViolations(b);
	await a.reload();
	await expect(a.getByLabel('Notities bij Welkom')).toHaveValue('Naamrondje met de bal');

	await conflict.getByRole('button', { name: 'Versie uit het andere tabblad nemen' }).click();
	await expect(conflict).toBeHidden();
	await expect(b.getByLabel('Notities bij Welkom')).toHaveValue('Naamrondje met de bal');
	await expect(b.getByLabel('Minuten voor Afsluiting')).toHaveValue('7');

	// And once more the other way: this tab's version kept on purpose.
	await a.getByLabel('Notities bij Welkom').fill('Eerst een spelletje');
	await saved(a);
	await b.getByLabel('Notities bij Welkom').fill('Kringgesprek over het weekend');
	await conflict.getByRole('button', { name: 'Mijn versie bewaren' }).click();
	await expect(conflict).toBeHidden();
	await saved(b);
	await a.reload();
	await expect(a.getByLabel('Notities bij Welkom')).toHaveValue('Kringgesprek over het weekend');
	await expect(a.getByLabel('Notities bij Kringgesprek')).toHaveValue('Met de praatsteen');
});
