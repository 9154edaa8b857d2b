/**
 * One factory per record type: a complete record with sensible values; override what the
 * test is about. Ids come from one counter, so records made in one test never collide.
 */
import type {
	Attendance,
	AuditEntry,
	Card,
	ExampleLedgerEntry,
	ExchangeImport,
	Group,
	ImportedGroup,
	MeetingAttendance,
	ParentMeeting,
	Participant,
	School,
	SeriesTemplate,
	Session,
	Setting,
	SignalRecord
} from '$lib/model';
import type { GroupInput } from '$lib/db/groups';
import type { ChildInput } from '$lib/domain/consent';
import type { ReportGroup } from '$lib/domain/report';
import type { SignalContent } from '$lib/domain/signals';

export const stamp = '2026-01-05T10:00:00.000Z';
let counter = 0;
function nextId(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}`;
}

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

export function makeSchool(overrides: Partial<School> = {}): School {
	return {
		id: nextId('school'),
		createdAt: stamp,
		updatedAt: stamp,
		name: 'OBS De Regenboog',
		holidays: [{ name: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' }],
		...overrides
	};
}

export function makeMeeting(overrides: Partial<ParentMeeting> = {}): ParentMeeting {
	return {
		id: nextId('meeting'),
		createdAt: stamp,
		updatedAt: stamp,
		groupId: 'group-x',
		kind: 'information',
		date: '2026-01-20',
		startTime: '19:30',
		notes: '',
		recorded: true,
		...overrides
	};
}

export function makeAttendance(overrides: Partial<Attendance> = {}): Attendance {
	return {
		sessionId: 'session-x',
		participantId: 'child-x',
		groupId: 'group-x',
		mark: 'present',
		reason: '',
		consentOverride: false,
		updatedAt: stamp,
		...overrides
	};
}

export function makeMeetingAttendance(
	overrides: Partial<MeetingAttendance> = {}
): MeetingAttendance {
	return {
		meetingId: 'meeting-x',
		participantId: 'child-x',
		groupId: 'group-x',
		parent1: true,
		parent2: false,
		updatedAt: stamp,
		...overrides
	};
}

export function makeTemplate(overrides: Partial<SeriesTemplate> = {}): SeriesTemplate {
	return {
		id: nextId('template'),
		createdAt: stamp,
		updatedAt: stamp,
		name: 'Standaard 7-12',
		ageBand: '7-12',
		sessions: [
			{
				blocks: [
					{
						id: nextId('block'),
						kind: 'welcome',
						cardId: null,
						title: 'Welkom',
						minutes: 5,
						notes: ''
					}
				]
			}
		],
		builtIn: false,
		...overrides
	};
}

export function makeAudit(overrides: Partial<AuditEntry> = {}): AuditEntry {
	return {
		id: nextId('audit'),
		at: stamp,
		kind: 'unlock',
		groupId: null,
		detail: '',
		...overrides
	};
}

export function makeSignal(overrides: Partial<SignalRecord> = {}): SignalRecord {
	return {
		id: nextId('signal'),
		participantId: 'child-x',
		groupId: 'group-x',
		ciphertext: 'q83vEjRWeJA=',
		iv: 'AAECAwQFBgcICQoL',
		createdAt: stamp,
		updatedAt: stamp,
		...overrides
	};
}

export function makeImport(overrides: Partial<ExchangeImport> = {}): ExchangeImport {
	return {
		id: nextId('import'),
		coachId: 'coach-1',
		coachName: 'Anne',
		exportedAt: stamp,
		importedAt: stamp,
		fileName: 'kies-uitwisseling.json',
		...overrides
	};
}

export function makeImportedGroup(overrides: Partial<ImportedGroup> = {}): ImportedGroup {
	return {
		id: nextId('coach-1:group'),
		importId: 'import-x',
		coachId: 'coach-1',
		coachName: 'Anne',
		exportedAt: stamp,
		groupKey: 'g1',
		startDate: '2025-10-07',
		schoolYear: '2025-2026',
		ageBand: '7-12',
		school: 'OBS De Regenboog',
		data: {
			groupKey: 'g1',
			syncGroupId: null,
			name: 'Groep A',
			school: 'OBS De Regenboog',
			ageBand: '7-12',
			coaches: ['Anne'],
			status: 'finished',
			startDate: '2025-10-07',
			sessions: [],
			children: [],
			attendance: [],
			meetings: []
		},
		setAsideFor: null,
		...overrides
	};
}

export function makeLedgerEntry(overrides: Partial<ExampleLedgerEntry> = {}): ExampleLedgerEntry {
	return { exampleId: nextId('example'), version: 1, installedAt: stamp, ...overrides };
}

export function makeSetting(overrides: Partial<Setting> = {}): Setting {
	return { key: nextId('setting'), value: { on: true }, ...overrides };
}

/** What `createGroup` takes: the group of makeGroup without its id, stamps and status. */
export function makeGroupInput(overrides: Partial<GroupInput> = {}): GroupInput {
	const group: Partial<Group> = makeGroup({ startDate: '2026-09-29', ...overrides });
	for (const stored of [
		'id',
		'createdAt',
		'updatedAt',
		'status',
		'finishedAt',
		'registerLockedAt'
	] as const)
		delete group[stored];
	return group as GroupInput;
}

/** A group as the report counts it: no sessions, children or marks unless the test adds them. */
export function makeReportGroup(overrides: Partial<ReportGroup> = {}): ReportGroup {
	return {
		key: 'g',
		source: { kind: 'own', groupId: 'g' },
		name: 'Groep',
		school: 'De Regenboog',
		coaches: ['Anne', 'Mehmet'],
		ageBand: '7-12',
		startDate: '2025-09-02',
		status: 'finished',
		sessions: [],
		children: [],
		marks: [],
		meetings: [],
		setAside: false,
		...overrides
	};
}

/** What a coach writes in a signal (before it is sealed). */
export function makeSignalContent(overrides: Partial<SignalContent> = {}): SignalContent {
	return {
		date: '2026-03-02',
		facts: 'Vertelt dat papa hem gisteren heeft geslagen met de riem.',
		concerns: ['violence'],
		steps: { 1: '2026-03-02' },
		consulted: [],
		decision: '',
		...overrides
	};
}

/** What `addChild` takes: the child of makeParticipant without its ids, stamps and dates. */
export function makeChildInput(overrides: Partial<ChildInput> = {}): ChildInput {
	const { name, birthYear, schoolClass, consent1, consent2, notes } = makeParticipant();
	return { name, birthYear, schoolClass, consent1, consent2, notes, ...overrides };
}

/** The day `weeks` weeks after `day` (both `yyyy-MM-dd`). */
function weeksLater(day: string, weeks: number): string {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 7 * weeks);
	return date.toISOString().slice(0, 10);
}

/**
 * A group's `count` weekly sessions from `startDate`, numbered from 1, with the ids
 * `${groupId}-s1`, `${groupId}-s2`…; `each` adds what session `i` (from 0) needs on top.
 */
export function makeSeries(
	groupId: string,
	count: number,
	startDate = '2026-02-03',
	each: (i: number) => Partial<Session> = () => ({})
): Session[] {
	return Array.from({ length: count }, (_, i) =>
		makeSession({
			id: `${groupId}-s${i + 1}`,
			groupId,
			number: i + 1,
			date: weeksLater(startDate, i),
			...each(i)
		})
	);
}
