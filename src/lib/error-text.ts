/**
 * The user's-language text for errors that the browser raises (IndexedDB, storage, files):
 * what happened and what to do, with the browser's own words after it as detail, never instead.
 */
import { errorDetail, setErrorDescriber } from '$lib/domain/errors';
import { m } from '$lib/i18n';

/** Error names (DOMException and Dexie's) and the text for each. */
const texts: Record<string, () => string> = {
	DatabaseClosedError: () => m.app_error_db_closed(),
	InvalidStateError: () => m.app_error_db_closed(),
	VersionError: () => m.app_error_db_version(),
	QuotaExceededError: () => m.app_error_quota(),
	UnknownError: () => m.app_error_storage(),
	OpenFailedError: () => m.app_error_storage(),
	MissingAPIError: () => m.app_error_no_storage(),
	SecurityError: () => m.app_error_no_storage(),
	AppLockedError: () => m.lock_error_locked()
};

function errorName(err: unknown): string | null {
	if (
		!(err instanceof Error) &&
		!(typeof DOMException !== 'undefined' && err instanceof DOMException)
	)
		return null;
	const inner = (err as { inner?: unknown }).inner;
	// Dexie wraps the browser's error (an AbortError of a transaction hides a QuotaExceededError).
	if (inner instanceof Error && texts[inner.name]) return inner.name;
	return err.name;
}

/** A write the field rules refused (db/field-rules.ts), possibly wrapped by Dexie. */
function fieldRuleText(err: unknown): string | null {
	const inner = (err as { inner?: unknown } | null)?.inner;
	const found = [err, inner].find(
		(e): e is { name: string; table: string; field: string } =>
			e instanceof Error && e.name === 'FieldRuleError'
	);
	return found ? m.app_error_field_rule({ field: `${found.table}.${found.field}` }) : null;
}

/** The text for `err` when it is one of the browser's errors above, else null. */
export function browserErrorText(err: unknown): string | null {
	const rule = fieldRuleText(err);
	if (rule) return rule;
	// pdf/writer.ts: a text so long the document would pass its page limit.
	if (err instanceof Error && err.name === 'PdfTooLongError') {
		const max = (err as { maxPages?: number }).maxPages ?? 500;
		return m.app_error_pdf_too_long({ max: String(max) });
	}
	const name = errorName(err);
	const text = name ? texts[name] : undefined;
	return text ? `${text()} (${m.app_error_detail({ detail: errorDetail(err) })})` : null;
}

setErrorDescriber(browserErrorText);
