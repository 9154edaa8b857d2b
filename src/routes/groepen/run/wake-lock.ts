/**
 * Keeps the screen on while the session runs (Screen Wake Lock API). The browser releases the
 * lock when the tab is hidden, so it is asked for again when the tab is visible again.
 */
export type AwakeState = 'on' | 'unsupported' | 'off';

export interface ScreenAwake {
	/** Asks again (e.g. on Start, a user gesture), when the lock is not held. */
	retry: () => void;
	release: () => void;
}

export function keepScreenAwake(report: (state: AwakeState) => void): ScreenAwake {
	if (typeof navigator === 'undefined' || !('wakeLock' in navigator)) {
		report('unsupported');
		return { retry: () => {}, release: () => {} };
	}
	let sentinel: WakeLockSentinel | null = null;
	let stopped = false;

	async function acquire() {
		try {
			sentinel = await navigator.wakeLock.request('screen');
			if (stopped) {
				await sentinel.release();
				return;
			}
			report('on');
			sentinel.addEventListener('release', () => {
				if (!stopped) report('off');
			});
		} catch {
			// Refused (battery saver, no user gesture yet, hidden tab): the timer still works.
			report('off');
		}
	}

	const onVisibility = () => {
		if (document.visibilityState === 'visible') void acquire();
	};
	document.addEventListener('visibilitychange', onVisibility);
	void acquire();
	const release = () => {
		stopped = true;
		document.removeEventListener('visibilitychange', onVisibility);
		// Releasing an already released lock rejects; there is nothing left to do then.
		void sentinel?.release().catch(() => undefined);
	};
	return {
		retry: () => {
			if (!sentinel || sentinel.released) void acquire();
		},
		release
	};
}
