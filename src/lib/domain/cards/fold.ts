/** Folds text for matching: no accents, no case ("Ruïne" → "ruine", "Şeyma" → "seyma"). */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}
