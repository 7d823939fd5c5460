import type { Context } from '../../http/context.ts';
import { can, demand } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseInScope, mayReadCase, openCaseFor } from '../cases/cases.access.ts';
import { recordCaseEvent } from '../cases/cases.queries.ts';
import { todayInLithuania } from '../participants/participants.rules.ts';
import type { Answers, AssessmentComplete, AssessmentCreate, AssessmentUpdate, Comparison, Questionnaire } from '../../../contracts/assessments.ts';
import { compareResults, missingAnswers, mergeAnswers, scoreAssessment, validateAnswers, visibleAnswers, type FieldIssue, type ScoredResult } from './assessments.rules.ts';
import { assessmentErrors } from './assessments.errors.ts';
import { latestQuestionnaire, latestQuestionnaires, questionnaireOf } from './questionnaires/index.ts';
import * as q from './assessments.queries.ts';
import { presentAssessment, presentQuestionnaireSummary, presentSummary, type ServiceNames } from './assessments.present.ts';

// Use cases of assessments (decision 0023). Access follows the case (cases.access.ts):
// reading needs the case, changing needs case.work on it. Answers are personal data, so
// every read is audited; answers to sensitive questions (health, debts) are shown to and
// taken from only the roles with participant.special.read. Timeline events: an assessment
// started and completed; draft saves are audited but not on the timeline.

// ── Questionnaires ─────────────────────────────────────────────────────────

export function questionnaires(ctx: Context) {
  demand(ctx.actor, 'case.read');
  return latestQuestionnaires().map((questionnaire) => presentQuestionnaireSummary(questionnaire, ctx.language));
}

export function questionnaire(ctx: Context, key: string, version: number) {
  demand(ctx.actor, 'case.read');
  const found = questionnaireOf(key, version);
  if (!found) throw errors.notFound();
  return found;
}

/** The version an assessment was answered with: kept in the registry for good, so it is always there. */
function questionnaireFor(row: Pick<q.AssessmentRow, 'questionnaire_key' | 'questionnaire_version'>): Questionnaire {
  const found = questionnaireOf(row.questionnaire_key, row.questionnaire_version);
  if (!found) throw new Error(`questionnaire ${row.questionnaire_key} v${row.questionnaire_version} is missing from the registry`);
  return found;
}

// ── Scope ──────────────────────────────────────────────────────────────────

/** The assessment, if the actor may read its case (and hold `permission` there): 404 and audited otherwise. */
async function assessmentInScope(ctx: Context, id: string, permission: 'case.work' | null, action: string) {
  const row = await q.findAssessment(ctx.db, id);
  if (!row) throw errors.notFound();
  if (permission) await openCaseFor(ctx, row.case_id, permission, action);
  else await caseInScope(ctx, row.case_id, action);
  return row;
}

const seesSensitive = (ctx: Context, organisationId: string) => can(ctx.actor, 'participant.special.read', organisationId);

function checkDate(assessedOn: string, openedOn: string, issues: FieldIssue[]) {
  if (assessedOn > todayInLithuania()) issues.push({ field: 'assessedOn', problem: 'date_in_future' });
  else if (assessedOn < openedOn) issues.push({ field: 'assessedOn', problem: 'before_case_opened', params: { openedOn } });
}

async function serviceNames(ctx: Context): Promise<ServiceNames> {
  return new Map((await q.serviceTypeNames(ctx.db)).map((row) => [row.key, { lt: row.name_lt, en: row.name_en }]));
}

/**
 * A completed assessment against the previous completed one of the same questionnaire:
 * in the same case, or else in the participant's earlier cases the actor may read.
 */
async function comparisonFor(ctx: Context, row: q.AssessmentRow): Promise<Comparison | null> {
  if (row.status !== 'completed' || !row.result || !row.completed_at) return null;
  const candidates = await q.earlierCompleted(ctx.db, { ...row, completed_at: row.completed_at });
  for (const earlier of candidates) {
    const sameCase = earlier.case_id === row.case_id;
    if (!sameCase && !(await mayReadCase(ctx, { id: earlier.case_id, organisation_id: earlier.organisation_id }))) continue;
    const before = questionnaireOf(row.questionnaire_key, earlier.questionnaire_version);
    if (!before) continue;
    const compared = compareResults({ questionnaire: before, result: earlier.result as ScoredResult }, { questionnaire: questionnaireFor(row), result: row.result as ScoredResult });
    return {
      previousId: earlier.id, previousAssessedOn: earlier.assessed_on, previousQuestionnaireVersion: earlier.questionnaire_version, sameCase, ...compared,
    };
  }
  return null;
}

async function view(ctx: Context, row: q.AssessmentRow) {
  const questionnaire = questionnaireFor(row);
  const sees = seesSensitive(ctx, row.organisation_id);
  const { answers, masked } = visibleAnswers(questionnaire, row.answers as Answers, sees);
  return presentAssessment(row, {
    questionnaireNames: questionnaire.name, answers, masked, seesSensitive: sees,
    services: await serviceNames(ctx), comparison: await comparisonFor(ctx, row),
  });
}

// ── Assessments ────────────────────────────────────────────────────────────

export async function list(ctx: Context, caseId: string) {
  const caseRow = await caseInScope(ctx, caseId, 'assessment.list');
  const rows = await q.listAssessments(ctx.db, caseId);
  await recordAudit(ctx.db, ctx, { action: 'assessment.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id, details: { count: rows.length } });
  return rows.map((row) => presentSummary(row, questionnaireFor(row).name));
}

export async function show(ctx: Context, id: string) {
  const row = await assessmentInScope(ctx, id, null, 'assessment.view');
  await recordAudit(ctx.db, ctx, {
    action: 'assessment.view', entityType: 'case', entityId: row.case_id, organisationId: row.organisation_id,
    details: { assessmentId: id, sensitiveShown: seesSensitive(ctx, row.organisation_id) },
  });
  return view(ctx, row);
}

/** A draft on the latest version of the questionnaire. */
export async function create(ctx: Context, caseId: string, input: AssessmentCreate) {
  const caseRow = await openCaseFor(ctx, caseId, 'case.work', 'assessment.create');
  const questionnaire = latestQuestionnaire(input.questionnaireKey);
  const issues: FieldIssue[] = [];
  if (!questionnaire) issues.push({ field: 'questionnaireKey', problem: 'choice' });
  checkDate(input.assessedOn, caseRow.opened_on, issues);
  if (issues.length > 0 || !questionnaire) throw errors.validation(issues);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertAssessment(trx, {
      caseId, questionnaireKey: questionnaire.key, questionnaireVersion: questionnaire.version, assessedOn: input.assessedOn, assessorId: ctx.actor.userId,
    });
    const details = { assessmentId: id, questionnaireKey: questionnaire.key, questionnaireVersion: questionnaire.version };
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'assessment_started', details);
    await recordAudit(trx, ctx, { action: 'assessment.create', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id, details: { ...details, assessedOn: input.assessedOn } });
    return id;
  });
  return view(ctx, (await q.findAssessment(ctx.db, id))!);
}

/** Saves answers into a draft (merged into those stored), each checked against its question. */
export async function update(ctx: Context, id: string, input: AssessmentUpdate) {
  const row = await assessmentInScope(ctx, id, 'case.work', 'assessment.update');
  if (row.status === 'completed') throw assessmentErrors.completed();
  const questionnaire = questionnaireFor(row);
  const changes = input.answers ?? {};
  const issues = validateAnswers(questionnaire, changes, { seesSensitive: seesSensitive(ctx, row.organisation_id) });
  const assessedOn = input.assessedOn ?? row.assessed_on;
  if (input.assessedOn !== undefined) checkDate(assessedOn, row.opened_on, issues);
  if (issues.length > 0) throw errors.validation(issues);
  const answers = mergeAnswers(row.answers as Answers, changes);
  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateDraft(trx, id, input.version, { answers, assessedOn }), row.version);
    await recordAudit(trx, ctx, {
      action: 'assessment.update', entityType: 'case', entityId: row.case_id, organisationId: row.organisation_id,
      details: { assessmentId: id, questions: Object.keys(changes), ...(input.assessedOn !== undefined ? { assessedOn } : {}) },
    });
  });
  return view(ctx, (await q.findAssessment(ctx.db, id))!);
}

/** Completes a draft whose required questions are all answered: scores it, and the case's timeline says so. */
export async function complete(ctx: Context, id: string, input: AssessmentComplete) {
  const row = await assessmentInScope(ctx, id, 'case.work', 'assessment.complete');
  if (row.status === 'completed') throw assessmentErrors.completed();
  if (row.version !== input.version) throw errors.recordChanged(row.version);
  const questionnaire = questionnaireFor(row);
  const answers = row.answers as Answers;
  const missing = missingAnswers(questionnaire, answers);
  if (missing.length > 0) throw assessmentErrors.unanswered(missing);
  const result = scoreAssessment(questionnaire, answers);
  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.completeAssessment(trx, id, input.version, result), row.version);
    const details = { assessmentId: id, questionnaireKey: row.questionnaire_key, questionnaireVersion: row.questionnaire_version, profile: result.profile };
    await recordCaseEvent(trx, row.case_id, ctx.actor.userId, 'assessment_completed', details);
    await recordAudit(trx, ctx, { action: 'assessment.complete', entityType: 'case', entityId: row.case_id, organisationId: row.organisation_id, details });
  });
  return view(ctx, (await q.findAssessment(ctx.db, id))!);
}
