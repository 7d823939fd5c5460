import type { Context } from '../../http/context.ts';
import { can, inScope, scopeOf } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import type { Database } from '../../db/connect.ts';
import type { PlacementKind } from '../../../contracts/employment.ts';
import { FOLLOW_UP_MONTHS } from '../../../contracts/employment.ts';
import type { FollowUpRecord, PlacementCreate, PlacementEnd, PlacementUpdate, SupportCreate } from '../../../contracts/placements.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseInScope, openCaseFor, readInCase } from '../cases/cases.access.ts';
import { recordCaseEvent, type CaseRow } from '../cases/cases.queries.ts';
import { insertDeliveries } from '../services/services.queries.ts';
import { todayInLithuania } from '../services/services.rules.ts';
import * as q from './placements.queries.ts';
import { fadingPlanOf, presentListItem, presentPlacement, presentSupport } from './placements.present.ts';
import {
  fadingPlanIssues, followUpIssues, followUpSchedule, followUpTitle, placementIssues, placementWarnings, type FieldProblem,
} from './placements.rules.ts';
import { weeklyComparison } from './fading.rules.ts';

// Use cases of placements (decision 0034). A placement belongs to a case: reading it needs
// the case (decision 0021), changing it 'case.work' there and an open case. Every change
// runs in one transaction with its timeline event and audit entry; every read is audited.

/** What the service needs from the installation's configuration. */
export interface PlacementSettings { minimumMonthlyWageCents: number }

const placementErrors = {
  followUpRecorded: (months: number) => new AppError('PLACEMENT.FOLLOW_UP_RECORDED', 409, { details: { months } }),
  ended: () => new AppError('PLACEMENT.ENDED', 409),
};

const readsParticipants = (ctx: Context, organisationId: string) => inScope(scopeOf(ctx.actor, 'participant.read'), organisationId);

/** The placement and its case, if the actor may read the case; otherwise 404 like a missing one, the attempt audited. */
async function placementInScope(ctx: Context, id: string, action: string): Promise<{ row: q.PlacementRow; caseRow: CaseRow }> {
  const row = await q.findPlacement(ctx.db, id);
  if (!row) throw errors.notFound();
  const caseRow = await caseInScope(ctx, row.case_id, action);
  return { row, caseRow };
}

/** As placementInScope, and the actor works the case and it is open. */
async function placementToChange(ctx: Context, id: string, action: string) {
  const found = await placementInScope(ctx, id, action);
  if (!can(ctx.actor, 'case.work', found.caseRow.organisation_id)) throw errors.forbidden();
  if (found.caseRow.stage === 'closed') throw new AppError('CASE.CLOSED', 409, { details: { caseId: found.caseRow.id } });
  return found;
}

interface Resolved extends q.PlacementValues { kind: PlacementKind }

/** Every problem of a placement at once: employer, vacancy, occupation, dates, fading plan. */
async function checkPlacement(db: Database, organisationId: string, values: Resolved) {
  const issues: FieldProblem[] = [
    ...placementIssues({ kind: values.kind, employerId: values.employer_id, startsOn: values.starts_on, endsOn: values.ends_on }),
    ...fadingPlanIssues(values.fading_plan),
  ];
  const [employer, vacancy, occupation] = await Promise.all([
    values.employer_id ? q.findEmployer(db, values.employer_id) : null,
    values.vacancy_id ? q.findVacancy(db, values.vacancy_id) : null,
    q.unitGroupExists(db, values.isco_code),
  ]);
  if (values.employer_id && employer?.organisation_id !== organisationId) issues.push({ field: 'employerId', problem: 'employer_other_organisation' });
  if (values.vacancy_id) {
    if (vacancy?.organisation_id !== organisationId) issues.push({ field: 'vacancyId', problem: 'unknown_vacancy' });
    else if (vacancy.employer_id !== values.employer_id) issues.push({ field: 'vacancyId', problem: 'vacancy_other_employer' });
  }
  if (!occupation) issues.push({ field: 'iscoCode', problem: 'unknown_occupation' });
  if (issues.length > 0) throw errors.validation(issues);
}

async function presentById(ctx: Context, db: Database, id: string, settings: PlacementSettings, caseOpen: boolean) {
  const row = (await q.findPlacement(db, id))!;
  const [followUps, support] = await Promise.all([q.followUpsOf(db, id), q.supportTotals(db, id)]);
  return presentPlacement(row, { followUps, support, caseOpen }, {
    language: ctx.language, showParticipant: readsParticipants(ctx, row.organisation_id), minimumMonthlyWageCents: settings.minimumMonthlyWageCents,
  }, todayInLithuania());
}

// ── Recording ───────────────────────────────────────────────────────────────

/**
 * A placement with its 3-, 6- and 12-month follow-ups (jobs only, not trial practice), each
 * asked through a task for the case's job coach (else its case manager), in one
 * transaction; a vacancy whose positions are all taken becomes filled. A wage below the
 * minimum is saved, with a warning.
 */
export async function create(ctx: Context, caseId: string, input: PlacementCreate, settings: PlacementSettings) {
  const caseRow = await openCaseFor(ctx, caseId, 'case.work', 'placement.create');
  const values: Resolved = {
    kind: input.kind, employer_id: input.employerId ?? null, vacancy_id: input.vacancyId ?? null, isco_code: input.iscoCode,
    job_title: input.jobTitle, starts_on: input.startsOn, ends_on: input.endsOn ?? null, hours_per_week: input.hoursPerWeek,
    wage_monthly_cents: input.wageMonthlyCents ?? null, support_agreed: input.supportAgreed ?? '', fading_plan: input.fadingPlan ?? [],
  };
  await checkPlacement(ctx.db, caseRow.organisation_id, values);
  const assigneeId = (await q.followUpAssignee(ctx.db, caseId)) ?? ctx.actor.userId;

  return ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertPlacement(trx, {
      ...values, organisation_id: caseRow.organisation_id, case_id: caseId, participant_id: caseRow.participant_id, created_by: ctx.actor.userId,
    });
    const followUps = [];
    // Retention is asked of jobs; a trial practice is followed by the job it leads to, or not.
    for (const { months, dueOn } of values.kind === 'trial_practice' ? [] : followUpSchedule(values.starts_on)) {
      const taskId = await q.insertFollowUpTask(trx, {
        organisationId: caseRow.organisation_id, caseId, title: followUpTitle(months), assigneeId, dueOn, createdBy: ctx.actor.userId,
      });
      await q.insertFollowUp(trx, { placementId: id, months, dueOn, taskId });
      followUps.push({ months, dueOn, taskId });
    }
    const vacancyFilled = values.vacancy_id ? await q.fillVacancyIfTaken(trx, values.vacancy_id) : false;
    const warnings = placementWarnings({ kind: values.kind, wageMonthlyCents: values.wage_monthly_cents, hoursPerWeek: values.hours_per_week }, settings.minimumMonthlyWageCents, 'lt');
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'placement_recorded', {
      placementId: id, kind: values.kind, employerId: values.employer_id, iscoCode: values.isco_code, startsOn: values.starts_on,
    });
    await recordAudit(trx, ctx, {
      action: 'placement.create', entityType: 'placement', entityId: id, organisationId: caseRow.organisation_id,
      details: {
        caseId, kind: values.kind, employerId: values.employer_id, vacancyId: values.vacancy_id, startsOn: values.starts_on, assigneeId,
        followUps, vacancyFilled, warnings: warnings.map((w) => w.code),
      },
    });
    return presentById(ctx, trx, id, settings, true);
  });
}

/** Changes a placement read at `version`; a moved start moves the follow-ups not yet answered. */
export async function update(ctx: Context, id: string, input: PlacementUpdate, settings: PlacementSettings) {
  const { row, caseRow } = await placementToChange(ctx, id, 'placement.update');
  if (row.version !== input.version) throw errors.recordChanged(row.version);
  const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
  const values: Resolved = {
    kind: row.kind as PlacementKind,
    employer_id: pick(input.employerId, row.employer_id),
    vacancy_id: pick(input.vacancyId, row.vacancy_id),
    isco_code: pick(input.iscoCode, row.isco_code),
    job_title: pick(input.jobTitle, row.job_title),
    starts_on: pick(input.startsOn, row.starts_on),
    ends_on: pick(input.endsOn, row.ends_on),
    hours_per_week: pick(input.hoursPerWeek, row.hours_per_week),
    wage_monthly_cents: pick(input.wageMonthlyCents, row.wage_monthly_cents),
    support_agreed: pick(input.supportAgreed, row.support_agreed),
    fading_plan: pick(input.fadingPlan, fadingPlanOf(row)),
  };
  await checkPlacement(ctx.db, caseRow.organisation_id, values);
  if (row.ended_on !== null && row.ended_on < values.starts_on) throw errors.validation([{ field: 'startsOn', problem: 'invalid' }]);

  return ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updatePlacement(trx, id, input.version, values), row.version);
    if (values.starts_on !== row.starts_on) {
      for (const { months, dueOn } of followUpSchedule(values.starts_on)) await q.moveFollowUp(trx, id, months, dueOn);
    }
    const vacancyFilled = values.vacancy_id ? await q.fillVacancyIfTaken(trx, values.vacancy_id) : false;
    await recordAudit(trx, ctx, {
      action: 'placement.update', entityType: 'placement', entityId: id, organisationId: row.organisation_id,
      details: { caseId: row.case_id, fields: Object.keys(input).filter((field) => field !== 'version'), vacancyFilled },
    });
    return presentById(ctx, trx, id, settings, true);
  });
}

/** The placement ended: when and why. Its follow-ups stay: retention is asked of the person, not of the job. */
export async function end(ctx: Context, id: string, input: PlacementEnd, settings: PlacementSettings) {
  const { row } = await placementToChange(ctx, id, 'placement.end');
  if (row.ended_on !== null) throw placementErrors.ended();
  const issues: FieldProblem[] = [];
  if (input.endedOn < row.starts_on) issues.push({ field: 'endedOn', problem: 'before_start', params: { start: row.starts_on } });
  else if (input.endedOn > todayInLithuania()) issues.push({ field: 'endedOn', problem: 'date_in_future' });
  if (issues.length > 0) throw errors.validation(issues);

  return ctx.db.transaction().execute(async (trx) => {
    const result = await q.endPlacement(trx, id, input.endedOn, input.endReason);
    if (Number(result.numUpdatedRows) === 0) throw placementErrors.ended();
    await recordCaseEvent(trx, row.case_id, ctx.actor.userId, 'placement_ended', {
      placementId: id, kind: row.kind, employerId: row.employer_id, endedOn: input.endedOn, endReason: input.endReason,
    });
    await recordAudit(trx, ctx, {
      action: 'placement.end', entityType: 'placement', entityId: id, organisationId: row.organisation_id,
      details: { caseId: row.case_id, endedOn: input.endedOn, endReason: input.endReason },
    });
    return presentById(ctx, trx, id, settings, true);
  });
}

// ── Follow-ups ──────────────────────────────────────────────────────────────

/**
 * The answer of a follow-up, once, from two weeks before it is due; its task is done in
 * the same transaction. A closed case still takes it: follow-ups come after the exit.
 */
export async function recordFollowUp(ctx: Context, id: string, months: number, input: FollowUpRecord, settings: PlacementSettings) {
  if (!(FOLLOW_UP_MONTHS as readonly number[]).includes(months)) throw errors.notFound();
  const { row, caseRow } = await placementInScope(ctx, id, 'placement.follow_up');
  if (!can(ctx.actor, 'case.work', caseRow.organisation_id)) throw errors.forbidden();
  const followUp = (await q.followUpsOf(ctx.db, id)).find((f) => f.months === months);
  if (!followUp) throw errors.notFound();
  if (followUp.recorded_on !== null) throw placementErrors.followUpRecorded(months);
  const issues = followUpIssues({ dueOn: followUp.due_on }, input.recordedOn, todayInLithuania());
  if (issues.length > 0) throw errors.validation(issues);
  const sameEmployer = input.stillEmployed ? (input.sameEmployer ?? null) : null;

  return ctx.db.transaction().execute(async (trx) => {
    const result = await q.recordFollowUp(trx, id, months, {
      stillEmployed: input.stillEmployed, sameEmployer, recordedOn: input.recordedOn, recordedBy: ctx.actor.userId, notes: input.notes ?? '',
    });
    if (Number(result.numUpdatedRows) === 0) throw placementErrors.followUpRecorded(months);
    if (followUp.task_id) await q.completeTask(trx, followUp.task_id, ctx.actor.userId);
    await recordCaseEvent(trx, row.case_id, ctx.actor.userId, 'placement_follow_up_recorded', {
      placementId: id, months, stillEmployed: input.stillEmployed, sameEmployer, recordedOn: input.recordedOn, taskId: followUp.task_id,
    });
    await recordAudit(trx, ctx, {
      action: 'placement.follow_up', entityType: 'placement', entityId: id, organisationId: row.organisation_id,
      details: { caseId: row.case_id, months, stillEmployed: input.stillEmployed, sameEmployer, recordedOn: input.recordedOn, taskId: followUp.task_id },
    });
    return presentById(ctx, trx, id, settings, caseRow.stage !== 'closed');
  });
}

// ── Job support ─────────────────────────────────────────────────────────────

/** Job coaching for this placement, logged as a delivered service by the signed-in user. */
export async function logSupport(ctx: Context, id: string, input: SupportCreate) {
  const { row, caseRow } = await placementToChange(ctx, id, 'placement.support');
  const today = todayInLithuania();
  if (input.deliveredOn > today) throw errors.validation([{ field: 'deliveredOn', problem: 'date_in_future' }]);
  if (input.deliveredOn < row.starts_on) throw errors.validation([{ field: 'deliveredOn', problem: 'before_start', params: { start: row.starts_on } }]);
  const place = input.onTheJob ? 'employer' : 'other';

  return ctx.db.transaction().execute(async (trx) => {
    const [serviceId] = await insertDeliveries(trx, [{
      organisation_id: caseRow.organisation_id, case_id: caseRow.id, participant_id: caseRow.participant_id, service_key: 'job_coaching',
      delivered_on: input.deliveredOn, duration_minutes: input.durationMinutes, provider_id: ctx.actor.userId, created_by: ctx.actor.userId,
      place, centre_id: null, village: '', group_id: null, notes: input.notes ?? '', confidential_note: '', confidential_role: null, placement_id: id,
    }]);
    await recordCaseEvent(trx, caseRow.id, ctx.actor.userId, 'service_delivered', { serviceId, serviceKey: 'job_coaching', minutes: input.durationMinutes, placementId: id });
    await recordAudit(trx, ctx, {
      action: 'placement.support', entityType: 'placement', entityId: id, organisationId: row.organisation_id,
      details: { caseId: row.case_id, serviceId, deliveredOn: input.deliveredOn, minutes: input.durationMinutes, place },
    });
    return supportOf(ctx, trx, row);
  });
}

async function supportOf(ctx: Context, db: Database, row: q.PlacementRow) {
  const deliveries = await q.supportOf(db, row.id);
  const today = todayInLithuania();
  const until = row.ended_on !== null && row.ended_on < today ? row.ended_on : today;
  const weeks = row.starts_on > today ? [] : weeklyComparison(
    row.starts_on, fadingPlanOf(row), deliveries.map((d) => ({ deliveredOn: d.delivered_on, durationMinutes: d.duration_minutes })), until,
  );
  return { items: deliveries.map((d) => presentSupport(d, row.starts_on)), weeks };
}

// ── Reading ─────────────────────────────────────────────────────────────────

export async function support(ctx: Context, id: string) {
  const { row } = await placementInScope(ctx, id, 'placement.support_list');
  const result = await supportOf(ctx, ctx.db, row);
  await recordAudit(ctx.db, ctx, {
    action: 'placement.support_list', entityType: 'placement', entityId: id, organisationId: row.organisation_id,
    details: { caseId: row.case_id, shown: result.items.map((item) => item.id) },
  });
  return result;
}

export async function ofCase(ctx: Context, caseId: string) {
  const [caseRow, rows] = await readInCase(ctx, caseId, 'placement.list', () => q.placementsOfCase(ctx.db, caseId));
  await recordAudit(ctx.db, ctx, {
    action: 'placement.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id, details: { shown: rows.map((row) => row.id) },
  });
  const today = todayInLithuania();
  return { items: rows.map((row) => presentListItem(row, ctx.language, today)) };
}

export async function show(ctx: Context, id: string, settings: PlacementSettings) {
  const { row, caseRow } = await placementInScope(ctx, id, 'placement.view');
  await recordAudit(ctx.db, ctx, { action: 'placement.view', entityType: 'placement', entityId: id, organisationId: row.organisation_id, details: { caseId: row.case_id } });
  return presentById(ctx, ctx.db, id, settings, caseRow.stage !== 'closed');
}

