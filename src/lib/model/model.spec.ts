import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { PlanBlock } from '$lib/model';
import {
	ABSENCE_REASONS,
	ATTENDANCE_MARKS,
	AttendanceSchema,
	ExchangeGroupSchema,
	GROUP_STATUSES,
	GroupSchema,
	SESSION_STATUSES,
	SessionSchema,
	TABLE_KEYS,
	TABLE_NAMES,
	TABLE_SCHEMAS
} from '$lib/model';
import { makeGroup, makeSession } from '../../../tests/unit/factories';

const mark = (overrides: Record<string, unknown>) => ({
	sessionId: 's1',
	participantId: 'p1',
	groupId: 'g1',
	mark: 'present',
	reason: '',
	consentOverride: false,
	updatedAt: '2026-02-03T10:00:00.000Z',
	...overrides
});

describe('the record model', () => {
	it('accepts every attendance mark and absence reason of the lists, and nothing else', () => {
		for (const m of ATTENDANCE_MARKS) expect(v.is(AttendanceSchema, mark({ mark: m }))).toBe(true);
		for (const r of ['', ...ABSENCE_REASONS])
			expect(v.is(AttendanceSchema, mark({ mark: 'absent-notice', reason: r }))).toBe(true);
		expect(v.is(AttendanceSchema, mark({ mark: 'excused' }))).toBe(false);
		expect(v.is(AttendanceSchema, mark({ reason: 'holiday' }))).toBe(false);
	});

	it('checks group and session status against the same lists the forms offer', () => {
		for (const status of GROUP_STATUSES)
			expect(v.is(GroupSchema, makeGroup({ status }))).toBe(true);
		for (const status of SESSION_STATUSES)
			expect(v.is(SessionSchema, makeSession({ status }))).toBe(true);
		expect(v.is(GroupSchema, { ...makeGroup(), status: 'paused' })).toBe(false);
	});

	it('keeps a field this version does not know, so a round trip loses nothing', () => {
		const output = v.parse(GroupSchema, { ...makeGroup(), colour: 'blue' });
		expect(output).toMatchObject({ colour: 'blue' });
	});

	it('names a key field of its own schema for every table', () => {
		expect(Object.keys(TABLE_KEYS).sort()).toEqual([...TABLE_NAMES].sort());
		for (const table of TABLE_NAMES) {
			const entries = TABLE_SCHEMAS[table].entries as Record<string, unknown>;
			for (const field of TABLE_KEYS[table])
				expect(entries[field], `${table}.${field}`).toBeDefined();
		}
	});

	it('keeps a block lead in a session, accepts older blocks without one, and refuses an unknown lead', () => {
		const block: PlanBlock = {
			id: 'b1',
			kind: 'free',
			cardId: null,
			title: 'Kring',
			minutes: 10,
			notes: ''
		};
		const older = makeSession({ blocks: [block] });
		expect(v.is(SessionSchema, older)).toBe(true);
		const led = makeSession({ blocks: [{ ...block, lead: 'both' }] });
		expect(v.parse(SessionSchema, led).blocks[0].lead).toBe('both');
		expect(
			v.is(SessionSchema, makeSession({ blocks: [{ ...block, lead: 'third' as never }] }))
		).toBe(false);
	});

	it('refuses an exchange group whose attendance names a child it does not list', () => {
		const group = {
			groupKey: 'g1',
			name: 'Groep',
			school: '',
			ageBand: '7-12',
			coaches: [],
			status: 'running',
			startDate: '2026-02-03',
			sessions: [{ id: 's1', number: 1, date: '2026-02-03', status: 'held' }],
			children: [{ id: 'c1', stoppedOn: null }],
			attendance: [{ session: 's1', child: 'c1', mark: 'late' }],
			meetings: []
		};
		expect(v.is(ExchangeGroupSchema, group)).toBe(true);
		const stray = { ...group, attendance: [{ session: 's1', child: 'c2', mark: 'late' }] };
		expect(v.is(ExchangeGroupSchema, stray)).toBe(false);
	});
});
