import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

// All SQL of reminders (decision 0022).

/**
 * One set-based statement: a reminder for every open task due on `today` or earlier that
 * has none for its current due date. The unique key (task_id, due_on) is the guarantee —
 * two sweeps at once, a retry or a restart half-way insert nothing twice; `not exists`
 * only spares the database the attempt. Returns how many reminders were created.
 */
export async function sweepReminders(db: Database, today: string): Promise<number> {
  const result = await db.insertInto('reminders')
    .columns(['task_id', 'due_on', 'user_id'])
    .expression((eb) => eb.selectFrom('tasks as t')
      .select(['t.id', 't.due_on', 't.assignee_id'])
      .where('t.status', '=', 'open')
      .where('t.due_on', '<=', today)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('reminders as r').select(sql`1`.as('one'))
        .whereRef('r.task_id', '=', 't.id').whereRef('r.due_on', '=', 't.due_on')))))
    .onConflict((oc) => oc.columns(['task_id', 'due_on']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export type ReminderRow = Awaited<ReturnType<typeof listReminders>>[number];

/** The user's reminders, the newest first, with their task's title and status now. */
export function listReminders(db: Database, userId: string, limit: number) {
  return db.selectFrom('reminders as r')
    .innerJoin('tasks as t', 't.id', 'r.task_id')
    .select(['r.id', 'r.task_id', 'r.due_on', 'r.created_at', 'r.read_at', 't.case_id', 't.title', 't.status'])
    .where('r.user_id', '=', userId)
    .orderBy('r.created_at', 'desc').orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}

/** Unread reminders of tasks still open: a finished task needs no more attention. */
export async function countUnread(db: Database, userId: string): Promise<number> {
  const row = await db.selectFrom('reminders as r')
    .innerJoin('tasks as t', 't.id', 'r.task_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.user_id', '=', userId).where('r.read_at', 'is', null).where('t.status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findReminder(db: Database, id: number) {
  return db.selectFrom('reminders as r').innerJoin('tasks as t', 't.id', 'r.task_id')
    .select(['r.id', 'r.user_id', 'r.read_at', 't.organisation_id'])
    .where('r.id', '=', id).executeTakeFirst();
}

/** Marks the reminder read once; reading it again changes nothing. */
export async function markRead(db: Database, id: number) {
  await db.updateTable('reminders').set({ read_at: sql`now()` }).where('id', '=', id).where('read_at', 'is', null).execute();
}
