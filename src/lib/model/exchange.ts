/**
 * The coach → coordinator exchange file's data: the pseudonymous group history a coach exports
 * (no child names, notes, birth years or classes). Fields are bounded tighter than stored records,
 * and every reference inside a group must resolve. Unknown fields are dropped.
 */
import * as v from 'valibot';
import {
	AGE_BANDS,
	ATTENDANCE_MARKS,
	GROUP_STATUSES,
	MEETING_KINDS,
	orEmpty,
	SESSION_STATUSES,
	STOP_REASONS
} from './enums';
import { isDay } from './day';

const MAX_TEXT = 200;
/** Ids are UUIDs or 32-hex pseudonyms; 64 keeps the stored `coachId:groupKey` within the id rule. */
export const EXCHANGE_KEY_MAX = 64;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const key = v.pipe(v.string(), v.minLength(1), v.maxLength(EXCHANGE_KEY_MAX));
const day = v.pipe(
	v.string(),
	v.check((s) => isDay(s), 'day')
);

/** One group as it travels in a 'kies-exchange' file. */
export const ExchangeGroupSchema = v.pipe(
	v.object({
		/** The coach's own group id: with the coach id it names the group across exports. */
		groupKey: key,
		/**
		 * A shared group's sync id (the server's group id, issue 16): every co-coach's file of the
		 * group carries the same one, and the coordinator counts it once. Absent (older files, or a
		 * group that is not shared): null.
		 */
		syncGroupId: v.optional(v.nullable(key), null),
		name: text,
		school: text,
		ageBand: v.picklist(AGE_BANDS),
		coaches: v.pipe(v.array(text), v.maxLength(10)),
		status: v.picklist(GROUP_STATUSES),
		startDate: day,
		sessions: v.pipe(
			v.array(
				v.object({
					id: key,
					number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
					date: day,
					status: v.picklist(SESSION_STATUSES)
				})
			),
			v.maxLength(100)
		),
		/**
		 * Children as stable pseudonyms (HMAC of the participant id with the coach's secret).
		 * `startedOn` and `stopReason` came with issue 18: older files lack them.
		 */
		children: v.pipe(
			v.array(
				v.object({
					id: key,
					startedOn: v.optional(v.nullable(day), null),
					stoppedOn: v.nullable(day),
					stopReason: v.optional(v.picklist(orEmpty(STOP_REASONS)), '')
				})
			),
			v.maxLength(100)
		),
		attendance: v.pipe(
			v.array(v.object({ session: key, child: key, mark: v.picklist(ATTENDANCE_MARKS) })),
			v.maxLength(10_000)
		),
		meetings: v.pipe(
			v.array(
				v.object({
					kind: v.picklist(MEETING_KINDS),
					date: day,
					/** Older files lack it: a meeting with any parent row counts as recorded. */
					recorded: v.optional(v.boolean()),
					parents: v.pipe(
						v.array(v.object({ child: key, parent1: v.boolean(), parent2: v.boolean() })),
						v.maxLength(100)
					)
				})
			),
			v.maxLength(20)
		)
	}),
	v.check((g) => {
		const sessions = new Set(g.sessions.map((s) => s.id));
		const children = new Set(g.children.map((c) => c.id));
		return (
			sessions.size === g.sessions.length &&
			children.size === g.children.length &&
			g.attendance.every((a) => sessions.has(a.session) && children.has(a.child)) &&
			g.meetings.every((m) => m.parents.every((p) => children.has(p.child)))
		);
	}, 'references')
);
export type ExchangeGroup = v.InferOutput<typeof ExchangeGroupSchema>;

/** The `data` of a 'kies-exchange' envelope. */
export const ExchangeDataSchema = v.object({
	coach: v.object({ id: key, name: text }),
	groups: v.pipe(
		v.array(ExchangeGroupSchema),
		v.minLength(1),
		v.maxLength(1000),
		v.check((groups) => new Set(groups.map((g) => g.groupKey)).size === groups.length, 'groupKey'),
		v.check((groups) => {
			const shared = groups.map((g) => g.syncGroupId).filter((id) => id != null);
			return new Set(shared).size === shared.length;
		}, 'syncGroupId')
	)
});
export type ExchangeData = v.InferOutput<typeof ExchangeDataSchema>;

/** The coach's identity for exports, kept in settings under 'coachProfile'. */
export const CoachProfileSchema = v.object({
	/** Random, stable: the coordinator tells coaches apart by it. */
	id: key,
	name: text,
	/** Random key for child pseudonyms; never leaves this device. */
	secret: v.pipe(v.string(), v.minLength(16), v.maxLength(100)),
	/** ECDSA P-256 key pair (JWK) that signs this coach's exchange files; made when first needed. */
	signingKey: v.optional(
		v.object({
			publicKey: v.custom<JsonWebKey>((k) => typeof k === 'object' && k !== null),
			privateKey: v.custom<JsonWebKey>((k) => typeof k === 'object' && k !== null)
		})
	)
});
export type CoachProfile = v.InferOutput<typeof CoachProfileSchema>;
