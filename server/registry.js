// @ts-check
// Accounts, devices, groups and invitations: one JSON file in the data folder
// (registry.json), read fresh whenever it changed on disk and written atomically under a lock,
// so the admin command line and several server instances can share it. Only SHA-256 hashes
// of sign-in secrets, device tokens and invitation secrets are stored.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appendLineDurable, withLock, writeFileAtomic } from './files.js';

export const ROLES = /** @type {const} */ (['coach', 'coordinator']);
export const INVITE_DAYS = 14;

/** @typedef {(typeof ROLES)[number]} Role */
/** @typedef {{ id: string, name: string, role: Role, createdAt: string, signinHash: string }} Account */
/** @typedef {{ id: string, accountId: string, name: string, tokenHash: string, createdAt: string, revokedAt?: string }} Device */
/** @typedef {{ hash: string, expiresAt: string, createdBy: string, createdAt: string }} Invite */
/** @typedef {{ groupId: string, createdAt: string, createdBy: string, members: Record<string, { joinedAt: string }>, invites: Record<string, Invite> }} Group */
/** @typedef {{ version: 1, accounts: Record<string, Account>, devices: Record<string, Device>, groups: Record<string, Group> }} State */

/** An error with an HTTP status and a code from the contract (docs/sync-protocol.md). */
export class ApiError extends Error {
	/** @param {number} status @param {string} code @param {string} message */
	constructor(status, code, message) {
		super(message);
		this.status = status;
		this.code = code;
	}
}

export const sha256 = (/** @type {string} */ text) =>
	crypto.createHash('sha256').update(text).digest('hex');
export const secret = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
const id = () => crypto.randomUUID();

/** Compare two hex hashes in constant time. */
function sameHash(/** @type {string} */ a, /** @type {string} */ b) {
	const x = Buffer.from(a, 'hex');
	const y = Buffer.from(b, 'hex');
	return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export const GROUP_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** @returns {State} */
const emptyState = () => ({ version: 1, accounts: {}, devices: {}, groups: {} });

export class Registry {
	/**
	 * @param {string} dataDir
	 * @param {{ instanceId?: string, now?: () => Date, deviceDays?: number, maxGroupsPerAccount?: number }} [options]
	 */
	constructor(dataDir, options = {}) {
		this.dataDir = dataDir;
		fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
		this.file = path.join(dataDir, 'registry.json');
		this.lockFile = path.join(dataDir, 'registry.lock');
		this.auditFile = path.join(dataDir, 'audit.log');
		this.instanceId = options.instanceId ?? 'admin';
		this.now = options.now ?? (() => new Date());
		this.deviceMs = (options.deviceDays ?? 365) * 86_400_000;
		this.maxGroupsPerAccount = options.maxGroupsPerAccount ?? Infinity;
		/** @type {State} */
		this.state = emptyState();
		this.stamp = '';
		/** @type {Map<string, string>} token hash -> device id */
		this.byToken = new Map();
	}

	/** The current state, re-read when the file changed (cheap: one stat). */
	read() {
		let stat;
		try {
			stat = fs.statSync(this.file);
		} catch {
			if (this.stamp !== 'none') {
				this.state = emptyState();
				this.index();
			}
			this.stamp = 'none';
			return this.state;
		}
		const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
		if (stamp !== this.stamp) {
			this.state = JSON.parse(fs.readFileSync(this.file, 'utf8'));
			this.stamp = stamp;
			this.index();
		}
		return this.state;
	}

	index() {
		this.byToken = new Map(Object.values(this.state.devices).map((d) => [d.tokenHash, d.id]));
	}

	/**
	 * Change the state under the lock, from a fresh read, and write it atomically.
	 * @template T @param {(state: State) => T} change @returns {T}
	 */
	update(change) {
		return withLock(this.lockFile, () => {
			this.stamp = '';
			const state = this.read();
			const result = change(state);
			writeFileAtomic(this.file, JSON.stringify(state, null, '\t') + '\n');
			this.stamp = '';
			this.read();
			return result;
		});
	}

	/** Append an entry to audit.log (JSON lines, fsynced). */
	audit(/** @type {Record<string, unknown>} */ entry) {
		const line = JSON.stringify({
			at: this.now().toISOString(),
			instance: this.instanceId,
			...entry
		});
		appendLineDurable(this.auditFile, line);
	}

	// Accounts ----------------------------------------------------------------------------------

	/** @param {{ name: string, role: Role }} input */
	addAccount({ name, role }) {
		const clean = String(name ?? '').trim();
		if (!clean || clean.length > 100) throw new ApiError(400, 'bad-request', 'A name is required');
		if (!ROLES.includes(role))
			throw new ApiError(400, 'bad-request', 'Role must be coach or coordinator');
		const signin = secret();
		const account = this.update((state) => {
			/** @type {Account} */
			const account = {
				id: id(),
				name: clean,
				role,
				createdAt: this.now().toISOString(),
				signinHash: sha256(signin)
			};
			state.accounts[account.id] = account;
			return account;
		});
		this.audit({ event: 'account-added', accountId: account.id, role });
		return { account, secret: signin };
	}

	listAccounts() {
		return Object.values(this.read().accounts);
	}

	/** @param {string} accountId */
	account(accountId) {
		return this.read().accounts[accountId] ?? null;
	}

	/** Remove an account: its devices are revoked and it leaves every group. */
	removeAccount(/** @type {string} */ accountId) {
		const groups = this.update((state) => {
			if (!state.accounts[accountId]) throw new ApiError(404, 'not-found', 'No such account');
			delete state.accounts[accountId];
			const at = this.now().toISOString();
			for (const device of Object.values(state.devices)) {
				if (device.accountId === accountId && !device.revokedAt) device.revokedAt = at;
			}
			const left = [];
			for (const group of Object.values(state.groups)) {
				if (group.members[accountId]) {
					delete group.members[accountId];
					group.invites = {};
					left.push(group.groupId);
				}
			}
			return left;
		});
		this.audit({ event: 'account-removed', accountId, groups });
	}

	/** A new sign-in secret; the old sign-in code stops working (devices already signed in stay). */
	resetSignin(/** @type {string} */ accountId) {
		const signin = secret();
		const account = this.update((state) => {
			const account = state.accounts[accountId];
			if (!account) throw new ApiError(404, 'not-found', 'No such account');
			account.signinHash = sha256(signin);
			return account;
		});
		this.audit({ event: 'signin-reset', accountId });
		return { account, secret: signin };
	}

	// Devices -----------------------------------------------------------------------------------

	/** Exchange an account's sign-in secret for a device token. */
	signInDevice(
		/** @type {{ accountId: string, secret: string, deviceName?: string, ip?: string }} */ input
	) {
		const deviceName =
			String(input.deviceName ?? '')
				.trim()
				.slice(0, 100) || 'device';
		const account = this.read().accounts[input.accountId];
		if (
			!account ||
			typeof input.secret !== 'string' ||
			!sameHash(account.signinHash, sha256(input.secret))
		) {
			this.audit({
				event: 'signin-refused',
				accountId: String(input.accountId).slice(0, 64),
				ip: input.ip
			});
			throw new ApiError(401, 'unauthorized', 'The sign-in code is not valid');
		}
		const deviceToken = `kies-device-1.${secret()}`;
		const device = this.update((state) => {
			/** @type {Device} */
			const device = {
				id: id(),
				accountId: account.id,
				name: deviceName,
				tokenHash: sha256(deviceToken),
				createdAt: this.now().toISOString()
			};
			state.devices[device.id] = device;
			return device;
		});
		this.audit({
			event: 'device-signed-in',
			accountId: account.id,
			deviceId: device.id,
			ip: input.ip
		});
		return {
			deviceId: device.id,
			deviceToken,
			account: { id: account.id, name: account.name, role: account.role }
		};
	}

	/** The device and account of a valid token, or null (unknown, revoked, account gone). */
	authenticate(/** @type {unknown} */ token) {
		if (typeof token !== 'string' || token.length > 200) return null;
		const state = this.read();
		const deviceId = this.byToken.get(sha256(token));
		const device = deviceId ? state.devices[deviceId] : undefined;
		if (!device || device.revokedAt) return null;
		if (Date.parse(device.createdAt) + this.deviceMs <= this.now().getTime()) return null;
		const account = state.accounts[device.accountId];
		if (!account) return null;
		return { device, account };
	}

	/** @param {string} accountId */
	listDevices(accountId) {
		return Object.values(this.read().devices).filter((d) => d.accountId === accountId);
	}

	revokeDevice(/** @type {string} */ deviceId, /** @type {string} */ by = 'admin') {
		const device = this.update((state) => {
			const device = state.devices[deviceId];
			if (!device) throw new ApiError(404, 'not-found', 'No such device');
			device.revokedAt ??= this.now().toISOString();
			return device;
		});
		this.audit({ event: 'device-revoked', deviceId, accountId: device.accountId, by });
		return device;
	}

	// Groups ------------------------------------------------------------------------------------

	/** @param {string} groupId */
	group(groupId) {
		return this.read().groups[groupId] ?? null;
	}

	/** May this account open the group's document, and how? */
	access(/** @type {Account} */ account, /** @type {string} */ groupId) {
		const group = this.group(groupId);
		if (!group) return 'not-found';
		if (group.members[account.id]) return 'read-write';
		if (account.role === 'coordinator') return 'read-only';
		return 'forbidden';
	}

	/** @param {Account} account @param {string} groupId */
	createGroup(account, groupId) {
		if (account.role !== 'coach')
			throw new ApiError(403, 'forbidden', 'Only a coach can share a group');
		if (!GROUP_ID.test(String(groupId))) throw new ApiError(400, 'bad-request', 'Invalid group id');
		const group = this.update((state) => {
			if (state.groups[groupId]) throw new ApiError(409, 'exists', 'This group is already shared');
			this.checkGroupLimit(state, account);
			const at = this.now().toISOString();
			/** @type {Group} */
			const group = {
				groupId,
				createdAt: at,
				createdBy: account.id,
				members: { [account.id]: { joinedAt: at } },
				invites: {}
			};
			state.groups[groupId] = group;
			return group;
		});
		this.audit({ event: 'group-created', groupId, accountId: account.id });
		return this.describe(group);
	}

	/** @param {Account} account @param {string} groupId */
	createInvite(account, groupId) {
		const inviteSecret = secret();
		const inviteId = id();
		const invite = this.update((state) => {
			const group = this.memberGroup(state, account, groupId);
			const now = this.now();
			for (const [key, old] of Object.entries(group.invites)) {
				if (Date.parse(old.expiresAt) <= now.getTime()) delete group.invites[key];
			}
			/** @type {Invite} */
			const invite = {
				hash: sha256(inviteSecret),
				createdBy: account.id,
				createdAt: now.toISOString(),
				expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString()
			};
			group.invites[inviteId] = invite;
			return invite;
		});
		this.audit({ event: 'invite-created', groupId, inviteId, accountId: account.id });
		return { inviteId, inviteSecret, expiresAt: invite.expiresAt };
	}

	/** @param {Account} account @param {string} groupId @param {unknown} inviteId @param {unknown} inviteSecret */
	join(account, groupId, inviteId, inviteSecret) {
		if (account.role !== 'coach')
			throw new ApiError(403, 'forbidden', 'Only a coach can join a group');
		const result = this.update((state) => {
			const group = state.groups[groupId];
			if (!group) throw new ApiError(404, 'not-found', 'No such group');
			if (group.members[account.id]) return { group, joined: false };
			this.checkGroupLimit(state, account);
			const invite = typeof inviteId === 'string' ? group.invites[inviteId] : undefined;
			if (
				!invite ||
				typeof inviteSecret !== 'string' ||
				!sameHash(invite.hash, sha256(inviteSecret))
			) {
				throw new ApiError(403, 'invite-invalid', 'This invitation is not valid for this group');
			}
			if (Date.parse(invite.expiresAt) <= this.now().getTime()) {
				throw new ApiError(403, 'invite-expired', 'This invitation has expired');
			}
			group.members[account.id] = { joinedAt: this.now().toISOString() };
			return { group, joined: true };
		});
		if (result.joined)
			this.audit({ event: 'member-joined', groupId, accountId: account.id, inviteId });
		return this.describe(result.group);
	}

	/**
	 * Remove a member (yourself = leaving). Open invitations of the group stop working: the app
	 * re-keys the names after a removal, and an old invitation carries the old key.
	 * @param {Account} account @param {string} groupId @param {string} memberId
	 */
	removeMember(account, groupId, memberId) {
		const group = this.update((state) => {
			const group = this.memberGroup(state, account, groupId);
			if (!group.members[memberId])
				throw new ApiError(404, 'not-found', 'Not a member of this group');
			delete group.members[memberId];
			group.invites = {};
			return group;
		});
		this.audit({
			event: memberId === account.id ? 'member-left' : 'member-removed',
			groupId,
			accountId: memberId,
			by: account.id
		});
		return this.describe(group);
	}

	/** @param {State} state @param {Account} account */
	checkGroupLimit(state, account) {
		const count = Object.values(state.groups).filter((g) => g.members[account.id]).length;
		if (count >= this.maxGroupsPerAccount) {
			throw new ApiError(
				403,
				'limit-reached',
				`At most ${this.maxGroupsPerAccount} shared groups per account`
			);
		}
	}

	/** @param {State} state @param {Account} account @param {string} groupId */
	memberGroup(state, account, groupId) {
		const group = state.groups[groupId];
		if (!group) throw new ApiError(404, 'not-found', 'No such group');
		if (!group.members[account.id])
			throw new ApiError(403, 'forbidden', 'Not a member of this group');
		return group;
	}

	/** The groups an account sees: its own, or (a coordinator) every group. @param {Account} account */
	groupsFor(account) {
		const groups = Object.values(this.read().groups);
		return groups
			.filter((group) => account.role === 'coordinator' || group.members[account.id])
			.map((group) => this.describe(group));
	}

	/** @param {Account} account @param {string} groupId */
	members(account, groupId) {
		const group = this.group(groupId);
		if (!group) throw new ApiError(404, 'not-found', 'No such group');
		if (!group.members[account.id] && account.role !== 'coordinator') {
			throw new ApiError(403, 'forbidden', 'Not a member of this group');
		}
		return this.describe(group).members;
	}

	/** @param {Group} group */
	describe(group) {
		const accounts = this.read().accounts;
		return {
			groupId: group.groupId,
			createdAt: group.createdAt,
			members: Object.entries(group.members).map(([accountId, m]) => ({
				accountId,
				name: accounts[accountId]?.name ?? '',
				joinedAt: m.joinedAt
			}))
		};
	}
}
