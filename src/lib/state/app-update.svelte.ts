/**
 * Registers the service worker (production builds only; svelte.config.js turns off SvelteKit's
 * own registration) and tells when a new version waits. The page never reloads on its own:
 * the user chooses when, so unsaved work is never interrupted.
 */
import { errorMessage } from '$lib/domain/errors';
import { dev } from '$app/environment';

class AppUpdate {
	/** A new version is installed and waits for the user. */
	available = $state(false);
	error = $state<string | null>(null);
	#waiting: ServiceWorker | null = null;
	#registered = false;

	async register(): Promise<void> {
		if (dev || this.#registered || !('serviceWorker' in navigator)) return;
		this.#registered = true;
		// The worker's install downloads every file of the app for offline use: let the page
		// finish loading first, so that download never competes with the page the coach opened.
		if (document.readyState !== 'complete') {
			await new Promise((done) => window.addEventListener('load', done, { once: true }));
		}
		try {
			const registration = await navigator.serviceWorker.register('/service-worker.js', {
				type: 'classic'
			});
			this.#watch(registration);
			// Look for a new version when the coach comes back to the app.
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') {
					registration.update().catch((err: unknown) => {
						// Offline or server down: the current version keeps working.
						console.info('service worker update check failed', err);
					});
				}
			});
		} catch (err) {
			this.error = errorMessage(err);
			console.error('service worker registration failed', err);
		}
	}

	#watch(registration: ServiceWorkerRegistration): void {
		const offer = (worker: ServiceWorker | null) => {
			// Without a controller this is the first install, not an update.
			if (worker && navigator.serviceWorker.controller) {
				this.#waiting = worker;
				this.available = true;
			}
		};
		offer(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed') offer(installing);
			});
		});
	}

	/** Activates the waiting version and reloads, when the user asks for it. */
	apply(): void {
		if (!this.#waiting) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		this.#waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismiss(): void {
		this.available = false;
	}
}

export const appUpdate = new AppUpdate();
