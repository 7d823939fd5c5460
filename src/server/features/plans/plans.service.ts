import { randomUUID } from 'node:crypto';
import type { Context } from '../../http/context.ts';
import { AppError, errors } from '../../http/errors.ts';
import type { Database } from '../../db/connect.ts';
import type { Language } from '../../../contracts/roles.ts';
import type { PlanAgreement, PlanSave } from '../../../contracts/plans.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseInScope, mayReadCase, openCaseFor } from '../cases/cases.access.ts';
import { recordCaseEvent } from '../cases/cases.queries.ts';
import { todayInLithuania } from '../participants/participants.rules.ts';
import { attachmentRow, decodeDocument } from '../../shared/attachments.ts';
import * as q from './plans.queries.ts';
import { presentPlan, presentRevision, presentRevisionSummary, presentTeam, storedGoals } from './plans.present.ts';
import { agreementCovers, checkPlan, countSteps, printLanguage, withIds, type FieldIssue, type StoredGoal } from './plans.rules.ts';
import { renderPlanPdf } from './plans.pdf.ts';

// The individual action plan of a case (decision 0025). Everyone who may read the case
// reads the plan; 'case.manage' (the case manager, the programme manager, the
// administrator) saves it and records the person's agreement. Every save and every
// agreement is kept as a revision and written on the case's timeline.

const noGoals = () => new AppError('PLAN.NO_GOALS', 409);

async function currentVersion(db: Database, caseId: string) {
  return (await q.findPlan(db, caseId))?.version ?? 0;
}

/** Names of the team and of everyone named on `goals`, by user id. */
async function namesFor(db: Database, team: { userId: string; name: string }[], goals: readonly StoredGoal[]) {
  const names = new Map(team.map((member) => [member.userId, member.name]));
  const missing = [...new Set(goals.flatMap((g) => g.steps.map((s) => s.responsibleUserId)))].filter((id): id is string => id !== null && !names.has(id));
  for (const user of await q.userNames(db, missing)) names.set(user.id, `${user.first_name} ${user.last_name}`);
  return names;
}

async function current(ctx: Context, caseId: string) {
  const row = await q.findPlan(ctx.db, caseId);
  const team = presentTeam(await q.caseTeam(ctx.db, caseId));
  const names = await namesFor(ctx.db, team, row ? storedGoals(row.goals) : []);
  const { languages } = await q.participantLanguages(ctx.db, caseId);
  return presentPlan(caseId, row, names, team, printLanguage(languages));
}

export async function show(ctx: Context, caseId: string) {
  const caseRecord = await caseInScope(ctx, caseId, 'plan.view');
  const plan = await current(ctx, caseId);
  await recordAudit(ctx.db, ctx, { action: 'plan.view', entityType: 'case', entityId: caseId, organisationId: caseRecord.organisation_id, details: { version: plan.version } });
  return plan;
}

export async function save(ctx: Context, caseId: string, input: PlanSave) {
  const caseRecord = await openCaseFor(ctx, caseId, 'case.manage', 'plan.save');
  const existing = await q.findPlan(ctx.db, caseId);
  if ((existing?.version ?? 0) !== input.version) throw errors.recordChanged(existing?.version ?? 0);
  const previous = existing ? storedGoals(existing.goals) : [];
  const goals = withIds(input.goals, randomUUID);
  const keys = [...new Set(goals.flatMap((g) => g.steps.map((s) => s.serviceKey)))].filter((key): key is string => key !== null);
  const issues = checkPlan(goals, {
    team: new Set((await q.caseTeam(ctx.db, caseId)).map((member) => member.id)),
    activeServices: await q.activeServiceKeys(ctx.db, keys),
    previous,
    openedOn: caseRecord.opened_on,
  });
  if (issues.length > 0) throw errors.validation(issues);
  // The person agreed to a text: a change to it needs their agreement again; progress does not.
  const stillAgreed = existing?.agreed_on != null && agreementCovers(previous, goals);
  const agreementCleared = existing?.agreed_on != null && !stillAgreed;
  const version = input.version + 1;
  await ctx.db.transaction().execute(async (trx) => {
    if (!existing) {
      if (!(await q.insertPlan(trx, caseId, goals, ctx.actor.userId))) throw errors.recordChanged(await currentVersion(trx, caseId));
    } else {
      const result = await q.updatePlan(trx, caseId, input.version, {
        goals, agreedOn: stillAgreed ? existing.agreed_on : null, agreementDocumentId: stillAgreed ? existing.agreement_document_id : null, userId: ctx.actor.userId,
      });
      if (Number(result.numUpdatedRows) === 0) throw errors.recordChanged(await currentVersion(trx, caseId));
    }
    await q.insertRevision(trx, caseId, { userId: ctx.actor.userId, note: input.note?.trim() ?? '' });
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'plan_saved', { version });
    // Its own line on the timeline: the stage conditions read the agreement, so its loss should be seen.
    if (agreementCleared) await recordCaseEvent(trx, caseId, ctx.actor.userId, 'plan_needs_agreement', { version, agreedOn: existing?.agreed_on });
    await recordAudit(trx, ctx, {
      action: 'plan.save', entityType: 'case', entityId: caseId, organisationId: caseRecord.organisation_id,
      details: { version, goals: goals.length, steps: countSteps(goals), agreementCleared },
    });
  });
  return current(ctx, caseId);
}

export async function agree(ctx: Context, caseId: string, input: PlanAgreement) {
  const caseRecord = await openCaseFor(ctx, caseId, 'case.manage', 'plan.agree');
  const existing = await q.findPlan(ctx.db, caseId);
  if (!existing || storedGoals(existing.goals).length === 0) throw noGoals();
  if (existing.version !== input.version) throw errors.recordChanged(existing.version);
  const issues: FieldIssue[] = [];
  if (input.agreedOn > todayInLithuania()) issues.push({ field: 'agreedOn', problem: 'date_in_future' });
  if (input.agreedOn < caseRecord.opened_on) issues.push({ field: 'agreedOn', problem: 'before_case_opened', params: { openedOn: caseRecord.opened_on } });
  if (issues.length > 0) throw errors.validation(issues);
  const document = input.document ? decodeDocument(input.document) : null;
  const version = input.version + 1;
  await ctx.db.transaction().execute(async (trx) => {
    // Without a new copy, the one already given for this same text stays (e.g. when only the date is corrected).
    const documentId = document
      ? await q.insertAttachment(trx, attachmentRow(document, caseRecord.organisation_id, ctx.actor.userId))
      : existing.agreement_document_id;
    const result = await q.updatePlan(trx, caseId, input.version, {
      goals: storedGoals(existing.goals), agreedOn: input.agreedOn, agreementDocumentId: documentId, userId: ctx.actor.userId,
    });
    if (Number(result.numUpdatedRows) === 0) throw errors.recordChanged(await currentVersion(trx, caseId));
    await q.insertRevision(trx, caseId, { userId: ctx.actor.userId, note: '' });
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'plan_agreed', { version, agreedOn: input.agreedOn, documentId });
    await recordAudit(trx, ctx, {
      action: 'plan.agree', entityType: 'case', entityId: caseId, organisationId: caseRecord.organisation_id,
      details: { version, agreedOn: input.agreedOn, documentId },
    });
  });
  return current(ctx, caseId);
}

export async function revisions(ctx: Context, caseId: string) {
  const caseRecord = await caseInScope(ctx, caseId, 'plan.revisions.view');
  const plan = await q.findPlan(ctx.db, caseId);
  const rows = plan ? await q.listRevisions(ctx.db, plan.id) : [];
  await recordAudit(ctx.db, ctx, { action: 'plan.revisions.view', entityType: 'case', entityId: caseId, organisationId: caseRecord.organisation_id });
  return rows.map(presentRevisionSummary);
}

export async function revision(ctx: Context, caseId: string, version: number) {
  const caseRecord = await caseInScope(ctx, caseId, 'plan.revision.view');
  const plan = await q.findPlan(ctx.db, caseId);
  const row = plan ? await q.findRevision(ctx.db, plan.id, version) : undefined;
  if (!row) throw errors.notFound();
  const names = await namesFor(ctx.db, [], storedGoals(row.goals));
  await recordAudit(ctx.db, ctx, { action: 'plan.revision.view', entityType: 'case', entityId: caseId, organisationId: caseRecord.organisation_id, details: { version } });
  return presentRevision(row, names);
}

/** The printable plan for the person to sign, in their language unless another is asked for. */
export async function print(ctx: Context, caseId: string, requested: Language | undefined) {
  const caseRecord = await caseInScope(ctx, caseId, 'plan.print');
  const plan = await q.findPlan(ctx.db, caseId);
  const goals = plan ? storedGoals(plan.goals) : [];
  if (!plan || goals.length === 0) throw noGoals();
  const facts = await q.printFacts(ctx.db, caseId);
  const language = requested ?? printLanguage(facts.languages);
  const services = new Map((await q.serviceTypes(ctx.db)).map((s) => [s.key, language === 'lt' ? s.name_lt : s.name_en]));
  const names = await namesFor(ctx.db, [], goals);
  const content = await renderPlanPdf({
    language,
    participantName: `${facts.first_name} ${facts.last_name}`,
    birthDate: facts.birth_date,
    programme: (language === 'en' && facts.programme_name_en) || facts.programme_name_lt,
    organisation: facts.organisation_name,
    organisationContact: [facts.organisation_phone, facts.organisation_email].filter(Boolean).join(', '),
    caseManagerName: facts.manager_first_name === null ? null : `${facts.manager_first_name} ${facts.manager_last_name}`,
    caseManagerEmail: facts.manager_email,
    goals,
    serviceName: (key) => services.get(key) ?? key,
    personName: (id) => names.get(id) ?? '',
    version: plan.version,
    agreedOn: plan.agreed_on,
    printedOn: todayInLithuania(),
  });
  await recordAudit(ctx.db, ctx, {
    action: 'plan.print', entityType: 'case', entityId: caseId, organisationId: caseRecord.organisation_id, details: { version: plan.version, language },
  });
  const fileName = `${language === 'lt' ? 'Individualus veiklos planas' : 'Individual action plan'} - ${facts.first_name} ${facts.last_name}.pdf`;
  return { fileName, content };
}

/**
 * Whether the actor may download this attachment as a plan's signed copy: those who may
 * read the case may. Undefined when the attachment is not a plan's, for the caller's own rule.
 */
export async function mayReadPlanAttachment(ctx: Context, attachmentId: string): Promise<boolean | undefined> {
  const owner = await q.caseOfPlanAttachment(ctx.db, attachmentId);
  return owner ? mayReadCase(ctx, owner) : undefined;
}
