import { describe, expect, it } from 'vitest';
import { parseRequest } from './print-data';

describe('parseRequest', () => {
	it('reads cards, session, group and register requests', () => {
		expect(parseRequest(new URLSearchParams('cards=a,b,,a'))).toEqual({
			kind: 'cards',
			ids: ['a', 'b']
		});
		expect(parseRequest(new URLSearchParams('session=s1'))).toEqual({ kind: 'session', id: 's1' });
		expect(parseRequest(new URLSearchParams('group=g1'))).toEqual({ kind: 'group', id: 'g1' });
		expect(parseRequest(new URLSearchParams('register=g1'))).toEqual({
			kind: 'register',
			id: 'g1'
		});
	});

	it('falls back to picking cards when nothing usable was asked', () => {
		expect(parseRequest(new URLSearchParams(''))).toEqual({ kind: 'pick' });
		expect(parseRequest(new URLSearchParams('cards='))).toEqual({ kind: 'pick' });
	});
});
