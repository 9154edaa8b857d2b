/**
 * Factories for the tables tests/unit/factories.ts does not cover, and a data set with
 * records in every table (for backup round trips and schema-upgrade tests).
 */
import type {
	Attendance,
	AuditEntry,
	ExampleLedgerEntry,
	MeetingAttendance,
	ParentMeeting,
	School,
	SeriesTemplate,
	Setting
} from '$lib/model';
import type { ExchangeImport, ImportedGroup } from '$lib/model';
import type { SignalRecord } from '$lib/model';
import { makeCard, makeGroup, makeParticipant, makeSession } from './factories';

const stamp = '2026-01-05T10:00:00.000Z';
let counter = 0;
function nextId(prefix: string): string {
	counter += 1;
	return `${prefix}-d${counter}`;
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

/** Table name → records, with every table of the schema filled; `size` children per group. */
export function fullDataset(groups = 1, size = 3): Record<string, unknown[]> {
	const data: Record<string, unknown[]> = {
		cards: [makeCard({ title: '<script>alert(1)</script> Şeyma 李 😊' }), makeCard()],
		exampleLedger: [makeLedgerEntry()],
		schools: [],
		groups: [],
		sessions: [],
		meetings: [],
		participants: [],
		attendance: [],
		meetingAttendance: [],
		templates: [makeTemplate()],
		audit: [makeAudit()],
		settings: [makeSetting({ key: 'someone.else' })],
		imports: [],
		importedGroups: [],
		signals: []
	};
	for (let g = 0; g < groups; g += 1) {
		const school = makeSchool();
		const group = makeGroup({ schoolId: school.id, name: `Groep ${g}` });
		const session = makeSession({ groupId: group.id });
		const meeting = makeMeeting({ groupId: group.id });
		const imported = makeImport();
		data.schools.push(school);
		data.groups.push(group);
		data.sessions.push(session);
		data.meetings.push(meeting);
		data.imports.push(imported);
		data.importedGroups.push(makeImportedGroup({ importId: imported.id }));
		for (let c = 0; c < size; c += 1) {
			const child = makeParticipant({ groupId: group.id, name: `Kind ${g}-${c}` });
			data.participants.push(child);
			data.attendance.push(
				makeAttendance({ sessionId: session.id, participantId: child.id, groupId: group.id })
			);
			data.meetingAttendance.push(
				makeMeetingAttendance({ meetingId: meeting.id, participantId: child.id, groupId: group.id })
			);
			data.signals.push(makeSignal({ participantId: child.id, groupId: group.id }));
		}
	}
	return data;
}

/** Drops the fields schema 2 added, so records look as version 1 wrote them. */
export function asVersion1(data: Record<string, unknown[]>): Record<string, unknown[]> {
	const drop = (records: unknown[], field: string) =>
		records.map((r) => {
			const copy = { ...(r as Record<string, unknown>) };
			delete copy[field];
			return copy;
		});
	return {
		...data,
		participants: drop(data.participants, 'startedOn'),
		meetings: drop(data.meetings, 'recorded'),
		importedGroups: drop(data.importedGroups, 'setAsideFor')
	};
}
