// Every route is prerendered, so any page opens directly from a static host or offline.
// Section pages are prerendered with their text (header, title, static content); the data lives
// in IndexedDB and fills in in the browser. Pages that show one record named in the query string
// set `ssr = false` in their own +page.ts and are prerendered as an empty shell.
export const ssr = true;
export const prerender = true;
export const trailingSlash = 'never';
