import { describe, expect, it } from 'vitest';
import { csvTemplate } from '$lib/domain/cards/csv';
import { previewFile } from './exchange';

const header = csvTemplate().slice(1).trim();

describe('previewFile', () => {
	it('reads a Windows-1252 file from Dutch Excel with its accents', async () => {
		const text = `${header}\r\n;Caf\xe9 in de ru\xefne;;4-6;Opening;Gevoelens;Spel;10;4;8;;;;Stap;;;;;;;;;\r\n`;
		const bytes = Buffer.from(text, 'latin1');
		expect(bytes.includes(0xef)).toBe(true);
		const result = await previewFile(new File([bytes], 'excel.csv'), []);
		expect(result.ok && result.preview.added.map((a) => [a.draft.title, a.draft.themes])).toEqual([
			['Café in de ruïne', ['feelings']]
		]);
	});

	it('refuses a UTF-16 file with a message that names the encodings', async () => {
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]);
		const result = await previewFile(new File([bytes], 'unicode.txt'), []);
		expect(result).toEqual({
			ok: false,
			message: expect.stringContaining('UTF-8 of Windows-1252')
		});
	});
});
