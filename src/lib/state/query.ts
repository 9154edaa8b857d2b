import { building } from '$app/environment';
import { page } from '$app/state';

/**
 * The page's query string. Section pages are prerendered with their shell (header, title,
 * loading state); a query string only exists in the browser, so while prerendering it is empty.
 */
export function queryParams(): URLSearchParams {
	return building ? new URLSearchParams() : page.url.searchParams;
}
