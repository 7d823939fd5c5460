import type { Context } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { TASK_LIMITS } from '../../../contracts/tasks.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import * as q from './reminders.queries.ts';
import { presentReminder } from './tasks.present.ts';

// A user's own reminders. The sweep that creates them is reminders.queries.ts
// sweepReminders, run by pg-boss (src/server/jobs).

/** Only the number: the header asks on every page, and a count says nothing about anyone. */
export async function unread(ctx: Context) {
  return { unread: await q.countUnread(ctx.db, ctx.actor.userId) };
}

export async function mine(ctx: Context) {
  const [rows, unreadCount] = await Promise.all([
    q.listReminders(ctx.db, ctx.actor.userId, TASK_LIMITS.remindersShown),
    q.countUnread(ctx.db, ctx.actor.userId),
  ]);
  // Task titles are free text and may name a person: the read is audited like a task list.
  await recordAudit(ctx.db, ctx, { action: 'reminder.list', entityType: 'reminder', details: { shown: rows.map((row) => row.id) } });
  return { items: rows.map(presentReminder), unread: unreadCount };
}

/** Marks one of the user's reminders read; someone else's answers 404 like a missing one. */
export async function markRead(ctx: Context, id: number) {
  const row = await q.findReminder(ctx.db, id);
  if (!row) throw errors.notFound();
  if (row.user_id !== ctx.actor.userId) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'reminder.read', entityType: 'reminder', entityId: String(id), organisationId: row.organisation_id });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await q.markRead(trx, id);
    await recordAudit(trx, ctx, { action: 'reminder.read', entityType: 'reminder', entityId: String(id), organisationId: row.organisation_id });
  });
  return { unread: await q.countUnread(ctx.db, ctx.actor.userId) };
}
