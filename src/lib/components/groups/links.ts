/** Links between the pages of the groups area (static routes, ids in the query string). */
import { resolve } from '$app/paths';

type GroupPath =
	| '/groepen'
	| '/groepen/groep'
	| '/groepen/nieuw'
	| '/groepen/sessie'
	| '/groepen/run'
	| '/groepen/toevoegen'
	| '/groepen/scholen'
	| '/groepen/sjablonen'
	| '/groepen/kinderen'
	| '/groepen/aanwezigheid'
	| '/print'
	| '/werkvormen/kaart';

/** A path in the app with a query string, e.g. `/groepen/groep?id=…`. */
export function linkTo(path: GroupPath, params: Record<string, string> = {}): string {
	const query = new URLSearchParams(params).toString();
	// The route list is typed for resolve(); the print and card pages are other helpers' routes.
	const base = resolve(path as '/groepen');
	return query ? `${base}?${query}` : base;
}
