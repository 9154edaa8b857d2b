// The functions the benchmarks time inside Chromium, on the app's real modules.
// Built by bench/run.js with bench/browser/vite.config.ts and served next to the app.
import { AppDB } from '$lib/db/db';
import { createBackup, restoreFromText } from '$lib/db/backup';
import { computeOverview } from '$lib/db/overview';
import { NO_FILTERS } from '$lib/domain/report';
import { createCardIndex, searchCards } from '$lib/domain/cards/search';
import { buildCutCards, buildSeriesPack, loadFontBytes } from '$lib/pdf/index';
import type { PlanBlock } from '$lib/model';
import { bigHistory, manyCards } from './fixtures';

function ms(start: number): number {
	return performance.now() - start;
}

async function freshDb(name: string): Promise<AppDB> {
	const database = new AppDB(name);
	await database.delete();
	await database.open();
	return database;
}

/** Median milliseconds per keystroke while typing `word` over `count` cards (index built once). */
function searchPerKeystroke(count: number, word: string): number {
	const cards = manyCards(count);
	const index = createCardIndex(cards);
	const times: number[] = [];
	for (let round = 0; round < 3; round += 1) {
		for (let i = 1; i <= word.length; i += 1) {
			const start = performance.now();
			searchCards(index, cards, word.slice(0, i), { ageBands: ['7-12'] });
			times.push(ms(start));
		}
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

async function seedHistory(database: AppDB): Promise<number> {
	const set = bigHistory();
	await database.transaction(
		'rw',
		[
			database.groups,
			database.sessions,
			database.participants,
			database.attendance,
			database.meetings
		],
		async () => {
			await database.groups.bulkPut(set.groups);
			await database.sessions.bulkPut(set.sessions);
			await database.participants.bulkPut(set.participants);
			await database.attendance.bulkPut(set.attendance);
			await database.meetings.bulkPut(set.meetings);
		}
	);
	return set.attendance.length;
}

async function overviewMs(database: AppDB): Promise<number> {
	const start = performance.now();
	await computeOverview(
		{ ...NO_FILTERS, range: { from: '2021-08-01', to: '2026-07-31' } },
		database
	);
	return ms(start);
}

async function backupRestoreMs(
	database: AppDB
): Promise<{ backup: number; restore: number; records: number }> {
	let start = performance.now();
	const file = await createBackup({ includeSignals: false }, database);
	const backup = ms(start);
	const target = await freshDb('bench-restore');
	start = performance.now();
	await restoreFromText(file.text, { mode: 'replace' }, target);
	const restore = ms(start);
	const records = await target.attendance.count();
	target.close();
	return { backup, restore, records };
}

function packData() {
	const cards = manyCards(40);
	const cardMap = new Map(cards.map((c) => [c.id, c]));
	const set = bigHistory(1, 1);
	const sessions = set.sessions.map((session, s) => ({
		...session,
		status: 'planned' as const,
		blocks: [0, 1, 2, 3].map((b): PlanBlock => ({
			id: `${session.id}-b${b}`,
			kind: 'card',
			cardId: cards[(s * 4 + b) % cards.length].id,
			title: '',
			minutes: 12,
			notes: 'Let op de stille kinderen.'
		}))
	}));
	return { group: set.groups[0], sessions, cards: cardMap, participants: set.participants };
}

async function seriesPackMs(): Promise<{ ms: number; bytes: number }> {
	const fonts = await loadFontBytes();
	const start = performance.now();
	const pdf = await buildSeriesPack(packData(), { fonts, lang: 'nl' });
	return { ms: ms(start), bytes: pdf.length };
}

async function cutCardsMs(count: number): Promise<{ ms: number; bytes: number }> {
	const fonts = await loadFontBytes();
	const cards = manyCards(count);
	const start = performance.now();
	const pdf = await buildCutCards(
		cards,
		{ backSide: true, inkSaving: false },
		{ fonts, lang: 'nl' }
	);
	return { ms: ms(start), bytes: pdf.length };
}

const api = {
	searchPerKeystroke,
	seedHistory: async () => seedHistory(await freshDb('bench-history')),
	overviewMs: async () => overviewMs(new AppDB('bench-history')),
	backupRestoreMs: async () => backupRestoreMs(new AppDB('bench-history')),
	seriesPackMs,
	cutCardsMs,
	manyCards
};

declare global {
	interface Window {
		kiesBench: typeof api;
	}
}
window.kiesBench = api;
document.body.dataset.ready = 'true';
