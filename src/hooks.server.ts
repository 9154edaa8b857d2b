import type { Handle } from '@sveltejs/kit';
import { inlineScriptHashes } from '../scripts/csp.js';

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

/**
 * SvelteKit hashes its boot script before the rewrite above: put the rewritten script's hash in
 * its place in the policy (the prerendered page's <meta> tag, or the header in dev), then make
 * sure every inline script of the page is allowed by a hash. A page that would not start under
 * its own policy fails the build instead of reaching a coach.
 */
export function rehash(before: string, after: string, policy: string): string {
	const old = inlineScriptHashes(before);
	const now = inlineScriptHashes(after);
	let result = policy;
	old.forEach((hash, i) => {
		if (now[i] && now[i] !== hash) result = result.replace(`'${hash}'`, `'${now[i]}'`);
	});
	const scriptSrc = / script-src ([^;]*)/.exec(` ${result}`)?.[1] ?? '';
	for (const hash of now) {
		if (!scriptSrc.includes(`'${hash}'`)) {
			throw new Error(`CSP: an inline script of the page has no hash in the policy (${hash})`);
		}
	}
	return result;
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** paintFirst plus the policy that lets exactly the rewritten scripts run. */
export function transformPage(html: string): { html: string; rehashPolicy: (p: string) => string } {
	const painted = paintFirst(html);
	const rehashPolicy = (policy: string) => rehash(html, painted, policy);
	const meta = META.exec(painted);
	if (!meta) return { html: painted, rehashPolicy };
	// The policy's sources ('self', hashes, origins) hold nothing that HTML escapes.
	const policy = rehash(html, painted, meta[2]);
	return {
		html: painted.replace(META, (_, open, _p, close) => open + policy + close),
		rehashPolicy
	};
}

export const handle: Handle = async ({ event, resolve }) => {
	let rehashPolicy: ((policy: string) => string) | null = null;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = transformPage(html);
			rehashPolicy = page.rehashPolicy;
			return page.html;
		}
	});
	// In dev (no prerendering) the policy travels as a header.
	const header = response.headers.get('content-security-policy');
	if (header && rehashPolicy) {
		response.headers.set(
			'content-security-policy',
			(rehashPolicy as (p: string) => string)(header)
		);
	}
	return response;
};
