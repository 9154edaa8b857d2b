import type { Card, Group, Participant, Session } from '$lib/model';

const stamp = '2026-01-05T10:00:00.000Z';
let counter = 0;
function nextId(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}`;
}

/** A complete card with sensible values; override what the test is about. */
export function makeCard(overrides: Partial<Card> = {}): Card {
	return {
		id: nextId('card'),
		createdAt: stamp,
		updatedAt: stamp,
		title: 'Het weerbericht van vandaag',
		summary: 'Kinderen vertellen hoe ze zich voelen als een weerbericht.',
		ageBands: ['7-12'],
		phase: 'opening',
		themes: ['feelings'],
		kind: 'conversation',
		minutes: 10,
		groupSizeMin: 4,
		groupSizeMax: 10,
		materials: [],
		preparation: '',
		goals: ['Gevoelens benoemen'],
		steps: ['Iedereen kiest een weertype.', 'Vertel kort waarom.'],
		variationYounger: '',
		variationOlder: '',
		tips: '',
		attention: '',
		worksheet: null,
		source: 'Eigen werkvorm',
		licence: 'CC BY 4.0',
		exampleId: null,
		favourite: false,
		archived: false,
		...overrides
	};
}

export function makeGroup(overrides: Partial<Group> = {}): Group {
	return {
		id: nextId('group'),
		createdAt: stamp,
		updatedAt: stamp,
		name: 'De Regenboog 7-12',
		ageBand: '7-12',
		schoolId: null,
		location: 'OBS De Regenboog',
		coaches: ['Anne', 'Mehmet'],
		weekday: 2,
		startTime: '13:30',
		sessionMinutes: 60,
		sessionCount: 8,
		maxSize: 10,
		startDate: '2026-02-03',
		status: 'planned',
		finishedAt: null,
		registerLockedAt: null,
		...overrides
	};
}

export function makeSession(overrides: Partial<Session> = {}): Session {
	return {
		id: nextId('session'),
		createdAt: stamp,
		updatedAt: stamp,
		groupId: 'group-x',
		number: 1,
		date: '2026-02-03',
		startTime: '13:30',
		status: 'planned',
		cancelReason: '',
		blocks: [],
		notes: '',
		...overrides
	};
}

export function makeParticipant(overrides: Partial<Participant> = {}): Participant {
	return {
		id: nextId('child'),
		createdAt: stamp,
		updatedAt: stamp,
		groupId: 'group-x',
		name: 'Şeyma',
		birthYear: 2016,
		schoolClass: 'groep 5',
		startedOn: null,
		consent1: { given: true, date: '2026-01-10', how: 'paper' },
		consent2: { given: true, date: '2026-01-12', how: 'digital' },
		stoppedOn: null,
		stopReason: '',
		notes: '',
		erasedAt: null,
		...overrides
	};
}
