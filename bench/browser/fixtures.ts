// Big, realistic data sets for the benchmarks, built from the app's own types and example cards.
import type { Attendance, Card, Group, Participant, Session, ParentMeeting } from '$lib/model';
import { EXAMPLE_CARDS } from '$lib/domain/examples/cards';
import { exampleToCard } from '$lib/domain/examples/seed';
import { addWeeks } from '$lib/domain/dates';

const NOW = '2026-11-01T10:00:00.000Z';
const WORDS = ['verhuizen', 'ruïne', 'weekend', 'vakantie', 'oma', 'hond', 'school', 'verjaardag'];

/** `count` cards: the example cards over and over, each with its own id and title. */
export function manyCards(count: number): Card[] {
	const cards: Card[] = [];
	for (let i = 0; i < count; i += 1) {
		const example = EXAMPLE_CARDS[i % EXAMPLE_CARDS.length];
		const card = exampleToCard(example, `bench-card-${i}`, NOW);
		cards.push({
			...card,
			exampleId: null,
			title: `${card.title} ${WORDS[i % WORDS.length]} ${i}`,
			minutes: 5 + (i % 40)
		});
	}
	return cards;
}

export interface BigDataSet {
	groups: Group[];
	sessions: Session[];
	participants: Participant[];
	attendance: Attendance[];
	meetings: ParentMeeting[];
}

/** years × groupsPerYear groups of 8 sessions and 10 children, every child marked every session. */
export function bigHistory(years = 5, groupsPerYear = 100): BigDataSet {
	const set: BigDataSet = {
		groups: [],
		sessions: [],
		participants: [],
		attendance: [],
		meetings: []
	};
	const bands = ['4-6', '7-12', '13-17'] as const;
	const marks = ['present', 'present', 'present', 'late', 'absent-notice', 'absent'] as const;
	for (let y = 0; y < years; y += 1) {
		for (let g = 0; g < groupsPerYear; g += 1) {
			const id = `g-${y}-${g}`;
			const startDate = addWeeks(`${2021 + y}-09-06`, g % 20);
			set.groups.push({
				id,
				createdAt: NOW,
				updatedAt: NOW,
				name: `Groep ${y}-${g}`,
				ageBand: bands[g % 3],
				schoolId: null,
				location: `School ${g % 12}`,
				coaches: [`Coach ${g % 7}`, `Coach ${(g + 3) % 7}`],
				weekday: 1,
				startTime: '13:30',
				sessionMinutes: 60,
				sessionCount: 8,
				maxSize: 10,
				startDate,
				status: 'finished',
				finishedAt: NOW,
				registerLockedAt: null
			});
			for (const kind of ['information', 'evaluation'] as const) {
				set.meetings.push({
					id: `${id}-m-${kind}`,
					createdAt: NOW,
					updatedAt: NOW,
					groupId: id,
					kind,
					date: kind === 'information' ? addWeeks(startDate, -1) : addWeeks(startDate, 9),
					startTime: '19:30',
					notes: ''
				});
			}
			const children: Participant[] = [];
			for (let c = 0; c < 10; c += 1) {
				const child: Participant = {
					id: `${id}-c-${c}`,
					createdAt: NOW,
					updatedAt: NOW,
					groupId: id,
					name: `Kind ${c}`,
					birthYear: 2015,
					schoolClass: '',
					consent1: { given: true, date: null, how: 'paper' },
					consent2: { given: true, date: null, how: 'paper' },
					stoppedOn: c === 9 ? addWeeks(startDate, 4) : null,
					stopReason: c === 9 ? 'moved' : '',
					notes: '',
					erasedAt: null
				};
				children.push(child);
				set.participants.push(child);
			}
			for (let s = 1; s <= 8; s += 1) {
				const session: Session = {
					id: `${id}-s-${s}`,
					createdAt: NOW,
					updatedAt: NOW,
					groupId: id,
					number: s,
					date: addWeeks(startDate, s - 1),
					startTime: '13:30',
					status: s === 5 && g % 10 === 0 ? 'cancelled' : 'held',
					cancelReason: '',
					blocks: [],
					notes: ''
				};
				set.sessions.push(session);
				for (const [c, child] of children.entries()) {
					set.attendance.push({
						sessionId: session.id,
						participantId: child.id,
						groupId: id,
						mark: marks[(s + c + g) % marks.length],
						reason: '',
						consentOverride: false,
						updatedAt: NOW
					});
				}
			}
		}
	}
	return set;
}
