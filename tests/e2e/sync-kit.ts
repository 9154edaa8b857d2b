// What the sync specs share: a shared group's records (each spec its own group id, so specs that
// run in parallel workers never meet on the server or in a profile), browser profiles whose every
// frame and request is recorded, and the steps a coach takes (sign in, join, open, mark).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { appStarted } from './helpers';
import { seed } from './seed';
import { makeAttendance, makeGroup, makeParticipant, makeSeries } from '../unit/factories';
import type { PlanBlock } from '$lib/model';

export const NAMES = [
	'Şeyma',
	'Noortje',
	'Daantje',
	'Fleurtje',
	'Meesje',
	'Yaraatje',
	'Bramvdb',
	'Lottepot',
	'Amirtje',
	'Saartje'
];

/** The free ports scripts/e2e.js gave this run; the build's CSP allows exactly these. */
export const syncPorts = (process.env.E2E_SYNC_PORTS ?? '4316').split(',').map(Number);

export interface SyncServer {
	url: string;
	data: string;
	addAccount(name: string, role?: 'coach' | 'coordinator'): { accountId: string; signin: string };
	admin(...args: string[]): string;
	kill(): Promise<void>;
	restart(): Promise<void>;
	stop(): Promise<void>;
}

/** A group of 8 sessions and 10 children as a coach's device holds it, under the id `groupId`. */
export function sharedGroup(groupId: string, name = 'De Zonnebloem 7-12') {
	const block = (i: number, n: number, fields: Partial<PlanBlock>): PlanBlock => ({
		id: `${groupId}-b${i}-${n}`,
		kind: 'free',
		cardId: null,
		title: '',
		minutes: 5,
		notes: '',
		...fields
	});
	const sessions = makeSeries(groupId, 8, '2026-02-03', (i) => ({
		status: i === 0 ? 'held' : 'planned',
		blocks: [
			block(i, 1, { kind: 'welcome', title: 'Welkom' }),
			block(i, 2, {
				title: `Gevoelensthermometer ${i + 1}`,
				minutes: 20,
				notes: `Let op ${NAMES[i]}`
			}),
			block(i, 3, { kind: 'closing', title: 'Afsluiting' })
		]
	}));
	const consent = { given: true, date: '2026-01-10', how: 'paper' } as const;
	const children = NAMES.map((child, i) =>
		makeParticipant({
			id: `${groupId}-c${i + 1}`,
			groupId,
			name: child,
			consent1: consent,
			consent2: consent,
			notes: `${child} tekent graag`
		})
	);
	const group = makeGroup({
		id: groupId,
		name,
		location: 'OBS De Zonnebloem',
		status: 'running'
	});
	const firstMarks = children.map((child) =>
		makeAttendance({ sessionId: `${groupId}-s1`, participantId: child.id, groupId })
	);
	return { group, sessions, children, firstMarks };
}

/** Writes a shared group's records into a fresh profile, once the app has made its tables. */
export async function seedShared(
	page: Page,
	data: ReturnType<typeof sharedGroup>,
	{ sessions = 8, children = 10, marks = true } = {}
) {
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'kies-toolkit')
	);
	await seed(page, {
		groups: [data.group],
		sessions: data.sessions.slice(0, sessions),
		participants: data.children.slice(0, children),
		...(marks ? { attendance: data.firstMarks } : {})
	});
}

/** Shares the group from its page and returns the invitation code, once the server has the group. */
export async function shareGroup(page: Page, groupId: string, name?: string) {
	await openGroup(page, groupId, name);
	await page.getByRole('button', { name: 'Deel deze groep' }).click();
	const code = await page.getByTestId('invitation-code').inputValue({ timeout: 20_000 });
	await expect(syncState(page)).toContainText('Bijgewerkt', { timeout: 20_000 });
	return code;
}

/** Every frame the browser sends to the server (= what the server receives) and every request body. */
export function record(page: Page, into: string[]) {
	page.on('websocket', (ws) => {
		ws.on('framesent', (frame) => into.push(Buffer.from(frame.payload).toString('latin1')));
	});
	page.on('request', (request) => {
		const body = request.postDataBuffer();
		if (body) into.push(body.toString('latin1'));
		into.push(request.url());
	});
}

/** A fresh browser profile (its own IndexedDB) with the app started, recording into `sent`. */
export async function profile(
	browser: Browser,
	sent: string[],
	path = '/'
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	record(page, sent);
	await page.goto(path);
	await expect(page.locator('h1')).toBeVisible({ timeout: 30_000 });
	await appStarted(page);
	return { context, page };
}

export async function signIn(page: Page, code: string, name: string) {
	await page.goto('/instellingen');
	const section = page.getByTestId('sync-settings');
	await section.getByLabel('Aanmeldcode', { exact: true }).fill(code);
	await section.getByLabel('Naam van dit apparaat').fill(`${name}s laptop`);
	await section.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(section.getByTestId('signed-in')).toContainText(`Aangemeld als ${name}`);
}

export async function joinGroup(page: Page, invitation: string) {
	await page.goto('/instellingen');
	const section = page.getByTestId('sync-settings');
	await section.getByTestId('join-code').fill(invitation);
	await section.getByRole('button', { name: 'Deelnemen' }).click();
	await expect(section.getByText('Je neemt deel aan de groep.')).toBeVisible({ timeout: 20_000 });
}

export function syncState(page: Page) {
	return page.getByTestId('sync-state');
}

export async function openGroup(page: Page, groupId: string, name = 'De Zonnebloem 7-12') {
	await page.goto(`/groepen/groep?id=${groupId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/**
 * Marks a child on the register of a shared group and waits until the mark is kept: the row
 * then says who marked it (stamped when the mark entered the group's document).
 */
export async function markOnRegister(
	page: Page,
	groupId: string,
	session: number,
	child: string,
	mark: string,
	by: string
) {
	await page.goto(`/groepen/aanwezigheid?group=${groupId}`);
	await page.getByLabel('Bijeenkomst', { exact: true }).selectOption({ index: session - 1 });
	const row = page.getByRole('group', { name: new RegExp(child) });
	await row.getByRole('radio', { name: mark, exact: true }).check();
	await expect(row.getByTestId('marked-by')).toHaveText(`gemarkeerd door ${by}`);
}

export async function filesOf(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await filesOf(path)));
		else out.push(path);
	}
	return out;
}

/** The first child's name found in `haystack` (as text or as UTF-8 bytes), or null. */
export function containsName(haystack: string): string | null {
	for (const name of NAMES) {
		const utf8 = Buffer.from(name, 'utf8').toString('latin1');
		if (haystack.includes(utf8) || haystack.includes(name)) return name;
	}
	return null;
}

/** Makes this coach's exchange file for the coordinator (Overzicht → uitwisseling) through the app. */
export async function exportForCoordinator(page: Page, coachName: string, groupName: string) {
	await page.goto('/overzicht/uitwisseling');
	await page.getByLabel('Uw naam zoals de coördinator die ziet').fill(coachName);
	await page.getByRole('checkbox', { name: new RegExp(groupName) }).check();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportbestand maken' }).click();
	const file = await download;
	const text = await readFile((await file.path())!, 'utf8');
	return {
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	};
}
