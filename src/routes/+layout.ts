// All data lives in IndexedDB, so pages render in the browser only. Each route is still
// prerendered as a shell, so any page can be opened directly from a static host or offline.
export const ssr = true;
export const prerender = true;
export const trailingSlash = 'never';
