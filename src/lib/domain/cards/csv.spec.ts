import { describe, expect, it } from 'vitest';
import { makeCard } from '../../../../tests/unit/factories';
import { CSV_COLUMNS, cardsToCsv, csvTemplate, csvToDrafts, MissingColumnsError } from './csv';
import { previewImport } from './import-preview';
import { cardsToJson, jsonToIncoming } from './json';

describe('cards as CSV', () => {
	it('writes a template with a BOM and ;-separated column names', () => {
		const template = csvTemplate();
		expect(template.startsWith('\uFEFF')).toBe(true);
		expect(template.slice(1).trim()).toBe(CSV_COLUMNS.join(';'));
	});

	it('round-trips a card, including lists, materials, a worksheet and Şeyma', () => {
		const card = makeCard({
			title: 'Şeyma’s kaart 🎈; met "quotes"',
			ageBands: ['13-17', '4-6'],
			themes: ['feelings', 'Eigen thema'],
			materials: [
				{ name: 'stiften', amount: 2, per: 'child' },
				{ name: 'bal', amount: 1, per: 'group' }
			],
			steps: ['Eerst dit.', 'Dan dat;\nmet een nieuwe regel.'],
			worksheet: { title: 'Mijn blad', instruction: 'Teken', area: 'lines' }
		});
		const [row] = csvToDrafts(cardsToCsv([card]));
		expect(row.row).toBe(2);
		expect(row.id).toBe(card.id);
		expect(previewImport([{ row: 2, id: row.id, draft: row.draft }], [card]).unchanged).toEqual([
			{ row: 2, id: card.id }
		]);
	});

	it('escapes a formula so Excel does not run it, and reads it back as typed', () => {
		const card = makeCard({ title: '=HYPERLINK("x")' });
		const csv = cardsToCsv([card]);
		expect(csv).toContain(`'=HYPERLINK`);
		expect(csvToDrafts(csv)[0].draft.title).toBe('=HYPERLINK("x")');
	});

	it('refuses a file without our columns', () => {
		expect(() => csvToDrafts('naam;leeftijd\nx;4-6')).toThrow(MissingColumnsError);
		const caught = (() => {
			try {
				csvToDrafts('titel;leeftijd\nx;4-6');
			} catch (err) {
				return err;
			}
		})();
		expect(caught).toBeInstanceOf(MissingColumnsError);
		const { columns } = caught as MissingColumnsError;
		expect(columns).not.toContain('titel');
		expect(columns.length).toBeGreaterThan(0);
	});
});

describe('previewImport', () => {
	it('sorts rows into new, updated, unchanged and rejected, naming the row and field', () => {
		const existing = makeCard({ title: 'Bestaand', favourite: true });
		const same = makeCard({ title: 'Gelijk' });
		const csv = cardsToCsv([
			{ ...existing, title: 'Bestaand, aangepast' },
			same,
			makeCard({ id: '', title: 'Nieuw' }),
			makeCard({ id: '', title: 'Fout', minutes: 500 })
		]);
		const preview = previewImport(csvToDrafts(csv), [existing, same]);
		expect(preview.added.map((a) => [a.row, a.draft.title])).toEqual([[4, 'Nieuw']]);
		expect(preview.updated.map((u) => [u.row, u.id, u.draft.title, u.draft.favourite])).toEqual([
			[2, existing.id, 'Bestaand, aangepast', true]
		]);
		expect(preview.unchanged).toEqual([{ row: 3, id: same.id }]);
		expect(preview.rejected).toEqual([
			{ row: 5, issues: [{ field: 'minutes', code: 'minutes-range' }] }
		]);
	});

	it('rejects a material it cannot read, naming the material', () => {
		const csv = csvTemplate() + '\r\n;Titel;;4-6;now;;game;10;4;8;wat stiften;;;;;;;;;;;;';
		const preview = previewImport(csvToDrafts(csv), []);
		expect(preview.rejected).toEqual([
			{ row: 2, issues: [{ field: 'materials.0.amount', code: 'amount-range' }] }
		]);
	});
});

describe('cards as JSON', () => {
	it('round-trips cards through the envelope', async () => {
		const cards = [makeCard({ title: '<img src=x onerror=alert(1)>' }), makeCard()];
		const text = await cardsToJson(cards, { schemaVersion: 1, appVersion: '0.1.0' });
		const incoming = await jsonToIncoming(text);
		expect(previewImport(incoming, cards).unchanged).toHaveLength(2);
		expect(previewImport(incoming, []).added.map((a) => a.draft.title)).toEqual(
			cards.map((card) => card.title)
		);
	});

	it('refuses another kind of file and a damaged one', async () => {
		await expect(
			jsonToIncoming('{"format":"kies-backup","formatVersion":1,"data":{}}')
		).rejects.toMatchObject({
			code: 'wrong-format'
		});
		const text = await cardsToJson([makeCard()], { schemaVersion: 1, appVersion: '0.1.0' });
		await expect(
			jsonToIncoming(text.replace('Het weerbericht', 'Het nepbericht'))
		).rejects.toMatchObject({
			code: 'checksum'
		});
	});
});
