import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { withinScope } from '../../db/scope.ts';
import type { Scope } from '../../http/access.ts';
import type { FollowUpResults, TaskStatus } from '../../../contracts/tasks.ts';

// All SQL of tasks. Reminders: reminders.queries.ts.

/** What decides which tasks a user sees (the same rule as tasksVisible below, in SQL). */
export interface Viewer {
  userId: string;
  /** Where the user reads every case ('case.read_all'). */
  readAll: Scope;
  /** Where the user reads the cases whose team they are in ('case.read'). */
  read: Scope;
}

/**
 * A task on a case is seen by whoever may read the case (decision 0021); a task without a
 * case by its assignee, its author and those who read every case of its organisation.
 */
export function tasksVisible(viewer: Viewer) {
  return (eb: ExpressionBuilder<DB & { t: DB['tasks'] }, 't'>) => eb.or([
    withinScope(viewer.readAll, 't.organisation_id'),
    eb.and([
      eb('t.case_id', 'is', null),
      eb.or([eb('t.assignee_id', '=', viewer.userId), eb('t.created_by', '=', viewer.userId)]),
    ]),
    eb.and([
      eb('t.case_id', 'is not', null),
      withinScope(viewer.read, 't.organisation_id'),
      eb.exists(eb.selectFrom('case_members as m').select(sql`1`.as('one'))
        .whereRef('m.case_id', '=', 't.case_id').where('m.user_id', '=', viewer.userId)),
    ]),
  ]);
}

function selectTasks(db: Database) {
  return db.selectFrom('tasks as t')
    .innerJoin('users as a', 'a.id', 't.assignee_id')
    .leftJoin('cases as c', 'c.id', 't.case_id')
    .leftJoin('participants as p', 'p.id', 'c.participant_id')
    .leftJoin('placement_follow_ups as pf', 'pf.task_id', 't.id')
    .select(['pf.placement_id', 'pf.recorded_on as placement_follow_up_recorded_on',
      't.id', 't.organisation_id', 't.case_id', 't.title', 't.details', 't.kind', 't.assignee_id', 't.due_on', 't.status',
      't.done_at', 't.done_by', 't.created_by', 't.created_at', 't.version',
      'a.first_name as assignee_first_name', 'a.last_name as assignee_last_name',
      'c.participant_id', 'p.first_name as participant_first_name', 'p.last_name as participant_last_name',
    ]);
}

export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

export function findTask(db: Database, id: string) {
  return selectTasks(db).where('t.id', '=', id).executeTakeFirst();
}

export interface TaskFilter {
  assigneeId?: string | undefined;
  status?: TaskStatus | undefined;
  /** Only open tasks due before this day. */
  overdueBefore?: string | undefined;
}

function filtered(db: Database, viewer: Viewer, filter: TaskFilter) {
  let query = selectTasks(db).where(tasksVisible(viewer));
  if (filter.assigneeId) query = query.where('t.assignee_id', '=', filter.assigneeId);
  if (filter.status) query = query.where('t.status', '=', filter.status);
  if (filter.overdueBefore) query = query.where('t.status', '=', 'open').where('t.due_on', '<', filter.overdueBefore);
  return query;
}

/** Open tasks first, the earliest due first (so the overdue lead), then done and cancelled, the latest first. */
const urgentFirst = sql`case when t.status = 'open' then 0 else 1 end, case when t.status = 'open' then t.due_on end asc, coalesce(t.done_at, t.created_at) desc, t.id`;

export async function listTasks(db: Database, viewer: Viewer, filter: TaskFilter, limit: number) {
  const [items, count] = await Promise.all([
    filtered(db, viewer, filter).orderBy(urgentFirst).limit(limit).execute(),
    filtered(db, viewer, filter).clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

export function tasksOfCase(db: Database, caseId: string, limit: number) {
  return selectTasks(db).where('t.case_id', '=', caseId).orderBy(urgentFirst).limit(limit).execute();
}

/** The people a task on the case may go to: its team and its case manager, active accounts only. */
export function caseAssignees(db: Database, caseId: string) {
  return db.selectFrom('users as u')
    .select(['u.id', 'u.first_name', 'u.last_name'])
    .where('u.is_active', '=', true)
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('case_members as m').select(sql`1`.as('one')).whereRef('m.user_id', '=', 'u.id').where('m.case_id', '=', caseId)),
      eb.exists(eb.selectFrom('cases as c').select(sql`1`.as('one')).whereRef('c.case_manager_id', '=', 'u.id').where('c.id', '=', caseId)),
    ]))
    .orderBy(sql`u.sort_key collate "C"`).orderBy('u.id')
    .execute();
}

/** An active user's roles in the organisation, and whether they are in the case's team. */
export async function assigneeFacts(db: Database, userId: string, organisationId: string, caseId: string | null) {
  const [memberships, team] = await Promise.all([
    db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['memberships.organisation_id', 'memberships.role'])
      .where('memberships.user_id', '=', userId).where('memberships.organisation_id', '=', organisationId).where('users.is_active', '=', true)
      .execute(),
    caseId === null ? Promise.resolve(undefined)
      : db.selectFrom('case_members').select('user_id').where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst(),
  ]);
  return { memberships: memberships.map((m) => ({ organisationId: m.organisation_id, role: m.role })), inTeam: team !== undefined };
}

export async function insertTask(db: Database, values: {
  organisationId: string; caseId: string | null; title: string; details: string; assigneeId: string; dueOn: string; createdBy: string;
}): Promise<string> {
  const { id } = await db.insertInto('tasks').values({
    organisation_id: values.organisationId, case_id: values.caseId, title: values.title, details: values.details,
    assignee_id: values.assigneeId, due_on: values.dueOn, created_by: values.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export interface TaskChanges {
  title?: string;
  details?: string;
  assigneeId?: string;
  dueOn?: string;
  status?: TaskStatus;
  /** 'set': done now by doneBy; 'clear': no longer done. */
  done: 'set' | 'clear' | 'keep';
  doneBy: string | null;
}

/** Changes the task if nobody saved it since `version` was read (0 rows otherwise). */
export function updateTask(db: Database, id: string, version: number, changes: TaskChanges) {
  return db.updateTable('tasks')
    .set({
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.details !== undefined ? { details: changes.details } : {}),
      ...(changes.assigneeId !== undefined ? { assignee_id: changes.assigneeId } : {}),
      ...(changes.dueOn !== undefined ? { due_on: changes.dueOn } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.done === 'set' ? { done_at: sql`now()`, done_by: changes.doneBy } : {}),
      ...(changes.done === 'clear' ? { done_at: null, done_by: null } : {}),
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

/** A reassigned task's reminders not yet read go with it to the new assignee. */
export async function handOverUnreadReminders(db: Database, taskId: string, assigneeId: string) {
  await db.updateTable('reminders').set({ user_id: assigneeId })
    .where('task_id', '=', taskId).where('read_at', 'is', null)
    .execute();
}

/** The ESF+ longer-term results from the 6-month follow-up, on the case (its version moves on). */
export async function recordFollowUpResults(db: Database, caseId: string, results: FollowUpResults) {
  await db.updateTable('cases')
    .set({
      result_employed_6_months: results.employed6Months,
      result_improved_6_months: results.improved6Months,
      updated_at: sql`now()`,
      version: sql`version + 1`,
    })
    .where('id', '=', caseId)
    .execute();
}
