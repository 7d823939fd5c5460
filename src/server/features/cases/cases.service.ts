import type { Context } from '../../http/context.ts';
import type { Database } from '../../db/connect.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { decodeNameCursor, encodeNameCursor } from '../../shared/name-cursor.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import type { FieldError } from '../../../contracts/errors.ts';
import {
  STAGE_NAMES, TRANSITION_REFUSALS, type CaseListQuery, type CaseStage, type CaseTeamRole, type CaseTeamUpdate, type Handover,
  type StageChange, type TimelineQuery,
} from '../../../contracts/cases.ts';
import { caseFor, readInCase, readsCase } from './cases.access.ts';
import * as q from './cases.queries.ts';
import { presentCase, presentCaseloadItem, presentDayAppointment, presentTimelineEntry } from './cases.present.ts';
import { checkTransition, nextStages, waitingFor, type TransitionCheck } from './workflow.rules.ts';
import { FOLLOW_UP_TITLE, followUpDue, immediateResults, outcomeDateProblem } from './outcome.rules.ts';
import { suggestedOutcome } from '../placements/placements.rules.ts';
import type { PlacementKind } from '../../../contracts/employment.ts';

// Use cases of the case itself: caseload, page, stage moves and closing, team, handover,
// timeline. Each starts with the access check of cases.access.ts; changes run in one
// transaction with their timeline event and audit entry.

type FieldProblem = Omit<FieldError, 'message'>;

/** Today in Lithuania, as 'YYYY-MM-DD' (the server may run in UTC). */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });

const caseErrors = {
  /** The message names the stage and what is missing, in the user's language; details say it as codes. */
  transitionNotAllowed: (to: CaseStage, check: Extract<TransitionCheck, { allowed: false }>, fields: FieldProblem[] = []) => {
    const missing = TRANSITION_REFUSALS[check.problem === 'condition_missing' ? check.condition : check.problem];
    return new AppError('CASE.TRANSITION_NOT_ALLOWED', 409, {
      params: { stageLt: STAGE_NAMES[to].lt, stageEn: STAGE_NAMES[to].en, missingLt: missing.lt, missingEn: missing.en },
      details: {
        problem: check.problem, condition: check.problem === 'condition_missing' ? check.condition : null, to,
        ...(fields.length ? { fields } : {}),
      },
    });
  },
};

/** A volunteer or a teacher in the team sees the case, not who it is about (decision 0023). */
const readsParticipants = (ctx: Context, organisationId: string) => inScope(scopeOf(ctx.actor, 'participant.read'), organisationId);

// ── My caseload ─────────────────────────────────────────────────────────────

/** My cases (case manager or team member), or with scope=organisation every case the user may read in full. */
export async function list(ctx: Context, query: CaseListQuery) {
  demand(ctx.actor, 'case.read');
  const which = query.scope ?? 'mine';
  if (which === 'organisation') demand(ctx.actor, 'case.read_all');
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const rows = await q.listCaseload(ctx.db, {
    userId: ctx.actor.userId, which, scope: scopeOf(ctx.actor, which === 'organisation' ? 'case.read_all' : 'case.read'),
    stage: query.stage, includeClosed: query.includeClosed ?? false, today: today(),
  }, decodeNameCursor(query.cursor), pageSize + 1);
  const page = rows.slice(0, pageSize);
  await recordAudit(ctx.db, ctx, {
    action: 'case.list', entityType: 'case', details: { shown: page.map((row) => row.id), filter: { ...query, cursor: undefined } },
  });
  return {
    items: page.map((row) => presentCaseloadItem(row, ctx.actor.userId, ctx.language, readsParticipants(ctx, row.organisation_id))),
    nextCursor: rows.length > pageSize ? encodeNameCursor(page.at(-1)!) : null,
  };
}

/** The top of "My caseload": my overdue tasks and my appointments today. */
export async function summary(ctx: Context) {
  demand(ctx.actor, 'case.read');
  const day = today();
  const [overdueTasks, appointments] = await Promise.all([
    q.countOverdueTasks(ctx.db, ctx.actor.userId, day),
    q.appointmentsOnDay(ctx.db, ctx.actor.userId, day),
  ]);
  await recordAudit(ctx.db, ctx, { action: 'case.summary', entityType: 'appointment', details: { shown: appointments.map((a) => a.id), day } });
  return { overdueTasks, todayAppointments: appointments.map((a) => presentDayAppointment(a, readsParticipants(ctx, a.organisation_id))) };
}

// ── The case page ───────────────────────────────────────────────────────────

function readCaseParts(db: Database, id: string) {
  return Promise.all([q.findCaseDetails(db, id), q.caseTeam(db, id), q.caseFacts(db, id)]);
}

function present(ctx: Context, [row, team, { placements, ...counted }]: Awaited<ReturnType<typeof readCaseParts>>) {
  if (!row) throw errors.notFound();
  const stage = row.stage as CaseStage;
  const facts = { ...counted, outcomeRecorded: row.outcome !== null };
  const next = { stages: nextStages(stage, facts), waitingFor: waitingFor(stage, facts) };
  const suggested = suggestedOutcome(placements.map((p) => ({ ...p, kind: p.kind as PlacementKind })), today());
  return presentCase(row, team, facts, next, ctx.language, readsParticipants(ctx, row.organisation_id), suggested);
}

async function presentById(db: Database, id: string, ctx: Context) {
  return present(ctx, await readCaseParts(db, id));
}

/**
 * The case page. Its reads run together and the access rule is applied to what they
 * returned (the team tells membership), so the page costs one round of queries; nothing
 * read leaves the server unless the rule allows it.
 */
export async function show(ctx: Context, id: string) {
  const parts = await readCaseParts(ctx.db, id);
  const [row, team] = parts;
  if (!row) throw errors.notFound();
  if (!(await readsCase(ctx.actor, row.organisation_id, () => team.some((member) => member.user_id === ctx.actor.userId)))) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'case.view', entityType: 'case', entityId: id, organisationId: row.organisation_id });
  }
  await recordAudit(ctx.db, ctx, { action: 'case.view', entityType: 'case', entityId: id, organisationId: row.organisation_id });
  return present(ctx, parts);
}

// ── Stage moves, closing and reopening ──────────────────────────────────────

/** Outcome fields belong to closing only; an outcome date lies between the opening and today. */
function outcomeProblems(input: StageChange, openedOn: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.to !== 'closed') {
    for (const field of ['outcome', 'outcomeOn', 'outcomeNote'] as const) {
      if (input[field] !== undefined) problems.push({ field, problem: 'only_when_closing' });
    }
  } else if (input.outcomeOn !== undefined) {
    const problem = outcomeDateProblem(input.outcomeOn, openedOn, today());
    if (problem) problems.push({ field: 'outcomeOn', problem, ...(problem === 'before_start' ? { params: { start: openedOn } } : {}) });
  }
  return problems;
}

/**
 * Moves the case to another stage if the workflow allows it with the facts in the database
 * (decision 0021). Closing records the outcome, its ESF+ results, exits the enrolment and
 * creates the 6-month follow-up task; reopening takes the enrolment back and cancels that
 * task. All of it, the timeline event and the audit entry commit together or not at all.
 */
export async function changeStage(ctx: Context, id: string, input: StageChange) {
  const row = await caseFor(ctx, id, 'case.manage', 'case.stage');
  if (row.version !== input.version) throw errors.recordChanged(row.version);
  const problems = outcomeProblems(input, row.opened_on);
  if (problems.length) throw errors.validation(problems);

  const from = row.stage as CaseStage;
  const closing = input.to === 'closed';
  const reopening = from === 'closed';
  const reason = input.reason?.trim() ?? '';
  const outcomeGiven = input.outcome !== undefined && input.outcomeOn !== undefined;
  const facts = { ...(await q.caseFacts(ctx.db, id)), outcomeRecorded: closing ? outcomeGiven : row.outcome !== null };
  const check = checkTransition(from, input.to, facts, reason);
  if (!check.allowed) {
    const fields: FieldProblem[] = check.problem === 'reason_required' ? [{ field: 'reason', problem: 'required' }]
      : check.problem === 'condition_missing' && check.condition === 'outcome'
        ? (['outcome', 'outcomeOn'] as const).filter((f) => input[f] === undefined).map((field) => ({ field, problem: 'required' as const }))
        : [];
    throw caseErrors.transitionNotAllowed(input.to, check, fields);
  }

  const values: q.StageValues = { stage: input.to };
  if (closing) {
    const results = immediateResults(input.outcome!);
    Object.assign(values, {
      closed_on: input.outcomeOn!, outcome: input.outcome!, outcome_on: input.outcomeOn!, outcome_note: input.outcomeNote ?? '',
      result_job_searching: results.jobSearching, result_education_or_training: results.educationOrTraining,
      result_qualification: results.qualification, result_employed: results.employed,
    });
  }
  // The outcome stays until the case is closed again: reopening is for a case closed by mistake.
  if (reopening) values.closed_on = null;

  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateCase(trx, id, input.version, values), row.version);
    let followUpTaskId: string | null = null;
    let cancelledTaskIds: string[] = [];
    if (closing) {
      await q.exitEnrolment(trx, row.enrolment_id, input.outcomeOn!, input.outcome!);
      followUpTaskId = await q.insertFollowUpTask(trx, {
        organisationId: row.organisation_id, caseId: id, title: FOLLOW_UP_TITLE, assigneeId: row.case_manager_id ?? ctx.actor.userId,
        dueOn: followUpDue(input.outcomeOn!), createdBy: ctx.actor.userId,
      });
    }
    if (reopening) {
      await q.reinstateEnrolment(trx, row.enrolment_id);
      cancelledTaskIds = await q.cancelFollowUpTasks(trx, id);
    }
    const closingFacts = closing ? { outcome: input.outcome!, outcomeOn: input.outcomeOn!, followUpTaskId } : {};
    await q.recordCaseEvent(trx, id, ctx.actor.userId, 'stage_changed', {
      from, to: input.to, direction: check.direction, reasonGiven: reason !== '', ...(reason ? { reason } : {}), ...closingFacts,
    });
    await recordAudit(trx, ctx, {
      action: 'case.stage', entityType: 'case', entityId: id, organisationId: row.organisation_id,
      details: {
        from, to: input.to, direction: check.direction, reasonGiven: reason !== '', ...closingFacts,
        ...(closing || reopening ? { enrolmentId: row.enrolment_id } : {}), ...(cancelledTaskIds.length ? { cancelledTaskIds } : {}),
      },
    });
  });
  return presentById(ctx.db, id, ctx);
}

// ── Team and handover ───────────────────────────────────────────────────────

/** Active staff of the case's organisation: whom the team and the handover may name. */
export async function staff(ctx: Context, id: string) {
  const row = await caseFor(ctx, id, 'case.manage', 'case.staff');
  return (await q.activeStaff(ctx.db, row.organisation_id)).map((s) => ({ id: s.id, name: `${s.firstName} ${s.lastName}`, roles: s.roles }));
}

const memberKey = (m: { userId: string; role: string }) => `${m.userId}/${m.role}`;

/**
 * Replaces the team. Members must be active staff of the case's organisation; the role
 * case manager only for those who are case managers there. The case manager named on the
 * case always stays in the team: who that is changes by handover.
 */
export async function saveTeam(ctx: Context, id: string, input: CaseTeamUpdate) {
  const row = await caseFor(ctx, id, 'case.manage', 'case.team');
  if (row.version !== input.version) throw errors.recordChanged(row.version);
  const people = new Map((await q.activeStaff(ctx.db, row.organisation_id)).map((s) => [s.id, s]));
  const problems: FieldProblem[] = [];
  input.members.forEach((member, index) => {
    const person = people.get(member.userId);
    if (!person) problems.push({ field: `members.${index}.userId`, problem: 'not_member' });
    else if (member.role === 'case_manager' && !person.roles.includes('case_manager')) problems.push({ field: `members.${index}.role`, problem: 'not_case_manager' });
  });
  if (problems.length) throw errors.validation(problems);

  const members = new Map(input.members.map((m) => [memberKey(m), m]));
  if (row.case_manager_id) members.set(memberKey({ userId: row.case_manager_id, role: 'case_manager' }), { userId: row.case_manager_id, role: 'case_manager' });
  const before = await q.caseTeam(ctx.db, id);
  const beforeKeys = new Set(before.map((m) => memberKey({ userId: m.user_id, role: m.role })));
  const names = new Map<string, string>([
    ...before.map((m) => [m.user_id, `${m.first_name} ${m.last_name}`] as const),
    ...[...people.values()].map((p) => [p.id, `${p.firstName} ${p.lastName}`] as const),
  ]);
  const nameOf = (userId: string) => names.get(userId) ?? '';
  const added = [...members.values()].filter((m) => !beforeKeys.has(memberKey(m))).map((m) => ({ userId: m.userId, name: nameOf(m.userId), role: m.role }));
  const removed = before.filter((m) => !members.has(memberKey({ userId: m.user_id, role: m.role })))
    .map((m) => ({ userId: m.user_id, name: nameOf(m.user_id), role: m.role as CaseTeamRole }));

  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateCase(trx, id, input.version, {}), row.version);
    await q.replaceTeam(trx, id, [...members.values()]);
    if (added.length || removed.length) await q.recordCaseEvent(trx, id, ctx.actor.userId, 'team_changed', { added, removed });
    await recordAudit(trx, ctx, {
      action: 'case.team', entityType: 'case', entityId: id, organisationId: row.organisation_id,
      details: { added: added.map(({ userId, role }) => ({ userId, role })), removed: removed.map(({ userId, role }) => ({ userId, role })) },
    });
  });
  return presentById(ctx.db, id, ctx);
}

/** Hands the case over to another case manager of the organisation, with a note; the previous one stays in the team. */
export async function handover(ctx: Context, id: string, input: Handover) {
  const row = await caseFor(ctx, id, 'case.manage', 'case.handover');
  if (row.version !== input.version) throw errors.recordChanged(row.version);
  if (input.toUserId === row.case_manager_id) throw errors.validation([{ field: 'toUserId', problem: 'same_case_manager' }]);
  const people = await q.activeStaff(ctx.db, row.organisation_id);
  const to = people.find((person) => person.id === input.toUserId);
  if (!to || !to.roles.includes('case_manager')) throw errors.validation([{ field: 'toUserId', problem: 'not_case_manager' }]);
  const previous = row.case_manager_id ? (await q.findCaseDetails(ctx.db, id))! : null;

  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateCase(trx, id, input.version, { case_manager_id: to.id }), row.version);
    await q.addTeamMembers(trx, id, [{ userId: to.id, role: 'case_manager' }]);
    await q.recordCaseEvent(trx, id, ctx.actor.userId, 'handed_over', {
      fromUserId: row.case_manager_id, fromName: previous ? `${previous.manager_first_name} ${previous.manager_last_name}` : null,
      toUserId: to.id, toName: `${to.firstName} ${to.lastName}`, note: input.note,
    });
    await recordAudit(trx, ctx, {
      action: 'case.handover', entityType: 'case', entityId: id, organisationId: row.organisation_id,
      details: { fromUserId: row.case_manager_id, toUserId: to.id },
    });
  });
  return presentById(ctx.db, id, ctx);
}

// ── Timeline ────────────────────────────────────────────────────────────────

export async function timeline(ctx: Context, id: string, query: TimelineQuery) {
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const [row, rows] = await readInCase(ctx, id, 'case.timeline', () => q.timeline(ctx.db, id, query.cursor ?? null, pageSize + 1));
  const page = rows.slice(0, pageSize);
  await recordAudit(ctx.db, ctx, {
    action: 'case.timeline', entityType: 'case', entityId: id, organisationId: row.organisation_id, details: { cursor: query.cursor ?? null, shown: page.length },
  });
  return { items: page.map(presentTimelineEntry), nextCursor: rows.length > pageSize ? String(page.at(-1)!.id) : null };
}
