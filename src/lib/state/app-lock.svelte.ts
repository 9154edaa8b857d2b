/**
 * The app lock as the pages see it (issue 22): whether it is on, whether it is open now, and
 * the idle timer (the signal log's CareLock, so both lock alike). The data key itself stays in
 * db/app-lock.ts's memory; a reload always starts locked. Every other open tab follows a lock,
 * unlock, or the lock turned on or off at once (db/app-lock-tabs.ts).
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
import { followOtherTabs, tellOtherTabs, type LockEvent } from '$lib/db/app-lock-tabs';
import { syncStatus } from './sync.svelte';

/** Shared groups wait while the lock is closed (their keys are sealed) and go on after. */
function syncFollows(unlocked: boolean): void {
	(unlocked ? syncStatus.appUnlocked() : syncStatus.appLocked()).catch((err: unknown) =>
		console.error('sync after the app lock', err)
	);
}

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

	#following = false;

	/** Follows what the other tabs do with the lock (once, after the database was opened). */
	followTabs(): void {
		if (this.#following) return;
		this.#following = true;
		followOtherTabs((event) => void this.#fromOtherTab(event));
	}

	async #fromOtherTab(event: LockEvent): Promise<void> {
		if (event === 'locked') {
			super.lock('manual');
			syncFollows(false);
		} else if (event === 'off') {
			super.lock('manual');
			this.enabled = false;
			this.lockedBecause = null;
		} else {
			if (event === 'on') {
				this.enabled = true;
				this.loadIdleMinutes(await appLockIdleMinutes().catch(() => this.idleMinutes));
			}
			this.#hold();
			if (event === 'unlocked') syncFollows(true);
		}
	}

	async turnOn(passcode: string, idleMinutes: number): Promise<void> {
		await enableAppLock(passcode, undefined, undefined, idleMinutes);
		this.chooseIdleMinutes(idleMinutes);
		this.enabled = true;
		this.#hold();
		tellOtherTabs('on');
	}

	async turnOff(passcode: string): Promise<void> {
		await disableAppLock(passcode);
		super.lock('manual');
		this.enabled = false;
		this.lockedBecause = null;
		tellOtherTabs('off');
	}

	async open(passcode: string): Promise<void> {
		await unlockApp(passcode);
		this.#hold();
		tellOtherTabs('unlocked');
		syncFollows(true);
	}

	/** The timer and the state's "unlocked" follow the key held in db (never the key itself). */
	#hold(): void {
		super.unlock({} as CryptoKey);
	}

	/** Locks this tab; a lock by hand locks every tab, an idle one only this (the others may be in use). */
	override lock(reason: 'idle' | 'manual' = 'manual'): void {
		lockApp();
		super.lock(reason);
		syncFollows(false);
		if (reason === 'manual') tellOtherTabs('locked');
	}
}

export const appLock = new AppLockState();
