import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/connect.ts';
import { addDays, vilniusInstant } from '../src/web/lib/vilnius-time.ts';
import { expectAccessible, screenshot, signInAs, startJourney, stopJourney } from './support.ts';

// The job coach in Vilnius logs one job club session for two people of her caseload at
// once, finds it in both cases' services, and moves an appointment: a clash is refused
// with whose time is taken, a change someone else saved first is said so, and the input
// stays in the form both times. In Lithuanian, on both databases.

const COACH = 'tarpininke@demo.kelias.lt';
const OFFICE = 'Įdarbinimo tarpininkų biuras';

/** Cases for two people of the NGO, with the job coach in their teams (as in calendar.e2e.test.ts). */
async function coachCases(db: Database) {
  const programme = await db.selectFrom('programmes').select(['id', 'organisation_id']).where('template_key', '=', 'sopa_supported_employment').executeTakeFirstOrThrow();
  const coach = await db.selectFrom('users').select('id').where('email', '=', COACH).executeTakeFirstOrThrow();
  const ids: Record<string, { caseId: string; participantId: string }> = {};
  for (const last of ['Adomavičius', 'Navickas']) {
    const person = await db.selectFrom('participants').select('id').where('organisation_id', '=', programme.organisation_id).where('last_name', '=', last).executeTakeFirstOrThrow();
    const { id: enrolmentId } = await db.insertInto('enrolments').values({ programme_id: programme.id, participant_id: person.id, status: 'enrolled', enrolled_on: '2026-01-05' })
      .returning('id').executeTakeFirstOrThrow();
    const { id } = await db.insertInto('cases').values({
      organisation_id: programme.organisation_id, programme_id: programme.id, participant_id: person.id, enrolment_id: enrolmentId, opened_on: '2026-01-05', stage: 'in_services',
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('case_members').values({ case_id: id, user_id: coach.id, role: 'job_coach' }).execute();
    ids[last] = { caseId: id, participantId: person.id };
  }
  return { ids, coachId: coach.id, organisationId: programme.organisation_id };
}

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`a group session and a rescheduled appointment on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    let setup: Awaited<ReturnType<typeof coachCases>>;
    let appointmentId: string;
    const errors: string[] = [];
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });
    const tomorrow = addDays(today, 1);

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
      setup = await coachCases(server.db);
      const { caseId, participantId } = setup.ids.Adomavičius!;
      const base = { organisation_id: setup.organisationId, specialist_id: setup.coachId, place: 'online', created_by: setup.coachId };
      ({ id: appointmentId } = await server.db.insertInto('appointments').values({
        ...base, case_id: caseId, participant_id: participantId, starts_at: vilniusInstant(tomorrow, '09:00'), ends_at: vilniusInstant(tomorrow, '10:00'), purpose: 'Pokalbis dėl darbo skelbimų',
      }).returning('id').executeTakeFirstOrThrow());
      // Her own other commitment that afternoon: the time a reschedule will clash with.
      await server.db.insertInto('appointments').values({
        ...base, starts_at: vilniusInstant(tomorrow, '13:00'), ends_at: vilniusInstant(tomorrow, '14:00'), purpose: 'Komandos pasitarimas',
      }).execute();
    });
    afterAll(() => stopJourney({ browser, server }));

    it('logs one group session for two people of her caseload', async () => {
      await page.goto(`${server.url}/cases`);
      await signInAs(page, COACH);
      await page.getByRole('heading', { level: 1, name: 'Mano atvejai' }).waitFor();
      await page.getByRole('link', { name: 'Grupinis užsiėmimas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Grupinis užsiėmimas' }).waitFor();
      const form = page.getByRole('form', { name: 'Grupinis užsiėmimas' });
      const participants = form.getByRole('group', { name: /^Dalyviai/ });
      await participants.getByRole('checkbox', { name: /Marius Adomavičius/ }).waitFor();

      // Nothing ticked: the summary says so and links to the list.
      await form.getByRole('button', { name: 'Registruoti 0 dalyvių' }).click();
      await form.getByRole('alert').getByRole('link', { name: 'Dalyviai: Pažymėkite bent vieną dalyvį.' }).waitFor();

      await form.getByLabel('Paslauga').selectOption({ label: 'Darbo paieška' });
      await form.getByLabel('Valandos').fill('2');
      await form.getByLabel('Vieta').selectOption({ label: 'Centras' });
      await form.getByLabel('Centras').selectOption({ label: OFFICE });
      await form.getByLabel('Pastabos').fill('Darbo klubas: gyvenimo aprašymai ir skelbimų paieška.');
      await form.getByLabel('Ieškoti pagal vardą').fill('navick');
      expect(await participants.getByRole('checkbox').count()).toBe(1);
      await participants.getByRole('checkbox', { name: /Lukas Navickas/ }).check();
      await form.getByLabel('Ieškoti pagal vardą').fill('');
      await participants.getByRole('checkbox', { name: /Marius Adomavičius/ }).check();
      await expectAccessible(page, 'group session form');
      await screenshot(page, `${kind}-g01-group-session`);

      await form.getByRole('button', { name: 'Registruoti 2 dalyviams' }).click();
      await page.getByRole('main').getByText('Užregistruota 2 dalyviams.').waitFor();
      await expectAccessible(page, 'group session logged');
      await screenshot(page, `${kind}-g02-group-session-logged`);
      await page.getByRole('main').getByRole('link', { name: 'Grįžti į mano atvejus' }).last().click();
      await page.getByRole('heading', { level: 1, name: 'Mano atvejai' }).waitFor();
    });

    it('finds the session in both cases\' services', async () => {
      for (const [last, name] of [['Navickas', 'Lukas Navickas'], ['Adomavičius', 'Marius Adomavičius']] as const) {
        await page.goto(`${server.url}/cases/${setup.ids[last]!.caseId}`);
        await page.getByRole('heading', { level: 1 }).filter({ hasText: name }).waitFor();
        const table = page.getByRole('region', { name: 'Suteiktos paslaugos, naujausios viršuje' });
        const row = table.getByRole('row', { name: /Darbo paieška/ });
        await row.getByText('Grupinis užsiėmimas, dalyvių: 2').waitFor();
        expect(await row.textContent()).toContain('2 val.');
      }
    });

    it('moves an appointment: told of a clash and of someone else\'s change, keeping the input', async () => {
      const panel = page.getByRole('region', { name: 'Susitikimai', exact: true });
      await panel.getByRole('button', { name: /^Keisti laiką – susitikimas / }).click();
      const form = panel.getByRole('form', { name: 'Keisti susitikimo laiką' });
      expect(await form.getByLabel('Pradžia').inputValue()).toBe('09:00');
      await form.getByLabel('Pradžia').fill('13:30');
      await form.getByLabel('Pabaiga').fill('14:30');
      await form.getByRole('button', { name: 'Išsaugoti pakeitimus' }).click();
      await form.getByRole('alert').getByText(/^Laikas užimtas: Gintarė Jankauskienė jau turi kitą susitikimą .*13:00–14:00/).waitFor();
      expect(await form.getByLabel('Pradžia').inputValue()).toBe('13:30');
      await expectAccessible(page, 'reschedule refused for a clash');
      await screenshot(page, `${kind}-g03-reschedule-clash`);

      // Someone else moves it meanwhile.
      await server.db.updateTable('appointments').set((eb) => ({ version: eb('version', '+', 1), purpose: 'Pokalbis (perkeltas kolegės)' })).where('id', '=', appointmentId).execute();
      await form.getByLabel('Pradžia').fill('15:00');
      await form.getByLabel('Pabaiga').fill('16:00');
      await form.getByRole('button', { name: 'Išsaugoti pakeitimus' }).click();
      await form.getByRole('alert').getByText('Kol redagavote, įrašą pakeitė kitas naudotojas.', { exact: false }).waitFor();
      expect(await form.getByLabel('Pradžia').inputValue()).toBe('15:00');
      await expectAccessible(page, 'reschedule after someone else changed it');
      await screenshot(page, `${kind}-g04-reschedule-changed`);

      await form.getByRole('button', { name: 'Įkelti naujausią versiją' }).click();
      await expect.poll(() => form.getByLabel('Tikslas').inputValue()).toBe('Pokalbis (perkeltas kolegės)');
      await form.getByLabel('Pradžia').fill('15:00');
      await form.getByLabel('Pabaiga').fill('16:00');
      await form.getByRole('button', { name: 'Išsaugoti pakeitimus' }).click();
      await form.waitFor({ state: 'detached' });
      await panel.getByRole('table', { name: 'Artimiausi susitikimai' }).getByText('15:00–16:00').waitFor();
    });

    it('fits the group session page into a phone screen', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`${server.url}/services/group`);
      await page.getByRole('heading', { level: 1, name: 'Grupinis užsiėmimas' }).waitFor();
      await page.getByRole('checkbox', { name: /Lukas Navickas/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'group session at 360 px');
      await screenshot(page, `${kind}-g05-group-session-360`);
      expect(errors.filter((e) => !/status of 40[0149]/.test(e))).toEqual([]);
    });
  });
}
