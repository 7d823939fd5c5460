import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, databaseKind, makeCase, makeOrganisation, makeUser, signIn, testApp, testConfig, type Session, type TestApp, today, daysFromToday } from '../../../../tests/api.ts';
import type { Database } from '../../db/connect.ts';
import { REMINDER_SWEEP } from '../../jobs/jobs.ts';
import { startKelias } from '../../start.ts';
import { sweepReminders } from './reminders.queries.ts';

// One reminder per task and due date (decision 0022): the sweep called directly, then run
// by a real pg-boss across a restart of Kelias on the same database.


async function insertTask(db: Database, values: { organisationId: string; caseId: string | null; assigneeId: string; dueOn: string; status?: string; title?: string }) {
  const { id } = await db.insertInto('tasks').values({
    organisation_id: values.organisationId, case_id: values.caseId, title: values.title ?? 'Priminti', assignee_id: values.assigneeId,
    due_on: values.dueOn, status: values.status ?? 'open',
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

const remindersOf = (db: Database, taskId: string) =>
  db.selectFrom('reminders').select(['due_on', 'user_id', 'read_at']).where('task_id', '=', taskId).orderBy('due_on').execute();

/** Task and due date pairs with more than one reminder: must always be none. */
const duplicates = (db: Database) =>
  db.selectFrom('reminders').select(['task_id', 'due_on']).groupBy(['task_id', 'due_on']).having(sql`count(*)`, '>', 1).execute();

describe('the reminder sweep', () => {
  let t: TestApp;
  let kazlu: string;
  let caseManager: Session;
  let socialWorker: Session;
  let caseId: string;

  beforeAll(async () => {
    t = await testApp();
    kazlu = await makeOrganisation(t.db);
    caseManager = await signIn(t.app, (await makeUser(t.db, { firstName: 'Rūta', lastName: 'Žemaitienė', roles: [[kazlu, 'case_manager']] })).email);
    socialWorker = await signIn(t.app, (await makeUser(t.db, { firstName: 'Tomas', lastName: 'Čepaitis', roles: [[kazlu, 'social_worker']] })).email);
    ({ caseId } = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId, team: [[socialWorker.userId, 'social_worker']] }));
  });
  afterAll(() => t.close());

  const task = (dueOn: string, options: { status?: string; assigneeId?: string } = {}) =>
    insertTask(t.db, { organisationId: kazlu, caseId, assigneeId: options.assigneeId ?? socialWorker.userId, dueOn, ...options });
  const patch = async (session: Session, taskId: string, body: Record<string, unknown>) => {
    const { version } = await t.db.selectFrom('tasks').select('version').where('id', '=', taskId).executeTakeFirstOrThrow();
    const response = await session.patch(`/api/tasks/${taskId}`, { ...body, version });
    expect(response.statusCode, response.body).toBe(200);
  };

  it('reminds once of each open task due today or earlier, however often it runs', async () => {
    const dueToday = await task(today());
    const late = await task(daysFromToday(-3));
    const later = await task(daysFromToday(1));
    expect(await sweepReminders(t.db, today())).toBe(2);
    expect(await sweepReminders(t.db, today())).toBe(0);
    await Promise.all([sweepReminders(t.db, today()), sweepReminders(t.db, today())]);
    expect(await remindersOf(t.db, dueToday)).toEqual([{ due_on: today(), user_id: socialWorker.userId, read_at: null }]);
    expect(await remindersOf(t.db, late)).toHaveLength(1);
    expect(await remindersOf(t.db, later)).toEqual([]);
    expect(await duplicates(t.db)).toEqual([]);
  });

  it('reminds again for a new due date only; moving the date back does not repeat the first', async () => {
    const id = await task(today());
    await sweepReminders(t.db, today());
    await patch(caseManager, id, { dueOn: daysFromToday(2) });
    await sweepReminders(t.db, today());
    expect((await remindersOf(t.db, id)).map((r) => r.due_on)).toEqual([today()]);
    await sweepReminders(t.db, daysFromToday(2));
    expect((await remindersOf(t.db, id)).map((r) => r.due_on)).toEqual([today(), daysFromToday(2)]);
    await patch(caseManager, id, { dueOn: today() });
    await sweepReminders(t.db, daysFromToday(2));
    await sweepReminders(t.db, daysFromToday(3));
    expect((await remindersOf(t.db, id)).map((r) => r.due_on)).toEqual([today(), daysFromToday(2)]);
  });

  it('does not remind of tasks done or cancelled', async () => {
    const done = await task(daysFromToday(-1), { status: 'done' });
    const cancelled = await task(today(), { status: 'cancelled' });
    await sweepReminders(t.db, daysFromToday(1));
    expect(await remindersOf(t.db, done)).toEqual([]);
    expect(await remindersOf(t.db, cancelled)).toEqual([]);
  });

  it('are listed for their user, the newest first, with the unread count of tasks still open', async () => {
    const own = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'case_manager']] })).email);
    const first = await task(daysFromToday(-2), { assigneeId: own.userId });
    await sweepReminders(t.db, today());
    const second = await task(today(), { assigneeId: own.userId });
    const finished = await task(today(), { assigneeId: own.userId });
    await sweepReminders(t.db, today());
    await t.db.updateTable('tasks').set({ status: 'done' }).where('id', '=', finished).execute();

    const list = (await own.get('/api/reminders')).json();
    expect(list.items.map((r: { taskId: string }) => r.taskId).slice(-1)).toEqual([first]);
    expect(list.items.map((r: { taskId: string }) => r.taskId)).toEqual(expect.arrayContaining([first, second, finished]));
    expect(list.items.find((r: { taskId: string }) => r.taskId === first)).toMatchObject({ caseId, title: 'Priminti', dueOn: daysFromToday(-2), taskStatus: 'open', readAt: null });
    expect(list.unread).toBe(2);
    expect((await own.get('/api/reminders/unread')).json()).toEqual({ unread: 2 });
    expect((await auditEntries(t.db, 'reminder.list')).at(-1)!.actor_id).toBe(own.userId);

    const reminderId = list.items.find((r: { taskId: string }) => r.taskId === first).id;
    expect((await own.post(`/api/reminders/${reminderId}/read`)).json()).toEqual({ unread: 1 });
    expect((await own.post(`/api/reminders/${reminderId}/read`)).json()).toEqual({ unread: 1 });
    expect((await own.get('/api/reminders')).json().items.find((r: { id: number }) => r.id === reminderId).readAt).toEqual(expect.any(String));
  });

  it('belong to their user: another\'s answers 404 and is audited', async () => {
    await sweepReminders(t.db, today());
    const theirs = await t.db.selectFrom('reminders').select('id').where('user_id', '=', socialWorker.userId).executeTakeFirstOrThrow();
    expect((await caseManager.post(`/api/reminders/${theirs.id}/read`)).statusCode).toBe(404);
    expect((await auditEntries(t.db, 'reminder.read')).at(-1)).toMatchObject({ outcome: 'denied', entity_id: String(theirs.id) });
    expect((await caseManager.post('/api/reminders/999999999/read')).statusCode).toBe(404);
  });

  it('not yet read go with the task to its new assignee', async () => {
    const id = await task(today());
    await sweepReminders(t.db, today());
    await patch(caseManager, id, { assigneeId: caseManager.userId });
    expect(await remindersOf(t.db, id)).toEqual([{ due_on: today(), user_id: caseManager.userId, read_at: null }]);
  });
});

async function waitForJob(boss: PgBoss, id: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const job = await boss.getJobById(REMINDER_SWEEP, id);
    if (job?.state === 'completed') return;
    if (job?.state === 'failed') throw new Error(`the sweep failed: ${JSON.stringify(job.output)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the sweep did not run within 30 seconds');
}

describe('the sweep in pg-boss', () => {
  // The embedded database in a folder, not in memory, so it survives the restart.
  const dataDir = mkdtempSync(join(tmpdir(), 'kelias-jobs-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is scheduled every 5 minutes in Vilnius time, runs when asked, and after a restart still leaves one reminder per task and due date', async () => {
    const config = await testConfig({ KELIAS_JOBS: 'true', ...(databaseKind === 'embedded' ? { KELIAS_DATA_DIR: dataDir } : {}) });

    const first = await startKelias(config, { logger: false });
    const tasks: Record<string, string> = {};
    try {
      expect(first.jobs).not.toBeNull();
      const schedule = await first.jobs!.boss.getSchedule(REMINDER_SWEEP);
      expect(schedule).toMatchObject({ name: REMINDER_SWEEP, cron: '*/5 * * * *', timezone: 'Europe/Vilnius' });

      const db = first.database.db;
      const organisationId = await makeOrganisation(db);
      const { id: userId } = await makeUser(db, { roles: [[organisationId, 'case_manager']] });
      const { caseId } = await makeCase(db, organisationId, { caseManagerId: userId });
      const make = (dueOn: string, status = 'open') => insertTask(db, { organisationId, caseId, assigneeId: userId, dueOn, status });
      tasks.today = await make(today());
      tasks.late = await make(daysFromToday(-4));
      tasks.later = await make(daysFromToday(1));
      tasks.done = await make(daysFromToday(-1), 'done');
      tasks.orgWide = await insertTask(db, { organisationId, caseId: null, assigneeId: userId, dueOn: today() });

      await waitForJob(first.jobs!.boss, (await first.jobs!.boss.send(REMINDER_SWEEP))!);
      expect(await remindersOf(db, tasks.today!)).toHaveLength(1);
      expect(await remindersOf(db, tasks.late!)).toHaveLength(1);
      expect(await remindersOf(db, tasks.orgWide!)).toHaveLength(1);
      expect(await remindersOf(db, tasks.later!)).toEqual([]);
      expect(await remindersOf(db, tasks.done!)).toEqual([]);
    } finally {
      await first.app.close();
      await first.database.close();
    }

    const second = await startKelias(config, { logger: false });
    try {
      const db = second.database.db;
      // The sweep at start-up and one more asked for, on the same database. The embedded database
      // is one connection: pg-boss waits for a request's transaction instead of running inside it.
      let sent = false;
      const { sending } = await db.transaction().execute(async (trx) => {
        const sending = second.jobs!.boss.send(REMINDER_SWEEP).then((id) => { sent = true; return id; });
        await new Promise((resolve) => setTimeout(resolve, 300));
        await trx.selectFrom('tasks').select('id').execute();
        if (databaseKind === 'embedded') expect(sent).toBe(false);
        return { sending };
      });
      await waitForJob(second.jobs!.boss, (await sending)!);
      for (const name of ['today', 'late', 'orgWide']) expect(await remindersOf(db, tasks[name]!), name).toHaveLength(1);
      expect(await remindersOf(db, tasks.later!)).toEqual([]);
      expect(await db.selectFrom('reminders').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).toEqual({ n: 3 });
      expect(await duplicates(db)).toEqual([]);
    } finally {
      await second.app.close();
      await second.database.close();
    }
  }, 90_000);
});
