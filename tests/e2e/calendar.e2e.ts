import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expectNoAxeViolations } from './helpers';
import { seed } from './seed';
import {
	makeGroup,
	makeMeeting,
	makeParticipant,
	makeSchool,
	makeSession
} from '../unit/factories';

const school = makeSchool({ id: 'school-kompas', name: 'Het Kompas', holidays: [] });
const group = makeGroup({
	id: 'group-cal',
	name: 'KIES Kompas 7-12',
	schoolId: school.id,
	location: 'lokaal 3',
	startDate: '2026-10-07',
	weekday: 3
});
const sessions = [1, 2, 3].map((n) =>
	makeSession({
		id: `cal-s${n}`,
		groupId: group.id,
		number: n,
		date: ['2026-10-07', '2026-10-14', '2026-11-04'][n - 1],
		notes: 'Şeyma huilde'
	})
);
const meeting = makeMeeting({
	id: 'cal-m1',
	groupId: group.id,
	kind: 'evaluation',
	date: '2026-12-02',
	notes: 'Vader van Şeyma belt'
});
const child = makeParticipant({ id: 'cal-c1', groupId: group.id, name: 'Şeyma' });

const calendarFile = (...lines: string[]) =>
	Buffer.from(['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n'));

async function importCalendar(page: Page, file: Buffer | string) {
	await page
		.getByLabel('Importeren uit agenda (.ics)')
		.setInputFiles(
			typeof file === 'string'
				? file
				: { name: 'vakanties.ics', mimeType: 'text/calendar', buffer: file }
		);
}

for (const [device, viewport] of [
	['tablet', { width: 820, height: 1180 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test.describe(`calendars on a ${device}`, () => {
		test.use({ viewport });

		test('a coach cancels a session, gives a meeting its own length and place, and exports', async ({
			page
		}) => {
			await seed(page, {
				schools: [school],
				groups: [group],
				sessions,
				meetings: [meeting],
				participants: [child]
			});
			await page.goto(`/groepen/groep?id=${group.id}`);
			await expect(page.getByRole('heading', { level: 1, name: group.name })).toBeVisible();

			// The evaluation meeting lasts an hour, in the staff room.
			await page.getByLabel('Duur (min)').fill('-5');
			await page.getByLabel('Duur (min)').press('Tab');
			await expect(page.getByText('Een ouderbijeenkomst duurt 15 tot 240 minuten.')).toBeVisible();
			await page.getByLabel('Duur (min)').fill('60');
			await page.getByLabel('Duur (min)').press('Tab');
			await expect(page.getByText('Een ouderbijeenkomst duurt 15 tot 240 minuten.')).toBeHidden();
			await page.getByRole('textbox', { name: 'Plaats' }).fill('Teamkamer');
			await page.getByRole('textbox', { name: 'Plaats' }).press('Tab');

			// Session 2 is cancelled.
			const status = page.getByLabel('Status van bijeenkomst 2');
			await status.selectOption({ label: 'Vervallen' });
			await expect(status).toHaveValue('cancelled');
			if (device === 'phone') {
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
			}
			await expectNoAxeViolations(page);

			const downloadPromise = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Agenda-bestand (.ics)' }).click();
			const text = readFileSync(await (await downloadPromise).path(), 'utf8');

			// A real parser reads the file, with the file's own time zone, as a calendar app does.
			const calendar = new ICAL.Component(ICAL.parse(text));
			const zone = calendar.getFirstSubcomponent('vtimezone')!;
			expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
			ICAL.TimezoneService.register(new ICAL.Timezone(zone));
			const events = calendar.getAllSubcomponents('vevent');
			const byUid = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid)!;
			const first = new ICAL.Event(byUid('cal-s1@kies-toolkit'));
			expect(first.summary).toBe('KIES Kompas 7-12: bijeenkomst 1');
			expect(first.startDate.zone?.tzid).toBe('Europe/Amsterdam');
			expect(first.startDate.toJSDate().toISOString()).toBe('2026-10-07T11:30:00.000Z');
			expect(new ICAL.Event(byUid('cal-s3@kies-toolkit')).startDate.toJSDate().toISOString()).toBe(
				'2026-11-04T12:30:00.000Z'
			);
			const cancelled = byUid('cal-s2@kies-toolkit');
			expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
			const evaluation = new ICAL.Event(byUid('cal-m1@kies-toolkit'));
			expect(evaluation.location).toBe('Teamkamer');
			expect(evaluation.duration.toSeconds()).toBe(3600);
			expect(evaluation.startDate.toJSDate().toISOString()).toBe('2026-12-02T18:30:00.000Z');
			expect(text).not.toContain('Şeyma');
			expect(text).not.toContain('KIES KIES');
			ICAL.TimezoneService.reset();
		});

		test('a coach imports holidays from Google and Outlook, and bad files write nothing', async ({
			page
		}, testInfo) => {
			await seed(page, { schools: [school] });
			await page.goto(`/groepen/scholen?id=${school.id}`);
			await expect(page.getByRole('heading', { level: 1, name: 'Het Kompas' })).toBeVisible();
			const rows = page.getByTestId('holiday-row');

			// Outlook writes the autumn holiday in UTC: midnight 17 October in Amsterdam.
			const outlook = calendarFile(
				'BEGIN:VEVENT',
				'DTSTART:20261016T220000Z',
				'DTEND:20261025T230000Z',
				'SUMMARY:Herfstvakantie',
				'END:VEVENT',
				'BEGIN:VEVENT',
				'DTSTART;TZID="W. Europe Standard Time":20261219T000000',
				'DTEND;TZID="W. Europe Standard Time":20270104T000000',
				'SUMMARY:Kerstvakantie',
				'END:VEVENT'
			);
			await importCalendar(page, outlook);
			await expect(page.getByText('2 nieuwe vakanties geïmporteerd.')).toBeVisible();
			await expect(rows).toHaveCount(2);
			await expect(rows.nth(0).getByLabel('Van')).toHaveValue('2026-10-17');
			await expect(rows.nth(0).getByLabel('Tot en met')).toHaveValue('2026-10-25');
			await expect(rows.nth(1).getByLabel('Tot en met')).toHaveValue('2027-01-03');

			// The same holidays again, now from Google: the duplicates are named.
			await importCalendar(page, outlook);
			const report = page.getByRole('status').filter({ hasText: 'nieuwe vakanties' });
			await expect(report).toContainText('0 nieuwe vakanties geïmporteerd.');
			await expect(report).toContainText(
				'Al bekend en niet opnieuw toegevoegd: Herfstvakantie (za 17 okt. 2026 – zo 25 okt. 2026), Kerstvakantie'
			);
			await expect(rows).toHaveCount(2);

			// Files that must write nothing, each with its reason.
			// A 50 MB calendar (Playwright passes files this big by path only).
			const huge = testInfo.outputPath('huge.ics');
			const head = calendarFile('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270220', 'END:VEVENT');
			writeFileSync(huge, Buffer.concat([head, Buffer.alloc(50 * 1024 * 1024 - head.length, ' ')]));
			const refusals: [Buffer | string, string][] = [
				[
					calendarFile('BEGIN:VEVENT', 'DTSTART:morgen', 'SUMMARY:Voorjaar', 'END:VEVENT'),
					'Van geen van de 1 afspraken is de datum te lezen. Er is niets geïmporteerd.'
				],
				[
					calendarFile(
						'BEGIN:VEVENT',
						'DTSTART;VALUE=DATE:20270220',
						'SUMMARY:Voorjaar',
						'END:VEVENT'
					).subarray(0, 80),
					'Dit agenda-bestand is niet compleet'
				],
				[
					calendarFile(
						'BEGIN:VEVENT',
						'DTSTART;VALUE=DATE:20270220',
						'DTEND;VALUE=DATE:20270301',
						'SUMMARY:Voorjaar',
						'END:VEVENT',
						'BEGIN:VEVENT',
						'DTSTART;VALUE=DATE:00010101',
						'DTEND;VALUE=DATE:99991231',
						'SUMMARY:Altijd vrij',
						'END:VEVENT'
					),
					'„Altijd vrij” (0001-01-01 t/m 9999-12-30) kan geen schoolvakantie zijn'
				],
				[huge, 'Dit agenda-bestand is te groot (50.0 MB; hooguit 2 MB)']
			];
			for (const [file, reason] of refusals) {
				await importCalendar(page, file);
				await expect(page.getByRole('alert')).toContainText(reason);
				await expect(page.getByRole('alert')).toContainText('Er is niets geïmporteerd.');
				await expect(rows).toHaveCount(2);
			}
			await page.reload();
			await expect(rows).toHaveCount(2);

			// Typed by hand, an absurd holiday is refused too and not saved.
			await rows.nth(1).getByLabel('Tot en met').fill('9999-12-31');
			await expect(page.getByRole('alert')).toContainText(
				'„Kerstvakantie”: een vakantie valt tussen 2000 en 2100.'
			);
			await expectNoAxeViolations(page);
			await page.reload();
			await expect(rows.nth(1).getByLabel('Tot en met')).toHaveValue('2027-01-03');
		});
	});
}
