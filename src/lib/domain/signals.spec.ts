import { describe, expect, it } from 'vitest';
import { deserialiseSignal, FACTS_MAX, serialiseSignal, validateSignal } from './signals';
import { makeSignalContent } from '../../../tests/unit/factories';

describe('validateSignal', () => {
	it('accepts a signal with facts and trims it', () => {
		const result = validateSignal(
			makeSignalContent({ facts: '  Huilt bij het ophalen.  ' }),
			'2026-03-02'
		);
		expect(result).toEqual({
			ok: true,
			value: expect.objectContaining({ facts: 'Huilt bij het ophalen.' })
		});
	});

	it('refuses empty facts, too long facts and a date in the future', () => {
		expect(validateSignal(makeSignalContent({ facts: '   ' }), '2026-03-02')).toEqual({
			ok: false,
			errors: ['facts-empty']
		});
		const long = validateSignal(
			makeSignalContent({ facts: 'x'.repeat(FACTS_MAX + 1) }),
			'2026-03-02'
		);
		expect(long).toEqual({ ok: false, errors: ['facts-too-long'] });
		const future = validateSignal(
			makeSignalContent({ date: '2026-03-03', steps: { 1: '2026-03-03' } }),
			'2026-03-02'
		);
		expect(future).toEqual({ ok: false, errors: ['date-future'] });
	});

	it('refuses a step dated before the signal', () => {
		const result = validateSignal(makeSignalContent({ steps: { 1: '2026-03-01' } }), '2026-03-05');
		expect(result).toEqual({ ok: false, errors: ['step-before-signal'] });
	});

	it('drops empty step dates and keeps areas in their fixed order', () => {
		const result = validateSignal(
			makeSignalContent({ steps: { 1: '2026-03-02', 2: '' }, concerns: ['other', 'financial'] }),
			'2026-03-02'
		);
		expect(result.ok && result.value.steps).toEqual({ 1: '2026-03-02' });
		expect(result.ok && result.value.concerns).toEqual(['financial', 'other']);
	});
});

describe('serialising a signal', () => {
	it('reads back what it wrote', () => {
		const content = makeSignalContent({
			steps: { 1: '2026-03-02', 2: '2026-03-04' },
			consulted: ['care-officer']
		});
		expect(deserialiseSignal(serialiseSignal(content))).toEqual(content);
	});

	it('refuses content of a newer version and content without a date', () => {
		expect(() => deserialiseSignal('{"v":99,"date":"2026-03-02"}')).toThrow();
		expect(() => deserialiseSignal('{"v":1,"facts":"x"}')).toThrow();
	});

	it('leaves out unknown concern areas and roles', () => {
		const text = JSON.stringify({
			v: 1,
			date: '2026-03-02',
			facts: 'x',
			concerns: ['made-up', 'financial'],
			consulted: ['judge']
		});
		const content = deserialiseSignal(text);
		expect(content.concerns).toEqual(['financial']);
		expect(content.consulted).toEqual([]);
	});
});
