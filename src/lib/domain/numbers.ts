/**
 * Numbers and percentages for people, in Dutch or English. Apart from `./dates` (which
 * re-exports these) so the layout can format a size without loading the date library.
 */
type Lang = 'nl' | 'en';

// The first Intl.NumberFormat of a page loads the language's number data: on a slow tablet that
// was most of the overview's first render. Below 1000 the two languages differ only in the
// decimal sign, so those numbers are written directly, rounded as Intl rounds (half away from
// zero, on the shortest decimal form of the number); a spec checks them against Intl. Anything
// else goes through Intl, one formatter per kind, made once.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, kind: string, options: Intl.NumberFormatOptions) {
	const key = `${lang}|${kind}`;
	let formatter = numberFormats.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', options);
		numberFormats.set(key, formatter);
	}
	return formatter;
}

/**
 * `value × 10^shift` rounded to `max` decimals (trailing zeros kept down to `min`), without
 * grouping or sign; null when that needs Intl (1000 or more, exponent form, or negative zero).
 */
function plainDecimal(value: number, shift: number, max: number, min: number): string | null {
	const shortest = String(Math.abs(value));
	if (!/^\d+(\.\d+)?$/.test(shortest)) return null;
	const [whole, fraction = ''] = shortest.split('.');
	// Move the decimal point `shift` places to the right, on the digits themselves.
	const digits = whole + fraction.padEnd(shift, '0');
	const point = whole.length + shift;
	const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
	const fracPart = digits.slice(point);
	let kept = Number(intPart + fracPart.slice(0, max).padEnd(max, '0'));
	if (fracPart.length > max && fracPart.charCodeAt(max) >= 53 /* '5' */) kept += 1;
	let text = String(kept).padStart(max + 1, '0');
	if (max > 0) text = `${text.slice(0, -max)}.${text.slice(-max)}`;
	while (max > min && text.endsWith('0')) {
		text = text.slice(0, -1);
		max -= 1;
	}
	if (text.endsWith('.')) text = text.slice(0, -1);
	return /^\d{1,3}(\.|$)/.test(text) ? text : null;
}

/** A number for people, with the language's separators. */
export function formatNumber(
	value: number,
	lang: Lang,
	fractionDigits = 0,
	minimumFractionDigits = fractionDigits
): string {
	const plain =
		Object.is(value, -0) || fractionDigits > 6
			? null
			: plainDecimal(value, 0, fractionDigits, minimumFractionDigits);
	if (plain !== null && !(value < 0 && /^[0.]+$/.test(plain))) {
		const signed = value < 0 ? `-${plain}` : plain;
		return lang === 'nl' ? signed.replace('.', ',') : signed;
	}
	return numberFormat(lang, `n${minimumFractionDigits}-${fractionDigits}`, {
		minimumFractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(value);
}

/** A share 0..1 as a percentage for people ("87%"). */
export function formatPercent(share: number, lang: Lang): string {
	const plain = share >= 0 && !Object.is(share, -0) ? plainDecimal(share, 2, 0, 0) : null;
	if (plain !== null) return `${plain}%`;
	return numberFormat(lang, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}
