import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepReminders } from '../src/server/features/tasks/reminders.queries.ts';
import { expectAccessible, screenshot, signInAs, startJourney, stopJourney } from './support.ts';

// The Kazlų Rūda case manager's tasks: a task falls due today, the reminder sweep runs,
// the header says "Priminimai (n)"; she opens her tasks, marks the new one done and records
// a 6-month follow-up with its two ESF+ questions. At 1280 and 360 px, in Lithuanian.

const TITLE = 'Pasiteirauti dėl sveikatos pažymos';
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`a case manager's tasks and reminders on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const reminderLink = () => page.getByRole('banner').getByRole('link', { name: /^Priminimai/ });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const unreadOf = async (userId: string) => Number((await server.db.selectFrom('reminders as r').innerJoin('tasks as t', 't.id', 'r.task_id')
      .select((eb) => eb.fn.countAll<number>().as('n')).where('r.user_id', '=', userId).where('r.read_at', 'is', null).where('t.status', '=', 'open')
      .executeTakeFirstOrThrow()).n);
    let userId: string;

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
    });
    afterAll(() => stopJourney({ browser, server }));

    it('sees the reminder in the header once a task falls due and the sweep has run', async () => {
      await page.goto(`${server.url}/`);
      await signInAs(page, 'vadybininke@demo.kelias.lt');
      await reminderLink().waitFor();

      // Set-up through the API, as the web app would: a task on Darius Žilinskas's case, due today.
      const me = await (await page.request.get(`${server.url}/api/auth/me`)).json();
      userId = me.user.id;
      const { id: caseId } = await server.db.selectFrom('cases').innerJoin('participants', 'participants.id', 'cases.participant_id')
        .select('cases.id').where('participants.last_name', '=', 'Žilinskas').executeTakeFirstOrThrow();
      const created = await page.request.post(`${server.url}/api/tasks`, {
        data: { caseId, title: TITLE, assigneeId: userId, dueOn: today() },
        headers: { 'x-csrf-token': me.csrfToken, origin: server.url },
      });
      expect(created.status(), await created.text()).toBe(201);
      expect(await sweepReminders(server.db, today())).toBeGreaterThanOrEqual(1);
      const unread = await unreadOf(userId);

      await page.reload();
      await expect.poll(() => reminderLink().textContent()).toBe(`Priminimai (${unread})`);
      await expectAccessible(page, 'header with reminders');
    });

    it('opens her tasks from the reminder and marks the new task done', async () => {
      await reminderLink().click();
      await page.getByRole('heading', { level: 1, name: 'Mano užduotys ir priminimai' }).waitFor();
      await page.getByRole('region', { name: 'Priminimai' }).getByText(TITLE).waitFor();
      const table = page.getByRole('region', { name: /^Mano užduotys \(iš viso \d+\)/ });
      const firstRow = table.locator('tbody tr').first();
      await expect.poll(() => firstRow.textContent()).toContain('(vėluoja)');
      await table.getByRole('row', { name: new RegExp(TITLE) }).getByText('Darius Žilinskas').waitFor();
      await expectAccessible(page, 'my tasks');
      await screenshot(page, `${kind}-t01-tasks`);

      const before = await unreadOf(userId);
      await table.getByRole('button', { name: `Pažymėti, kad atlikta: ${TITLE}` }).click();
      await page.getByRole('status').getByText(`Užduotis „${TITLE}“ pažymėta kaip atlikta.`).waitFor();
      await expect.poll(() => table.getByRole('row', { name: new RegExp(TITLE) }).count()).toBe(0);
      await expect.poll(() => reminderLink().textContent()).toBe(before - 1 > 0 ? `Priminimai (${before - 1})` : 'Priminimai');
    });

    it('records a 6-month follow-up: two plain questions, both needed', async () => {
      const { id: taskId, case_id: followed } = await server.db.selectFrom('tasks').select(['id', 'case_id'])
        .where('kind', '=', 'follow_up_6_months').where('assignee_id', '=', userId).where('status', '=', 'open').executeTakeFirstOrThrow();
      const { title } = await server.db.selectFrom('tasks').select('title').where('id', '=', taskId).executeTakeFirstOrThrow();
      await page.getByRole('button', { name: `Įrašyti stebėsenos rezultatus: ${title}` }).click();
      const form = page.getByRole('form', { name: `Stebėsena po 6 mėnesių: ${title}` });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Stebėsena po 6 mėnesių: ${title}`);
      await form.getByRole('group', { name: /Ar asmuo dirba\?/ }).waitFor();
      await form.getByRole('button', { name: 'Įrašyti ir pažymėti, kad atlikta' }).click();
      await form.getByRole('alert').getByRole('link', { name: 'Pažymėkite, ar asmuo dirba.' }).waitFor();
      await form.getByRole('alert').getByRole('link', { name: 'Pažymėkite, ar jo padėtis darbo rinkoje pagerėjo.' }).waitFor();
      await expectAccessible(page, 'follow-up questions with an error');
      await screenshot(page, `${kind}-t02-follow-up`);

      await form.getByRole('group', { name: /Ar asmuo dirba\?/ }).getByLabel('Taip').check();
      await form.getByRole('group', { name: /Ar jo padėtis darbo rinkoje pagerėjo\?/ }).getByLabel('Ne').check();
      await form.getByRole('button', { name: 'Įrašyti ir pažymėti, kad atlikta' }).click();
      await page.getByRole('status').getByText('Stebėsenos rezultatai įrašyti, užduotis atlikta.').waitFor();
      const results = await server.db.selectFrom('cases').select(['result_employed_6_months', 'result_improved_6_months']).where('id', '=', followed!).executeTakeFirstOrThrow();
      expect(results).toEqual({ result_employed_6_months: true, result_improved_6_months: false });
    });

    it('is pleasant at 360 px: no sideways scrolling of the page', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Mano užduotys ir priminimai' }).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'my tasks at 360 px');
      await screenshot(page, `${kind}-t03-tasks-360`);
      await page.setViewportSize({ width: 1280, height: 900 });
      // The sign-in page asks who is signed in first: that 401 is expected.
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    });
  });
}
