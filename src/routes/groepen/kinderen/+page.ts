// This page shows one record named in the query string, which only the browser has:
// its shell is prerendered empty and the page renders in the browser.
export const ssr = false;
