/**
 * The pure parts of the files the app writes: names that are safe on every system, and the one
 * CSV dialect (Dutch Excel: `;`, CRLF, a UTF-8 BOM, formulas made harmless). The browser's save
 * is `components/ui/files.ts`.
 */
import Papa from 'papaparse';
import { foldText } from './cards/fold';

/** Lower case, accents folded, anything else than a-z and 0-9 becomes a single dash; at most 60. */
export function slug(text: string, fallback = 'kies'): string {
	const folded = foldText(text)
		.replace(/ß/g, 'ss')
		.replace(/ł/g, 'l')
		.replace(/ø/g, 'o')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return folded || fallback;
}

/** A file name from its parts, empty parts left out: `fileName(['plan', 'vlinders', '3'], 'pdf')`. */
export function fileName(parts: readonly string[], extension: string): string {
	return `${parts.filter(Boolean).join('-') || 'kies'}.${extension}`;
}

/** A file name without characters that file systems refuse (the words themselves stay). */
export function safeFileName(text: string): string {
	return text.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'kies';
}

/** The byte order mark that makes Excel read a CSV as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** The type a CSV file is saved with. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** Rows as a CSV text for Dutch spreadsheets: `;`, CRLF, a BOM, and no cell Excel would run. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return (
		CSV_BOM +
		Papa.unparse(rows as string[][], {
			delimiter: ';',
			escapeFormulae: true,
			newline: '\r\n',
			header: false
		})
	);
}
