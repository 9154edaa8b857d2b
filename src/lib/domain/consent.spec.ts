import { describe, expect, it } from 'vitest';
import { makeParticipant, makeSession } from '../../../tests/unit/factories';
import {
	activeOn,
	childrenToMark,
	consentComplete,
	missingConsents,
	needsConsentConfirmation,
	noConsent,
	parseBirthYear,
	validateChild,
	type ChildInput
} from './consent';

function childInput(overrides: Partial<ChildInput> = {}): ChildInput {
	const { name, birthYear, schoolClass, consent1, consent2, notes } = makeParticipant();
	return { name, birthYear, schoolClass, consent1, consent2, notes, ...overrides };
}

describe('consent rules', () => {
	it('is complete only when both parents consented', () => {
		expect(consentComplete(makeParticipant())).toBe(true);
		expect(consentComplete(makeParticipant({ consent2: noConsent() }))).toBe(false);
		expect(consentComplete(makeParticipant({ consent1: noConsent(), consent2: noConsent() }))).toBe(
			false
		);
	});

	it('names the parents whose consent is missing', () => {
		expect(missingConsents(makeParticipant({ consent1: noConsent() }))).toEqual([1]);
		expect(
			missingConsents(makeParticipant({ consent1: noConsent(), consent2: noConsent() }))
		).toEqual([1, 2]);
		expect(missingConsents(makeParticipant())).toEqual([]);
	});

	it('asks for confirmation only when a child without consent is marked as there', () => {
		const without = makeParticipant({ consent2: noConsent() });
		expect(needsConsentConfirmation(without, 'present')).toBe(true);
		expect(needsConsentConfirmation(without, 'late')).toBe(true);
		expect(needsConsentConfirmation(without, 'absent')).toBe(false);
		expect(needsConsentConfirmation(makeParticipant(), 'present')).toBe(false);
	});
});

describe('child record rules', () => {
	it('accepts a first name with only the optional fields empty', () => {
		expect(
			validateChild(childInput({ birthYear: null, schoolClass: '', notes: '' }), 2026)
		).toEqual({});
	});

	it('requires a name and limits the notes to 200 characters', () => {
		expect(validateChild(childInput({ name: '  ' }), 2026).name).toBe('required');
		expect(validateChild(childInput({ notes: 'x'.repeat(200) }), 2026).notes).toBeUndefined();
		expect(validateChild(childInput({ notes: 'x'.repeat(201) }), 2026).notes).toBe('too-long');
	});

	it('accepts birth years from 2000 to this year only', () => {
		expect(validateChild(childInput({ birthYear: 2000 }), 2026)).toEqual({});
		expect(validateChild(childInput({ birthYear: 1999 }), 2026).birthYear).toBe('year-range');
		expect(validateChild(childInput({ birthYear: 2027 }), 2026).birthYear).toBe('year-range');
		expect(parseBirthYear(' 2016 ')).toBe(2016);
		expect(parseBirthYear('')).toBeNull();
		expect(parseBirthYear('16')).toBe('invalid');
	});

	it('rejects a consent date that is no real day', () => {
		const consent1 = { given: true, date: '2026-02-30', how: 'paper' as const };
		expect(validateChild(childInput({ consent1 }), 2026).consent1).toBe('date');
	});

	it('counts a stopped child as active only before the stop date', () => {
		const stopped = makeParticipant({ stoppedOn: '2026-02-17' });
		expect(activeOn(stopped, '2026-02-10')).toBe(true);
		expect(activeOn(stopped, '2026-02-17')).toBe(false);
		expect(activeOn(makeParticipant({ erasedAt: '2026-06-01T10:00:00Z' }), '2026-02-10')).toBe(
			false
		);
	});
});

describe('who is marked for a session', () => {
	it('lists enrolled children and those who stopped after the session, not erased ones', () => {
		const session = makeSession({ date: '2026-02-10', status: 'planned' });
		const anna = makeParticipant({ name: 'Anna' });
		const later = makeParticipant({ name: 'Bram', stoppedOn: '2026-02-17' });
		const earlier = makeParticipant({ name: 'Cas', stoppedOn: '2026-02-10' });
		const erased = makeParticipant({ name: '', erasedAt: '2026-06-01T10:00:00Z' });
		expect(childrenToMark(session, [anna, later, earlier, erased]).map((c) => c.name)).toEqual([
			'Anna',
			'Bram'
		]);
	});
});
