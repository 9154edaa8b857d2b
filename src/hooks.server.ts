import type { Handle } from '@sveltejs/kit';

/**
 * Pages are prerendered with their shell (header, title, the page's static text). The browser
 * paints that first; only then does the page fetch and start the app's code, all files at once.
 * Without this, the first paint waits for every module the page preloads: from a local cache
 * they arrive before the first frame, and on a slow line they compete with the page itself.
 * The fallback timer keeps a page opened in a background tab (no animation frames) starting.
 */
const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const BOOT = /Promise\.all\(\[(\s*import\([^)]*\),\s*import\([^)]*\)\s*)\]\)\.then\(/;

export function paintFirst(html: string): string {
	const modules: string[] = [];
	const boot = BOOT.exec(html);
	if (!boot) return html;
	const head = html.slice(0, boot.index).replace(PRELOAD, (_, href: string) => {
		modules.push(href);
		return '';
	});
	const start =
		`new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 100); })` +
		`.then(() => { for (const href of ${JSON.stringify(modules)}) { const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link); } })` +
		`.then(() => Promise.all([${boot[1]}])).then(`;
	return head + start + html.slice(boot.index + boot[0].length);
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => paintFirst(html) });
