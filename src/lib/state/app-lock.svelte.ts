/**
 * The app lock as the pages see it (issue 22): whether it is on, whether it is open now, and
 * the idle timer (the signal log's CareLock, so both lock alike). The data key itself stays in
 * db/app-lock.ts's memory; a reload always starts locked.
 */
import { CareLock } from './care-lock.svelte';
import {
	appLockIdleMinutes,
	appLockStatus,
	disableAppLock,
	enableAppLock,
	lockApp,
	unlockApp
} from '$lib/db/app-lock';

class AppLockState extends CareLock {
	enabled = $state(false);
	loaded = $state(false);

	/** Reads the lock's state from the database (after it was opened). */
	async refresh(): Promise<void> {
		this.enabled = appLockStatus().enabled;
		if (this.enabled)
			this.loadIdleMinutes(await appLockIdleMinutes().catch(() => this.idleMinutes));
		this.loaded = true;
	}

	async turnOn(passcode: string, idleMinutes: number): Promise<void> {
		await enableAppLock(passcode, undefined, undefined, idleMinutes);
		this.chooseIdleMinutes(idleMinutes);
		this.enabled = true;
		this.#hold();
	}

	async turnOff(passcode: string): Promise<void> {
		await disableAppLock(passcode);
		super.lock('manual');
		this.enabled = false;
		this.lockedBecause = null;
	}

	async open(passcode: string): Promise<void> {
		await unlockApp(passcode);
		this.#hold();
	}

	/** The timer and the state's "unlocked" follow the key held in db (never the key itself). */
	#hold(): void {
		super.unlock({} as CryptoKey);
	}

	override lock(reason: 'idle' | 'manual' = 'manual'): void {
		lockApp();
		super.lock(reason);
	}
}

export const appLock = new AppLockState();
