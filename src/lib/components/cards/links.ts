/** Links to card pages and to the pages cards lead to (static routes, ids in the query string). */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

type CardPath =
	| '/werkvormen'
	| '/werkvormen/kaart'
	| '/werkvormen/bewerk'
	| '/werkvormen/uitwisselen'
	| '/groepen/toevoegen'
	| '/print';

/** A path with a query string, e.g. `/werkvormen/kaart?id=…`; empty values are left out. */
export function cardLink(
	path: CardPath,
	params: Record<string, string> | URLSearchParams = {}
): ResolvedPathname {
	const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params);
	const query = new URLSearchParams(entries.filter(([, value]) => value !== '')).toString();
	// /print belongs to another helper and may not be in the typed route list yet.
	const base = resolve(path as '/werkvormen');
	return (query ? `${base}?${query}` : base) as ResolvedPathname;
}
