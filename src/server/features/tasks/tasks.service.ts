import type { Context } from '../../http/context.ts';
import { can, demand, inScope, scopeOf, type Actor } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import type { Database } from '../../db/connect.ts';
import type { Role } from '../../../contracts/roles.ts';
import { TASK_LIMITS, type TaskCreate, type TaskListQuery, type TaskStatus, type TaskUpdate, type TaskKind } from '../../../contracts/tasks.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { caseFor, caseInScope, mayReadCase } from '../cases/cases.access.ts';
import { recordCaseEvent } from '../cases/cases.queries.ts';
import { todayInLithuania, type FieldIssue } from '../participants/participants.rules.ts';
import * as q from './tasks.queries.ts';
import { presentTask } from './tasks.present.ts';
import { completionChange, dueOnIssues, followUpIssues } from './tasks.rules.ts';

// Tasks on a case are worked by its team ('case.work' on a case the user may read); a task
// without a case by its assignee and its author, and by those who manage the organisation's
// cases. Every change writes its audit entry, and on a case its timeline event, in the
// same transaction.

const viewerOf = (actor: Actor): q.Viewer => ({ userId: actor.userId, readAll: scopeOf(actor, 'case.read_all'), read: scopeOf(actor, 'case.read') });

function present(ctx: Context, row: q.TaskRow, today: string) {
  return presentTask(row, today, inScope(scopeOf(ctx.actor, 'participant.read'), row.organisation_id));
}

/** The task, if the actor may see it; otherwise 404 exactly like a missing one, and the attempt audited. */
async function taskInScope(ctx: Context, id: string, action: string): Promise<q.TaskRow> {
  const row = await q.findTask(ctx.db, id);
  if (!row) throw errors.notFound();
  const visible = row.case_id !== null
    ? await mayReadCase(ctx, { id: row.case_id, organisation_id: row.organisation_id })
    : row.assignee_id === ctx.actor.userId || row.created_by === ctx.actor.userId || inScope(scopeOf(ctx.actor, 'case.read_all'), row.organisation_id);
  if (!visible) await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'task', entityId: id, organisationId: row.organisation_id });
  return row;
}

function demandChange(ctx: Context, row: q.TaskRow) {
  if (row.case_id !== null) return demand(ctx.actor, 'case.work', row.organisation_id);
  const own = row.assignee_id === ctx.actor.userId || row.created_by === ctx.actor.userId;
  if (!own) demand(ctx.actor, 'case.manage', row.organisation_id);
}

/**
 * Who may be given a task: on a case, someone who can read it — a team member holding
 * 'case.read', or anyone holding 'case.read_all' in its organisation; without a case, any
 * active staff member of the organisation. Asked through `can`, like for the actor.
 */
async function assigneeIssues(db: Database, assigneeId: string, organisationId: string, caseId: string | null): Promise<FieldIssue[]> {
  const facts = await q.assigneeFacts(db, assigneeId, organisationId, caseId);
  if (facts.memberships.length === 0) return [{ field: 'assigneeId', problem: 'not_organisation_staff' }];
  if (caseId === null) return [];
  const assignee: Actor = { userId: assigneeId, name: '', isSystemAdmin: false, memberships: facts.memberships.map((m) => ({ ...m, role: m.role as Role })) };
  if (can(assignee, 'case.read_all', organisationId)) return [];
  if (facts.inTeam && can(assignee, 'case.read', organisationId)) return [];
  return [{ field: 'assigneeId', problem: 'not_case_team' }];
}

/** The organisation of a task without a case: the one named, or the only one the user works cases in. */
async function organisationFor(ctx: Context, organisationId: string | undefined): Promise<string> {
  if (organisationId !== undefined) {
    if (!inScope(scopeOf(ctx.actor, 'organisation.read'), organisationId)) {
      await refuseOutOfScope(ctx.db, ctx, { action: 'task.create', entityType: 'organisation', entityId: organisationId });
    }
    demand(ctx.actor, 'case.work', organisationId);
    return organisationId;
  }
  demand(ctx.actor, 'case.work');
  const scope = scopeOf(ctx.actor, 'case.work');
  if (scope !== 'all' && scope.length === 1) return scope[0]!;
  throw errors.validation([{ field: 'organisationId', problem: 'required' }]);
}

export async function create(ctx: Context, input: TaskCreate) {
  const today = todayInLithuania();
  const caseRow = input.caseId !== undefined ? await caseFor(ctx, input.caseId, 'case.work', 'task.create') : null;
  const organisationId = caseRow ? caseRow.organisation_id : await organisationFor(ctx, input.organisationId);
  const caseId = caseRow?.id ?? null;
  const issues = [
    ...(caseRow && input.organisationId !== undefined && input.organisationId !== organisationId ? [{ field: 'organisationId', problem: 'invalid' } as const] : []),
    ...dueOnIssues(input.dueOn, null, today),
    ...(await assigneeIssues(ctx.db, input.assigneeId, organisationId, caseId)),
  ];
  if (issues.length > 0) throw errors.validation(issues);

  return ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertTask(trx, {
      organisationId, caseId, title: input.title, details: input.details ?? '', assigneeId: input.assigneeId, dueOn: input.dueOn, createdBy: ctx.actor.userId,
    });
    const row = (await q.findTask(trx, id))!;
    // The title stays off the timeline: it is free text and may be about the person.
    if (caseId) {
      await recordCaseEvent(trx, caseId, ctx.actor.userId, 'task_created', {
        taskId: id, assigneeId: input.assigneeId, assigneeName: `${row.assignee_first_name} ${row.assignee_last_name}`, dueOn: input.dueOn,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'task.create', entityType: 'task', entityId: id, organisationId, details: { caseId, assigneeId: input.assigneeId, dueOn: input.dueOn },
    });
    return present(ctx, row, today);
  });
}

/**
 * Changes a task if nobody saved it since `version` was read. Done records who and when;
 * completing a 6-month follow-up writes its ESF+ results to the case in the same transaction.
 */
export async function update(ctx: Context, id: string, input: TaskUpdate) {
  const task = await taskInScope(ctx, id, 'task.update');
  demandChange(ctx, task);
  // A follow-up after placement is done by recording its answer on the placement page
  // (decision 0034): done from here it would lose the retention it asks about.
  if (task.placement_id && task.placement_follow_up_recorded_on === null && input.status === 'done' && task.status !== 'done') {
    throw new AppError('TASK.RECORD_ON_PLACEMENT', 409, { details: { placementId: task.placement_id } });
  }
  const today = todayInLithuania();
  const status = task.status as TaskStatus;
  const reassigned = input.assigneeId !== undefined && input.assigneeId !== task.assignee_id;
  const issues = [
    ...dueOnIssues(input.dueOn, task.due_on, today),
    ...followUpIssues({ kind: task.kind as TaskKind, status }, input.status, input.followUp),
    ...(reassigned ? await assigneeIssues(ctx.db, input.assigneeId!, task.organisation_id, task.case_id) : []),
  ];
  if (issues.length > 0) throw errors.validation(issues);
  const completion = completionChange(status, input.status, ctx.actor.userId);
  const { version, followUp, ...changes } = input;

  return ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateTask(trx, id, version, { ...changes, done: completion.done, doneBy: completion.doneBy }), task.version);
    if (reassigned) await q.handOverUnreadReminders(trx, id, input.assigneeId!);
    if (followUp && task.case_id) await q.recordFollowUpResults(trx, task.case_id, followUp);
    if (task.case_id && completion.done === 'set') {
      await recordCaseEvent(trx, task.case_id, ctx.actor.userId, 'task_done', { taskId: id, kind: task.kind, ...(followUp ?? {}) });
    }
    await recordAudit(trx, ctx, {
      action: 'task.update', entityType: 'task', entityId: id, organisationId: task.organisation_id,
      details: { caseId: task.case_id, fields: Object.keys(input).filter((field) => field !== 'version'), ...(input.status ? { status: input.status } : {}) },
    });
    return present(ctx, (await q.findTask(trx, id))!, today);
  });
}

/** My tasks (assignee 'me', the default) or all I may see; open and overdue first. */
export async function list(ctx: Context, query: TaskListQuery) {
  const today = todayInLithuania();
  const { items, total } = await q.listTasks(ctx.db, viewerOf(ctx.actor), {
    assigneeId: (query.assignee ?? 'me') === 'me' ? ctx.actor.userId : undefined,
    status: query.status,
    overdueBefore: query.overdue ? today : undefined,
  }, TASK_LIMITS.listMax);
  await recordAudit(ctx.db, ctx, { action: 'task.list', entityType: 'task', details: { shown: items.map((row) => row.id), filter: query } });
  return { items: items.map((row) => present(ctx, row, today)), total };
}

/** The case's tasks and whom a new one may be assigned to. */
export async function ofCase(ctx: Context, caseId: string) {
  const caseRow = await caseInScope(ctx, caseId, 'task.list');
  const today = todayInLithuania();
  const [rows, assignees] = await Promise.all([q.tasksOfCase(ctx.db, caseId, TASK_LIMITS.listMax), q.caseAssignees(ctx.db, caseId)]);
  await recordAudit(ctx.db, ctx, {
    action: 'task.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id, details: { shown: rows.map((row) => row.id) },
  });
  return {
    items: rows.map((row) => present(ctx, row, today)),
    assignees: assignees.map((user) => ({ id: user.id, name: `${user.first_name} ${user.last_name}` })),
  };
}
