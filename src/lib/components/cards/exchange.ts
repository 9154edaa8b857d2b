/** Reading a chosen file into an import preview, and offering files for download. */
import { errorMessage } from '$lib/domain/errors';
import { m } from '$lib/i18n';
import type { Card } from '$lib/model';
import { importErrorText } from '$lib/import-errors';
import { ImportError, MAX_IMPORT_BYTES } from '$lib/domain/envelope';
import {
	CsvEncodingError,
	csvToDrafts,
	decodeCsv,
	MissingColumnsError
} from '$lib/domain/cards/csv';
import { jsonToIncoming } from '$lib/domain/cards/json';
import { previewImport, type ImportPreview } from '$lib/domain/cards/import-preview';

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; message: string };

/** Recognises JSON or CSV by content and builds the preview; never writes. */
export async function previewFile(file: File, existing: readonly Card[]): Promise<PreviewResult> {
	try {
		if (file.size > MAX_IMPORT_BYTES) throw new ImportError('too-large');
		const bytes = new Uint8Array(await file.arrayBuffer());
		let text: string;
		try {
			text = decodeCsv(bytes);
		} catch (err) {
			if (err instanceof CsvEncodingError)
				return { ok: false, message: m.cards_import_csv_encoding() };
			throw err;
		}
		const isJson = /^\s*[{[]/.test(text);
		if (isJson) return { ok: true, preview: previewImport(await jsonToIncoming(text), existing) };
		if (text.trim() === '') throw new ImportError('empty');
		try {
			return { ok: true, preview: previewImport(csvToDrafts(text), existing) };
		} catch (err) {
			if (err instanceof MissingColumnsError) {
				return {
					ok: false,
					message: m.cards_import_csv_missing({ columns: err.columns.join(', ') })
				};
			}
			const detail = errorMessage(err);
			return { ok: false, message: m.cards_import_csv_failed({ detail }) };
		}
	} catch (err) {
		return { ok: false, message: importErrorText(err) };
	}
}
