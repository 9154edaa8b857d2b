import { describe, expect, it } from 'vitest';
import { AppDB } from './db';
import { eraseGroupPersonalData, eraseParticipant } from './privacy';
import {
	makeAttendance,
	makeGroup,
	makeMeeting,
	makeParticipant,
	makeSession,
	makeSignal,
	makeTemplate
} from '../../../tests/unit/factories';
import { freshDb } from '../../../tests/unit/db';

async function arrange(database: AppDB) {
	const group = makeGroup({ status: 'finished', finishedAt: '2025-01-10T12:00:00.000Z' });
	const seyma = makeParticipant({ groupId: group.id, name: 'Şeyma', notes: 'zus Fleur' });
	const daan = makeParticipant({ groupId: group.id, name: 'Daan', birthYear: 2015 });
	const session = makeSession({ groupId: group.id, notes: 'Şeyma was verdrietig' });
	await database.groups.add(group);
	await database.participants.bulkAdd([seyma, daan]);
	await database.sessions.add(session);
	await database.meetings.add(makeMeeting({ groupId: group.id, notes: 'Vader van Daan kwam' }));
	await database.attendance.bulkAdd([
		makeAttendance({ sessionId: session.id, participantId: seyma.id, groupId: group.id }),
		makeAttendance({ sessionId: session.id, participantId: daan.id, groupId: group.id })
	]);
	await database.signals.bulkAdd([
		makeSignal({ participantId: seyma.id, groupId: group.id }),
		makeSignal({ participantId: daan.id, groupId: group.id })
	]);
	return { group, seyma, daan, session };
}

describe('eraseParticipant', () => {
	it('empties the personal data, keeps attendance and consent as yes/no, and deletes signals', async () => {
		const database = freshDb();
		const { seyma, daan } = await arrange(database);

		await eraseParticipant(seyma.id, database);

		const erased = await database.participants.get(seyma.id);
		expect(erased).toMatchObject({
			name: '',
			birthYear: null,
			schoolClass: '',
			notes: '',
			consent1: { given: true, date: null, how: '' },
			consent2: { given: true, date: null, how: '' }
		});
		expect(erased?.erasedAt).toEqual(expect.any(String));
		expect(await database.attendance.where('participantId').equals(seyma.id).count()).toBe(1);
		// Records as schema 1 wrote them (child in the clear) go at once.
		expect(await database.signals.filter((s) => s.participantId === seyma.id).count()).toBe(0);
		expect(await database.signals.filter((s) => s.participantId === daan.id).count()).toBe(1);
		expect((await database.participants.get(daan.id))?.name).toBe('Daan');
	});

	it('records the erasure in the audit log without the name', async () => {
		const database = freshDb();
		const { seyma } = await arrange(database);
		await eraseParticipant(seyma.id, database);
		const audit = await database.audit.toArray();
		expect(audit).toHaveLength(1);
		expect(audit[0].kind).toBe('erase-participant');
		expect(JSON.stringify(audit)).not.toContain('Şeyma');
	});

	it('refuses an unknown child and changes nothing', async () => {
		const database = freshDb();
		await arrange(database);
		await expect(eraseParticipant('nobody', database)).rejects.toThrow();
		expect(await database.audit.count()).toBe(0);
	});
});

describe('eraseGroupPersonalData', () => {
	it('erases every child, the signals and the notes, and keeps the anonymous counts', async () => {
		const database = freshDb();
		const { group, session } = await arrange(database);

		expect(await eraseGroupPersonalData(group.id, database)).toBe(2);

		const children = await database.participants.where('groupId').equals(group.id).toArray();
		expect(children.map((c) => c.name)).toEqual(['', '']);
		expect(children.every((c) => c.erasedAt !== null)).toBe(true);
		expect(await database.attendance.where('groupId').equals(group.id).count()).toBe(2);
		expect(await database.signals.count()).toBe(0);
		expect((await database.sessions.get(session.id))?.notes).toBe('');
		expect((await database.meetings.toArray()).map((mt) => mt.notes)).toEqual(['']);
		const dump = JSON.stringify(await database.audit.toArray());
		expect(dump).not.toContain('Şeyma');
		expect(dump).not.toContain('Daan');
	});
});

describe('erasure reaches plans and templates', () => {
	const block = (title: string, notes: string) => ({
		id: crypto.randomUUID(),
		kind: 'free' as const,
		cardId: null,
		title,
		minutes: 10,
		notes
	});

	it('takes a child’s name out of the group’s plan blocks, notes and the templates', async () => {
		const database = freshDb();
		const { group, seyma } = await arrange(database);
		const planned = makeSession({
			groupId: group.id,
			number: 2,
			blocks: [block('Gesprek', 'Şeyma naast de coach; Daan mag beginnen'), block('Spel', 'samen')],
			notes: 'Bel de moeder van şeyma'
		});
		await database.sessions.add(planned);
		const template = makeTemplate({
			name: 'Reeks Şeyma',
			sessions: [{ blocks: [block('Kring', 'Let op Şeyma')] }]
		});
		await database.templates.add(template);
		const other = makeSession({ number: 1, blocks: [block('Kring', 'Şeyma uit groep B')] });
		await database.sessions.add(other);

		await eraseParticipant(seyma.id, database);

		const after = await database.sessions.get(planned.id);
		expect(after?.blocks[0].notes).toBe('[…] naast de coach; Daan mag beginnen');
		expect(after?.blocks[1].notes).toBe('samen');
		expect(after?.notes).toBe('Bel de moeder van […]');
		const tpl = await database.templates.get(template.id);
		expect(tpl?.name).toBe('Reeks […]');
		expect(tpl?.sessions[0].blocks[0].notes).toBe('Let op […]');
		// Another group's plan is that group's business (its own erasure handles it).
		expect((await database.sessions.get(other.id))?.blocks[0].notes).toBe('Şeyma uit groep B');
		expect(JSON.stringify(await database.participants.toArray())).not.toContain('Şeyma');
	});

	it('erasing a group takes every child’s name out of its plans and the templates', async () => {
		const database = freshDb();
		const { group } = await arrange(database);
		const planned = makeSession({
			groupId: group.id,
			number: 2,
			blocks: [block('Daan en Şeyma', 'Daan eerst, dan Şeyma')]
		});
		await database.sessions.add(planned);
		const template = makeTemplate({ sessions: [{ blocks: [block('Kring', 'Daan helpt')] }] });
		await database.templates.add(template);

		await eraseGroupPersonalData(group.id, database);

		const all = JSON.stringify({
			sessions: await database.sessions.toArray(),
			meetings: await database.meetings.toArray(),
			templates: await database.templates.toArray(),
			participants: await database.participants.toArray()
		});
		expect(all).not.toMatch(/Daan|Şeyma/);
		expect((await database.sessions.get(planned.id))?.blocks[0].title).toBe('[…] en […]');
	});
});
