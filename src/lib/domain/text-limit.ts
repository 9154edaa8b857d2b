/**
 * Whether pasting into a field with a maximum length cuts the pasted text, and to how many
 * characters the field then holds (the browser cuts a paste at `maxlength` without a word;
 * the app says so, issue 21). Lengths in UTF-16 code units, as `maxlength` counts them.
 */
export function pasteCut(
	maxLength: number,
	valueLength: number,
	selectionLength: number,
	pastedLength: number
): boolean {
	if (!Number.isFinite(maxLength) || maxLength <= 0) return false;
	const room = maxLength - (valueLength - selectionLength);
	return pastedLength > Math.max(0, room);
}
