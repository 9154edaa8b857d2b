/**
 * A data set with records in every table (for backup round trips and schema-upgrade tests),
 * built from the factories in ./factories.
 */
import {
	makeAttendance,
	makeAudit,
	makeCard,
	makeGroup,
	makeImport,
	makeImportedGroup,
	makeLedgerEntry,
	makeMeeting,
	makeMeetingAttendance,
	makeParticipant,
	makeSchool,
	makeSession,
	makeSetting,
	makeSignal,
	makeTemplate
} from './factories';

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
