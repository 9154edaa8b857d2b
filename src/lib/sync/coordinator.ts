/**
 * The coordinator's window on the organisation's sync server, loaded lazily by the overview
 * (`$lib/state/server-groups.svelte.ts`) and only for an account with the coordinator role.
 *
 * It lists every shared group of the organisation (`GET /api/groups`), opens each group's
 * document read-only over one WebSocket (the server gives a coordinator read-only access and
 * ignores anything she would send), and turns each document into the report's shape with
 * `domain/server-groups.ts`. She holds no group key: names and notes stay ciphertext and are
 * never decrypted. Documents live in memory only; nothing of them is written on her device.
 * Every change a coach makes arrives as a document update and is passed on at once.
 */
import {
	HocuspocusProvider,
	HocuspocusProviderWebsocket,
	WebSocketStatus
} from '@hocuspocus/provider';
import * as Y from 'yjs';
import { serverReportGroup, type DocRecords } from '$lib/domain/server-groups';
import type { ReportGroup } from '$lib/domain/report';
import { currentSignin } from '$lib/db/sync-store';
import { api, assertAllowed, socketUrl, SyncError } from './api';

export type OrganisationPhase = 'connecting' | 'live' | 'offline' | 'refused';

export interface OrganisationState {
	phase: OrganisationPhase;
	/** Why the server refused (an API or refusal code), or why the list could not be read. */
	reason: string | null;
	/** Shared groups the server lists for this coordinator. */
	listed: number;
	/** Of those, the documents that have arrived in full. */
	loaded: number;
	/** The countable groups, in the report's shape (a document still empty counts not yet). */
	groups: ReportGroup[];
	/** When the list last came from the server (ISO), null before. */
	listedAt: string | null;
}

export interface FeedOptions {
	server: string;
	deviceToken: string;
	/** How often the list of groups is read again (new groups shared meanwhile). */
	listEveryMs?: number;
	/** For Node tests: a WebSocket class (browsers have their own). */
	WebSocketPolyfill?: unknown;
}

const DOC_MAPS = [
	'group',
	'schools',
	'sessions',
	'meetings',
	'children',
	'attendance',
	'meetingAttendance'
] as const;

/** A document's top-level maps as plain JSON (never the device or key entries). */
export function docRecords(doc: Y.Doc): DocRecords {
	const out: Record<string, unknown> = {};
	for (const name of DOC_MAPS) out[name] = doc.getMap(name).toJSON();
	return out as DocRecords;
}

interface Followed {
	provider: HocuspocusProvider;
	doc: Y.Doc;
	group: ReportGroup | null;
	synced: boolean;
}

export class OrganisationFeed {
	private readonly socket: HocuspocusProviderWebsocket;
	private readonly followed = new Map<string, Followed>();
	private readonly dirty = new Set<string>();
	private flushQueued = false;
	private timer: ReturnType<typeof setInterval> | null = null;
	private connected = false;
	private everConnected = false;
	private connecting = false;
	private stopped = false;
	private state: OrganisationState = {
		phase: 'connecting',
		reason: null,
		listed: 0,
		loaded: 0,
		groups: [],
		listedAt: null
	};

	constructor(
		private readonly options: FeedOptions,
		private readonly onState: (state: OrganisationState) => void
	) {
		this.socket = new HocuspocusProviderWebsocket({
			url: socketUrl(options.server),
			delay: 500,
			minDelay: 500,
			factor: 1.5,
			maxDelay: 4000,
			maxAttempts: 0,
			// Connect once there is a group to follow: an idle socket would be closed unused.
			autoConnect: false,
			WebSocketPolyfill: options.WebSocketPolyfill,
			onStatus: ({ status }: { status: WebSocketStatus }) => {
				const was = this.connected;
				this.connected = status === WebSocketStatus.Connected;
				if (this.connected) this.everConnected = true;
				if (was && !this.connected) for (const f of this.followed.values()) f.synced = false;
				// Back online: groups shared meanwhile are in the list.
				if (!was && this.connected && this.state.listedAt) void this.list();
				this.emit();
			}
		});
	}

	/** Reads the list of groups and follows every document on it. */
	async start(): Promise<void> {
		await this.list();
		this.timer = setInterval(() => void this.list(), this.options.listEveryMs ?? 30_000);
	}

	stop(): void {
		this.stopped = true;
		if (this.timer) clearInterval(this.timer);
		for (const id of [...this.followed.keys()]) this.unfollow(id);
		this.socket.destroy();
	}

	/** The state now (the same object the last `onState` call had). */
	current(): OrganisationState {
		return this.state;
	}

	private async list(): Promise<void> {
		if (this.stopped || this.state.phase === 'refused') return;
		let listed: { groupId: string }[];
		try {
			listed = await api<{ groupId: string }[]>(
				this.options.server,
				'GET',
				'/api/groups',
				this.options.deviceToken
			);
		} catch (err) {
			const code = err instanceof SyncError ? err.code : 'network';
			if (code === 'unauthorized' || code === 'forbidden') this.refuse(code);
			else this.update({ reason: code });
			return;
		}
		if (this.stopped) return;
		const ids = new Set(
			(Array.isArray(listed) ? listed : [])
				.map((g) => g?.groupId)
				.filter((id): id is string => typeof id === 'string')
		);
		for (const id of [...this.followed.keys()]) if (!ids.has(id)) this.unfollow(id);
		for (const id of ids) if (!this.followed.has(id)) this.follow(id);
		this.update({ reason: null, listedAt: new Date().toISOString() });
	}

	private follow(groupId: string): void {
		const doc = new Y.Doc();
		const entry: Followed = { doc, group: null, synced: false, provider: null! };
		entry.provider = new HocuspocusProvider({
			websocketProvider: this.socket,
			name: `group:${groupId}`,
			document: doc,
			token: this.options.deviceToken,
			onSynced: ({ state }) => {
				entry.synced = state;
				this.changed(groupId);
			},
			onAuthenticationFailed: ({ reason }) => {
				// A bad token refuses everything; a group gone (removed meanwhile) is dropped.
				if (reason.trim() === 'unauthorized') this.refuse('unauthorized');
				else {
					this.unfollow(groupId);
					this.update({});
				}
			}
		});
		doc.on('update', () => this.changed(groupId));
		this.followed.set(groupId, entry);
		entry.provider.attach();
		if (!this.connecting) {
			this.connecting = true;
			void this.socket.connect();
		}
	}

	private unfollow(groupId: string): void {
		const entry = this.followed.get(groupId);
		if (!entry) return;
		this.followed.delete(groupId);
		this.dirty.delete(groupId);
		entry.provider.destroy();
		entry.doc.destroy();
	}

	private refuse(reason: string): void {
		for (const id of [...this.followed.keys()]) this.unfollow(id);
		this.update({ phase: 'refused', reason });
	}

	/** A document changed: its group is read again on the next microtask (updates come in bursts). */
	private changed(groupId: string): void {
		this.dirty.add(groupId);
		if (this.flushQueued) return;
		this.flushQueued = true;
		queueMicrotask(() => {
			this.flushQueued = false;
			for (const id of this.dirty) {
				const entry = this.followed.get(id);
				if (entry) entry.group = serverReportGroup(id, docRecords(entry.doc));
			}
			this.dirty.clear();
			this.update({});
		});
	}

	private update(change: Partial<OrganisationState>): void {
		if (this.stopped) return;
		const entries = [...this.followed.values()];
		this.state = {
			...this.state,
			...change,
			listed: entries.length,
			loaded: entries.filter((e) => e.synced).length,
			groups: entries.map((e) => e.group).filter((g): g is ReportGroup => g !== null)
		};
		if (this.state.phase !== 'refused') this.state.phase = this.phase();
		this.onState(this.state);
	}

	private phase(): OrganisationPhase {
		if (this.state.reason === 'network') return 'offline';
		if (this.connected || (this.followed.size === 0 && this.state.listedAt)) return 'live';
		return this.everConnected ? 'offline' : 'connecting';
	}

	private emit(): void {
		this.update({});
	}
}

/**
 * Follows the organisation when this device is signed in as a coordinator; null otherwise
 * (a coach's overview counts her own tables, where her shared groups already are).
 */
export async function followOrganisation(
	onState: (state: OrganisationState) => void
): Promise<OrganisationFeed | null> {
	const signin = await currentSignin();
	if (!signin || signin.account.role !== 'coordinator') return null;
	assertAllowed(signin.server);
	const feed = new OrganisationFeed(
		{ server: signin.server, deviceToken: signin.deviceToken },
		onState
	);
	await feed.start();
	return feed;
}
