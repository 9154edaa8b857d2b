import { liveQuery } from 'dexie';

/**
 * A Dexie liveQuery as Svelte 5 state: `{ current, isLoading, error }`.
 * Create it while a component initialises. `deps` reads the reactive values the
 * query depends on; when they change the query is re-subscribed with the new values.
 */
export class LiveQueryState<T, A = undefined> {
	current = $state.raw<T | undefined>(undefined);
	isLoading = $state(true);
	error = $state.raw<Error | null>(null);

	constructor(querier: (args: A) => T | Promise<T>, deps: () => A = () => undefined as A) {
		$effect(() => {
			const args = deps();
			this.isLoading = true;
			const subscription = liveQuery(() => querier(args)).subscribe({
				next: (value) => {
					this.current = value;
					this.error = null;
					this.isLoading = false;
				},
				error: (err: unknown) => {
					this.error = err instanceof Error ? err : new Error(String(err));
					this.isLoading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}

/** Shorthand for `new LiveQueryState(querier, deps)`. */
export function live<T, A = undefined>(
	querier: (args: A) => T | Promise<T>,
	deps?: () => A
): LiveQueryState<T, A> {
	return new LiveQueryState(querier, deps);
}
