import { describe, expect, it } from 'vitest';
import type { Attendance } from '$lib/model';
import { computeOverview, loadReportGroups, startDaySpan } from './overview';
import { NO_FILTERS } from '$lib/domain/report';
import { schoolYearRange } from '$lib/domain/school-year';
import { makeGroup, makeParticipant, makeSession } from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';

describe('overview reads', () => {
	it('takes the groups that started in the period, with their school’s name', async () => {
		const database = freshDb();
		await database.schools.add({
			id: 'school-1',
			name: 'OBS De Regenboog',
			holidays: [],
			createdAt: '2025-01-01T00:00:00.000Z',
			updatedAt: '2025-01-01T00:00:00.000Z'
		});
		const inYear = makeGroup({ startDate: '2025-08-01', schoolId: 'school-1' });
		const lastYear = makeGroup({ startDate: '2025-07-31' });
		await database.groups.bulkAdd([inYear, lastYear]);
		await database.sessions.add(
			makeSession({ groupId: inYear.id, status: 'held', date: '2025-08-05' })
		);
		await database.participants.bulkAdd([
			makeParticipant({ groupId: inYear.id }),
			makeParticipant({ groupId: lastYear.id })
		]);
		const groups = await loadReportGroups(schoolYearRange(2025), database);
		expect(groups.map((g) => [g.key, g.school, g.children.length, g.sessions.length])).toEqual([
			[inYear.id, 'OBS De Regenboog', 1, 1]
		]);
		expect(await startDaySpan(database)).toEqual(['2025-07-31', '2025-08-01']);
	});

	it('computes the figures for the period and filters', async () => {
		const database = freshDb();
		const young = makeGroup({ ageBand: '4-6', startDate: '2025-10-01', coaches: ['Bo', 'Cas'] });
		const older = makeGroup({ ageBand: '7-12', startDate: '2025-10-01' });
		await database.groups.bulkAdd([young, older]);
		await database.participants.bulkAdd([
			makeParticipant({ groupId: young.id }),
			makeParticipant({ groupId: older.id }),
			makeParticipant({ groupId: older.id, stoppedOn: '2025-10-08' })
		]);
		const range = schoolYearRange(2025);
		const all = await computeOverview({ range, ...NO_FILTERS }, database);
		expect([all.groups.total, all.children, all.stopped.count]).toEqual([2, 3, 1]);
		const bo = await computeOverview({ range, ...NO_FILTERS, coach: 'Bo' }, database);
		expect([bo.groups.total, bo.children, bo.stopped.count]).toEqual([1, 1, 0]);
	});

	it('counts attendance the same whether the period holds most groups or a few', async () => {
		const database = freshDb();
		const group = makeGroup({ startDate: '2025-10-01' });
		const session = makeSession({ groupId: group.id, status: 'held', date: '2025-10-06' });
		const [here, late, away] = [0, 1, 2].map(() => makeParticipant({ groupId: group.id }));
		await database.groups.add(group);
		await database.sessions.add(session);
		await database.participants.bulkAdd([here, late, away]);
		const mark = (participantId: string, value: Attendance['mark']): Attendance => ({
			sessionId: session.id,
			participantId,
			groupId: group.id,
			mark: value,
			reason: '',
			consentOverride: false,
			updatedAt: '2025-10-06T12:00:00.000Z'
		});
		await database.attendance.bulkAdd([
			mark(here.id, 'present'),
			mark(late.id, 'late'),
			mark(away.id, 'absent')
		]);
		const range = schoolYearRange(2025);
		const most = await computeOverview({ range, ...NO_FILTERS }, database);
		await database.groups.bulkAdd([0, 1, 2].map(() => makeGroup({ startDate: '2020-10-01' })));
		const few = await computeOverview({ range, ...NO_FILTERS }, database);
		for (const report of [most, few]) {
			expect([report.attendance.count, report.attendance.of]).toEqual([2, 3]);
		}
	});
});
