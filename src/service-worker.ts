/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline: every build file, static file and prerendered page shell is cached per app version.
 * Pages: network first, else the cached page, else the app shell (`/200.html`, `/`) for any
 * path, so a deep link with a query string opens offline too. Other files: cache first.
 * A new version waits until the user chooses to reload (the "update available" banner).
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `kies-${version}`;
const SHELLS = [`${base}/200.html`, `${base}/`];
// The CJK font (10 MB) is fetched the first time a document needs it and cached then, not
// downloaded by every device on every update.
const ON_DEMAND = /NotoSansSC/;
const ASSETS = [...new Set([...build, ...files, ...prerendered])].filter(
	(path) => !ON_DEMAND.test(path)
);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
			// The SPA fallback is written by the adapter after the build lists are made.
			const fallback = await fetch(SHELLS[0]).catch(() => null);
			if (fallback?.ok) await cache.put(SHELLS[0], fallback);
			// The very first install takes control at once; an update waits for the user.
			if (!sw.registration.active) await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('kies-') && key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function cachedShell(cache: Cache, url: URL): Promise<Response | undefined> {
	const page = await cache.match(url.pathname);
	if (page) return page;
	for (const shell of SHELLS) {
		const found = await cache.match(shell);
		if (found) return found;
	}
	return undefined;
}

async function navigate(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok || response.status === 404) return response;
		return (await cachedShell(cache, new URL(request.url))) ?? response;
	} catch (err) {
		const shell = await cachedShell(cache, new URL(request.url));
		if (shell) return shell;
		throw err;
	}
}

async function asset(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request, { ignoreSearch: true });
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
	return response;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(request.mode === 'navigate' ? navigate(request) : asset(request));
});
