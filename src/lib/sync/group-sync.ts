/**
 * One shared group on this device: its Y.Doc (kept by y-dexie), the mirror with the tables,
 * the connection to the server (Hocuspocus provider) and the sync state the screen shows.
 */
import {
	HocuspocusProvider,
	HocuspocusProviderWebsocket,
	WebSocketStatus
} from '@hocuspocus/provider';
import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { applySharedChanges, sharedRowsOf } from '$lib/db/shared';
import {
	sharedDoc,
	updateShare,
	type DeviceSignin,
	type RefusalCode,
	type ShareRecord
} from '$lib/db/sync-store';
import { GroupCipher, importGroupKey } from './crypto';
import { FieldCodec } from './codec';
import { GroupMirror, LOCAL_ORIGIN } from './mirror';
import { followTables } from './watch';
import { currentKeyId, publishDevice, receiveKeys, type ThisDevice } from './keys';
import { socketUrl } from './api';

/** `locked`: the app lock is closed, so the group key is sealed; sync waits for the passcode. */
export type SyncPhase = 'connecting' | 'synced' | 'pending' | 'offline' | 'refused' | 'locked';

export interface GroupSyncState {
	phase: SyncPhase;
	/** Offline since, or last fully synced at (ISO). */
	since: string | null;
	reason: RefusalCode | null;
	/** Changes on this device the server has not confirmed. */
	pending: boolean;
	/** Fields this device could not decrypt (a missing key). */
	unreadable: number;
}

const REFUSALS: readonly string[] = [
	'unauthorized',
	'forbidden',
	'not-found',
	'too-large',
	'rate-limited',
	'limit-reached'
];

export function refusalOf(reason: string): RefusalCode {
	const code = reason.trim();
	return (REFUSALS.includes(code) ? code : 'forbidden') as RefusalCode;
}

export class GroupSync {
	doc!: Y.Doc;
	mirror!: GroupMirror;
	cipher!: GroupCipher;
	private provider: HocuspocusProvider | null = null;
	private socket: HocuspocusProviderWebsocket | null = null;
	private unfollow: () => void = () => {};
	private connected = false;
	private synced = false;
	private unsynced = 0;
	/** The write of `pendingSince` after a local change, awaited before the tables are patched. */
	private pendingWrite: Promise<unknown> = Promise.resolve();
	/** True while the mirror puts a local change into the doc (the provider has not counted it yet). */
	private writingLocal = false;
	private stopped = false;
	private readonly cleanups: (() => void)[] = [];
	/** Called when this device took a new group key (for the backup copy of the shares). */
	onKeysChanged: () => void = () => {};

	constructor(
		public share: ShareRecord,
		private readonly signin: DeviceSignin,
		private readonly onState: (groupId: string, state: GroupSyncState) => void
	) {}

	get groupId(): string {
		return this.share.groupId;
	}

	get device(): ThisDevice {
		return {
			deviceId: this.signin.deviceId,
			accountId: this.signin.account.id,
			name: this.signin.account.name,
			privateKey: this.signin.privateKey,
			publicJwk: this.signin.publicJwk
		};
	}

	/** Loads the doc, reconciles it with the tables and connects. */
	async start(): Promise<void> {
		this.doc = await sharedDoc(this.groupId);
		const local = DexieYProvider.load(this.doc);
		await local.whenLoaded;
		this.cleanups.push(() => DexieYProvider.release(this.doc));
		const entries = Object.entries(this.share.keys);
		this.cipher = new GroupCipher(
			this.groupId,
			this.share.keyId,
			await importGroupKey(this.share.keys[this.share.keyId])
		);
		for (const [keyId, raw] of entries) this.cipher.addKey(keyId, await importGroupKey(raw));
		const codec = new FieldCodec(this.cipher);
		this.mirror = new GroupMirror(
			this.groupId,
			this.doc,
			{
				read: (id) => sharedRowsOf(id),
				// The 'changes waiting' mark is on disk before the tables show a local change as
				// kept: a page closed right after it still knows the change waits (issue 16).
				apply: async (changes) => {
					await this.pendingWrite;
					await applySharedChanges(changes);
				},
				// ...and before the doc holds the change: y-dexie stores the doc on its own, so a
				// page closed in between would otherwise keep a change with no mark that it waits.
				beforeLocalWrite: async () => {
					this.writingLocal = true;
					this.notePending();
					await this.pendingWrite;
				},
				afterLocalWrite: () => {
					this.writingLocal = false;
					// The provider counted the change by now; with nothing new to send, all is confirmed.
					if (this.provider) this.afterSync();
				}
			},
			codec,
			() => ({ accountId: this.signin.account.id, name: this.signin.account.name })
		);
		this.mirror.onError = (err) => console.error('sync mirror', err);
		const onUpdate = (_u: Uint8Array, origin: unknown) => {
			if (origin === LOCAL_ORIGIN) this.notePending();
			else void this.takeNewKeys();
			this.emit();
		};
		this.doc.on('update', onUpdate);
		this.cleanups.push(() => this.doc.off('update', onUpdate));
		await this.mirror.start();
		this.unfollow = followTables(this.mirror, () => sharedRowsOf(this.groupId));
		await publishDevice(
			this.doc,
			this.groupId,
			this.device,
			this.share.keyId,
			this.share.keys[this.share.keyId]
		);
		this.connect();
		const online = () => this.connect();
		const offline = () => this.disconnect();
		if (typeof window !== 'undefined') {
			window.addEventListener('online', online);
			window.addEventListener('offline', offline);
			this.cleanups.push(() => {
				window.removeEventListener('online', online);
				window.removeEventListener('offline', offline);
			});
		}
		this.emit();
	}

	/** Notes on disk that this device has changes the server has not confirmed. */
	private notePending(): void {
		if (this.share.pendingSince) return;
		const at = new Date().toISOString();
		this.share = { ...this.share, pendingSince: at };
		this.pendingWrite = updateShare(this.groupId, { pendingSince: at }).catch((err) =>
			console.error('sync pending', err)
		);
	}

	/** Keys someone re-keyed to, wrapped for this device. */
	private async takeNewKeys(): Promise<void> {
		const wanted = currentKeyId(this.doc);
		if (!wanted || this.share.keys[wanted]) return;
		const found = await receiveKeys(this.doc, this.groupId, this.device, this.share.keys);
		if (found.length === 0) return;
		const keys = { ...this.share.keys };
		for (const { keyId, raw, key } of found) {
			keys[keyId] = raw;
			this.cipher.addKey(keyId, key, keyId === wanted);
		}
		const keyId = keys[wanted] ? wanted : this.share.keyId;
		this.share = { ...this.share, keys, keyId };
		await updateShare(this.groupId, { keys, keyId });
		this.onKeysChanged();
		await publishDevice(this.doc, this.groupId, this.device, keyId, keys[keyId]);
		this.mirror.remoteChanged();
	}

	/** Uses a new key from now on (this device re-keyed after removing a member). */
	async useKey(keyId: string, raw: string, key: CryptoKey): Promise<void> {
		const keys = { ...this.share.keys, [keyId]: raw };
		this.cipher.addKey(keyId, key, true);
		this.share = { ...this.share, keys, keyId };
		await updateShare(this.groupId, { keys, keyId });
		await this.mirror.resealAll();
		await publishDevice(this.doc, this.groupId, this.device, keyId, raw);
	}

	connect(): void {
		if (this.stopped || this.share.refused) return;
		if (typeof navigator !== 'undefined' && navigator.onLine === false) {
			this.markOffline();
			return;
		}
		if (this.provider) {
			void this.socket?.connect();
			return;
		}
		this.socket = new HocuspocusProviderWebsocket({
			url: socketUrl(this.share.server),
			delay: 500,
			minDelay: 500,
			factor: 1.5,
			maxDelay: 4000,
			maxAttempts: 0
		});
		this.provider = new HocuspocusProvider({
			websocketProvider: this.socket,
			name: `group:${this.groupId}`,
			document: this.doc,
			token: this.signin.deviceToken,
			onStatus: ({ status }) => {
				this.connected = status === WebSocketStatus.Connected;
				if (!this.connected) {
					this.synced = false;
					this.markOffline();
				}
				this.emit();
			},
			onSynced: ({ state }) => {
				this.synced = state;
				this.afterSync();
			},
			onUnsyncedChanges: ({ number }) => {
				this.unsynced = number;
				this.afterSync();
			},
			onAuthenticationFailed: ({ reason }) => {
				void this.refuse(refusalOf(reason));
			}
		});
		this.provider.attach();
	}

	private afterSync(): void {
		// While a local change is on its way into the doc, the provider has not counted it: an
		// acknowledgement of the earlier changes does not cover it.
		if (this.connected && this.synced && this.unsynced === 0 && !this.writingLocal) {
			const at = new Date().toISOString();
			this.share = { ...this.share, pendingSince: null, offlineSince: null, syncedAt: at };
			void updateShare(this.groupId, { pendingSince: null, offlineSince: null, syncedAt: at });
		}
		this.emit();
	}

	private markOffline(): void {
		if (this.share.offlineSince || this.share.refused) return;
		const at = new Date().toISOString();
		this.share = { ...this.share, offlineSince: at };
		void updateShare(this.groupId, { offlineSince: at });
		this.emit();
	}

	/** The server refused this device or this group: stop trying until asked again. */
	async refuse(reason: RefusalCode): Promise<void> {
		this.share = { ...this.share, refused: reason };
		await updateShare(this.groupId, { refused: reason });
		this.disconnect();
		this.emit();
	}

	/** Try again after a refusal (for example after signing in again). */
	async retry(): Promise<void> {
		this.share = { ...this.share, refused: null };
		await updateShare(this.groupId, { refused: null });
		this.connect();
		this.emit();
	}

	disconnect(): void {
		this.socket?.disconnect();
		this.connected = false;
		this.synced = false;
		this.markOffline();
		this.emit();
	}

	/** Waits until the server has confirmed everything (or the time is up). */
	async whenSynced(timeoutMs = 15000): Promise<boolean> {
		const end = Date.now() + timeoutMs;
		while (Date.now() < end) {
			if (this.state().phase === 'synced') {
				await this.mirror.idle();
				return true;
			}
			if (this.share.refused) return false;
			await new Promise((r) => setTimeout(r, 100));
		}
		return false;
	}

	state(): GroupSyncState {
		const unreadable = 0;
		if (this.share.refused)
			return {
				phase: 'refused',
				since: null,
				reason: this.share.refused,
				pending: Boolean(this.share.pendingSince),
				unreadable
			};
		if (!this.connected)
			return {
				phase: this.share.offlineSince ? 'offline' : 'connecting',
				since: this.share.offlineSince,
				reason: null,
				pending: Boolean(this.share.pendingSince) || this.unsynced > 0,
				unreadable
			};
		if (!this.synced || this.unsynced > 0)
			return {
				phase: 'pending',
				since: this.share.syncedAt,
				reason: null,
				pending: true,
				unreadable
			};
		return {
			phase: 'synced',
			since: this.share.syncedAt,
			reason: null,
			pending: false,
			unreadable
		};
	}

	private emit(): void {
		if (!this.stopped) this.onState(this.groupId, this.state());
	}

	/** Stops following and disconnects (the doc stays on the device). */
	stop(): void {
		this.stopped = true;
		this.unfollow();
		this.mirror?.stop();
		this.provider?.destroy();
		this.socket?.destroy();
		for (const done of this.cleanups.splice(0)) done();
	}
}
