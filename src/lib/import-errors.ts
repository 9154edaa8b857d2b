/** The user's-language text for an import that failed; nothing was written. */
import { m } from '$lib/i18n';
import { ImportError, type FieldReason, type ImportErrorCode } from '$lib/domain/envelope';
import { WrongPassphraseError } from '$lib/domain/crypto';

const texts: Record<ImportErrorCode, (detail: string) => string> = {
	'too-large': () => m.import_error_too_large(),
	empty: () => m.import_error_empty(),
	'not-json': () => m.import_error_not_json(),
	truncated: () => m.import_error_truncated(),
	'too-deep': () => m.import_error_too_deep(),
	'wrong-format': () => m.import_error_wrong_format(),
	'newer-version': () => m.import_error_newer_version(),
	checksum: () => m.import_error_checksum(),
	invalid: (detail) => m.import_error_invalid({ detail }),
	encrypted: () => m.import_error_encrypted(),
	'wrong-passphrase': () => m.import_error_wrong_passphrase(),
	unsigned: () => m.import_error_unsigned(),
	signature: () => m.import_error_signature(),
	'coach-key': () => m.import_error_coach_key()
};

const reasons: Record<FieldReason, () => string> = {
	'too-long': () => m.import_reason_too_long(),
	format: () => m.import_reason_format(),
	range: () => m.import_reason_range(),
	choice: () => m.import_reason_choice(),
	reference: () => m.import_reason_reference(),
	duplicate: () => m.import_reason_duplicate(),
	type: () => m.import_reason_type()
};

/** A clear message for any error an import raised, ending with "nothing was changed". */
export function importErrorText(err: unknown): string {
	let text: string;
	if (err instanceof ImportError) {
		text = texts[err.code](err.detail);
		if (err.reason) text += ` ${reasons[err.reason]()}`;
	} else if (err instanceof WrongPassphraseError) text = texts['wrong-passphrase']('');
	else text = err instanceof Error ? err.message : String(err);
	return `${text} ${m.import_error_nothing_written()}`;
}
