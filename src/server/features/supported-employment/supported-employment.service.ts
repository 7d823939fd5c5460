import type { Context } from '../../http/context.ts';
import type { Database } from '../../db/connect.ts';
import { inScope, scopeOf } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { attachmentRow, decodeDocument } from '../../shared/attachments.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseFor, openCaseFor, readInCase } from '../cases/cases.access.ts';
import { addTeamMembers, caseTeam, findCaseDetails, recordCaseEvent, type CaseRow } from '../cases/cases.queries.ts';
import { todayInLithuania } from '../participants/participants.rules.ts';
import type { SupportedEmploymentStage } from '../../../contracts/employment.ts';
import {
  SE_STAGE_NAMES, SE_TRANSITION_REFUSALS, type JobAnalysisCreate, type JobAnalysisUpdate, type SupportedEmploymentFacts,
  type SupportedEmploymentPage, type SupportedEmploymentStageChange, type SupportedEmploymentStart, type SupportedEmploymentUpdate,
  type VocationalProfileSave,
} from '../../../contracts/supported-employment.ts';
import * as q from './supported-employment.queries.ts';
import { presentJobAnalysis, presentPlacement, presentProcess, presentProfile, type OccupationNames } from './supported-employment.present.ts';
import { fullName } from '../../shared/text.ts';
import {
  checkTransition, cleanSkills, engagementProblems, iscoPrefixes, jobAnalysisProblems, startProblems, uniqueCodes,
  type FieldProblem, type SeTransitionCheck,
} from './supported-employment.rules.ts';

// The supported-employment process of a case (EUSE, decision 0031): starting it with a job
// coach, the engagement record, explicit stage moves, the vocational profile and the job
// analyses. Whoever works the case ('case.work' and in its team, or reading every case)
// works the process; a closed case takes none of it. Reads of these records are audited.

const seErrors = {
  alreadyStarted: () => new AppError('SUPPORTED_EMPLOYMENT.ALREADY_STARTED', 409),
  notStarted: () => new AppError('SUPPORTED_EMPLOYMENT.NOT_STARTED', 409),
  ended: () => new AppError('SUPPORTED_EMPLOYMENT.ENDED', 409),
  transitionNotAllowed: (to: SupportedEmploymentStage, check: Extract<SeTransitionCheck, { allowed: false }>) => {
    const missing = SE_TRANSITION_REFUSALS[check.problem === 'condition_missing' ? check.condition : check.problem];
    return new AppError('SUPPORTED_EMPLOYMENT.TRANSITION_NOT_ALLOWED', 409, {
      params: { stageLt: SE_STAGE_NAMES[to].lt, stageEn: SE_STAGE_NAMES[to].en, missingLt: missing.lt, missingEn: missing.en },
      details: {
        problem: check.problem, condition: check.problem === 'condition_missing' ? check.condition : null, to,
        ...(check.problem === 'reason_required' ? { fields: [{ field: 'reason', problem: 'required' }] } : {}),
      },
    });
  },
};

const readsParticipants = (ctx: Context, organisationId: string) => inScope(scopeOf(ctx.actor, 'participant.read'), organisationId);

function factsOf(process: q.ProcessRow | undefined, counted: Awaited<ReturnType<typeof q.stageFacts>>): SupportedEmploymentFacts {
  return {
    informedChoice: process?.informed_choice_on != null,
    agreement: process?.agreement_on != null,
    targetJobs: counted.targetJobs,
    employerContacts: counted.employerContacts,
    startedPlacements: counted.startedPlacements,
  };
}

async function occupationNames(db: Database, codes: readonly string[]): Promise<OccupationNames> {
  return new Map((await q.unitGroups(db, [...new Set(codes)])).map((row) => [row.code, row]));
}

// ── The page ────────────────────────────────────────────────────────────────

function readPage(db: Database, caseId: string) {
  return Promise.all([
    findCaseDetails(db, caseId), q.findProcess(db, caseId), q.stageFacts(db, caseId, todayInLithuania()), q.latestPlacement(db, caseId),
    q.findProfile(db, caseId), q.listJobAnalyses(db, caseId),
  ]);
}

async function assemble(ctx: Context, [details, process, counted, latest, profile, analyses]: Awaited<ReturnType<typeof readPage>>): Promise<SupportedEmploymentPage> {
  if (!details) throw errors.notFound();
  const [consent, names] = await Promise.all([
    q.hasJobMediationConsent(ctx.db, details.participant_id, todayInLithuania()),
    occupationNames(ctx.db, profile ? [...profile.target_isco, ...profile.experience_isco] : []),
  ]);
  const facts = factsOf(process, counted);
  return {
    caseId: details.id,
    organisationId: details.organisation_id,
    participant: readsParticipants(ctx, details.organisation_id) ? { id: details.participant_id, name: fullName(details.first_name, details.last_name) } : null,
    caseClosed: details.stage === 'closed',
    started: process !== undefined,
    process: process ? presentProcess(process, facts) : null,
    facts,
    jobMediationConsent: consent,
    vocationalProfile: profile ? presentProfile(details.id, profile, names, ctx.language) : null,
    jobAnalyses: analyses.map(presentJobAnalysis),
    jobFinding: { employerContacts: counted.employerContacts, firstContactOn: counted.firstContactOn },
    placements: { count: counted.placements, latest: latest ? presentPlacement(latest) : null },
  };
}

/** The supported-employment page of a case: started or not, with every record the stages read. */
export async function page(ctx: Context, caseId: string) {
  const [caseRow, parts] = await readInCase(ctx, caseId, 'supported_employment.view', () => readPage(ctx.db, caseId));
  await recordAudit(ctx.db, ctx, {
    action: 'supported_employment.view', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
    details: { started: parts[1] !== undefined, jobAnalyses: parts[5].map((a) => a.id) },
  });
  return assemble(ctx, parts);
}

const current = async (ctx: Context, caseId: string) => assemble(ctx, await readPage(ctx.db, caseId));

/** Active job coaches of the case's organisation: whom the process may name. */
export async function coaches(ctx: Context, caseId: string) {
  const caseRow = await caseFor(ctx, caseId, 'case.work', 'supported_employment.coaches');
  return (await q.jobCoaches(ctx.db, caseRow.organisation_id)).map((c) => ({ id: c.id, name: fullName(c.first_name, c.last_name) }));
}

/** The coach named, if an active job coach of the organisation; a field problem otherwise. */
async function coachIn(db: Database, organisationId: string, coachId: string) {
  const coach = (await q.jobCoaches(db, organisationId)).find((c) => c.id === coachId);
  return coach ? { id: coach.id, name: fullName(coach.first_name, coach.last_name) } : null;
}

/** The coach joins the case team as job_coach (so they see and work the case); whether they were added. */
async function ensureCoachInTeam(db: Database, caseId: string, coachId: string): Promise<boolean> {
  const team = await caseTeam(db, caseId);
  if (team.some((m) => m.user_id === coachId && m.role === 'job_coach')) return false;
  await addTeamMembers(db, caseId, [{ userId: coachId, role: 'job_coach' }]);
  return true;
}

// ── Starting, the engagement record, ending ─────────────────────────────────

export async function start(ctx: Context, caseId: string, input: SupportedEmploymentStart) {
  const caseRow = await openCaseFor(ctx, caseId, 'case.work', 'supported_employment.start');
  if (await q.findProcess(ctx.db, caseId)) throw seErrors.alreadyStarted();
  const problems = startProblems(input.startedOn, { openedOn: caseRow.opened_on, today: todayInLithuania() });
  const coach = await coachIn(ctx.db, caseRow.organisation_id, input.coachId);
  if (!coach) problems.push({ field: 'coachId', problem: 'not_job_coach' });
  if (problems.length) throw errors.validation(problems);

  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await q.insertProcess(trx, { case_id: caseId, organisation_id: caseRow.organisation_id, coach_id: coach!.id, started_on: input.startedOn });
    if (!inserted) throw seErrors.alreadyStarted();
    const addedToTeam = await ensureCoachInTeam(trx, caseId, coach!.id);
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'supported_employment_started', {
      startedOn: input.startedOn, coachId: coach!.id, coachName: coach!.name, addedToTeam,
    });
    await recordAudit(trx, ctx, {
      action: 'supported_employment.start', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
      details: { startedOn: input.startedOn, coachId: coach!.id, addedToTeam },
    });
  });
  return current(ctx, caseId);
}

async function processFor(ctx: Context, caseId: string, action: string): Promise<{ caseRow: CaseRow; process: q.ProcessRow }> {
  const caseRow = await openCaseFor(ctx, caseId, 'case.work', action);
  const process = await q.findProcess(ctx.db, caseId);
  if (!process) throw seErrors.notStarted();
  return { caseRow, process };
}

const given = <T>(value: T | undefined, otherwise: T): T => (value === undefined ? otherwise : value);

/**
 * The engagement record (informed choice, agreement with its signed copy, disclosure), the
 * coach, and the end of the process. Fields not sent stay as they are.
 */
export async function update(ctx: Context, caseId: string, input: SupportedEmploymentUpdate) {
  const { caseRow, process } = await processFor(ctx, caseId, 'supported_employment.update');
  if (process.version !== input.version) throw errors.recordChanged(process.version);

  const informedChoiceOn = given(input.informedChoiceOn, process.informed_choice_on);
  const agreementOn = given(input.agreementOn, process.agreement_on);
  const endedOn = given(input.endedOn, process.ended_on);
  // Taking an ended process up again forgets why it ended.
  const endReason = endedOn === null ? '' : (input.endReason ?? process.end_reason).trim();
  const problems = engagementProblems(
    { informedChoiceOn, agreementOn, startedOn: process.started_on, endedOn, endReason, hasNewDocument: input.agreementDocument !== undefined },
    { openedOn: caseRow.opened_on, today: todayInLithuania() },
  );
  const coachChanged = input.coachId !== undefined && input.coachId !== process.coach_id;
  const coach = coachChanged ? await coachIn(ctx.db, caseRow.organisation_id, input.coachId!) : null;
  if (coachChanged && !coach) problems.push({ field: 'coachId', problem: 'not_job_coach' });
  if (problems.length) throw errors.validation(problems);
  const document = input.agreementDocument ? decodeDocument(input.agreementDocument, 'agreementDocument') : null;

  const agreed = agreementOn !== null && agreementOn !== process.agreement_on;
  const ended = endedOn !== null && process.ended_on === null;
  const resumed = endedOn === null && process.ended_on !== null;
  const changed = (['informedChoiceOn', 'agreementOn', 'agreementDocument', 'disclosure', 'disclosureNote', 'coachId', 'endedOn', 'endReason'] as const)
    .filter((field) => input[field] !== undefined);

  await ctx.db.transaction().execute(async (trx) => {
    const documentId = document
      ? await q.insertAttachment(trx, attachmentRow(document, caseRow.organisation_id, ctx.actor.userId))
      : agreementOn === null ? null : process.agreement_document_id;
    expectUpdated(await q.updateProcess(trx, caseId, input.version, {
      informed_choice_on: informedChoiceOn, agreement_on: agreementOn, agreement_document_id: documentId,
      disclosure: input.disclosure ?? process.disclosure, disclosure_note: input.disclosureNote ?? process.disclosure_note,
      ...(coach ? { coach_id: coach.id } : {}),
      ended_on: endedOn, end_reason: endReason,
    }), process.version);
    let addedToTeam = false;
    if (coach) {
      addedToTeam = await ensureCoachInTeam(trx, caseId, coach.id);
      await recordCaseEvent(trx, caseId, ctx.actor.userId, 'supported_employment_coach_changed', {
        fromUserId: process.coach_id, fromName: process.coach_id ? fullName(process.coach_first_name, process.coach_last_name) : null,
        toUserId: coach.id, toName: coach.name, addedToTeam,
      });
    }
    if (agreed || (document && agreementOn !== null)) {
      await recordCaseEvent(trx, caseId, ctx.actor.userId, 'supported_employment_agreed', { agreementOn, documentId });
    }
    if (ended) await recordCaseEvent(trx, caseId, ctx.actor.userId, 'supported_employment_ended', { endedOn, stage: process.stage, reason: endReason });
    if (resumed) await recordCaseEvent(trx, caseId, ctx.actor.userId, 'supported_employment_resumed', { endedOn: process.ended_on, stage: process.stage });
    await recordAudit(trx, ctx, {
      action: 'supported_employment.update', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
      details: { changed, documentId, ...(coach ? { coachId: coach.id, addedToTeam } : {}), ...(ended ? { endedOn } : {}), ...(resumed ? { resumed: true } : {}) },
    });
  });
  return current(ctx, caseId);
}

/** Moves the process to another stage if the rules allow it with the records in the database. */
export async function changeStage(ctx: Context, caseId: string, input: SupportedEmploymentStageChange) {
  const { caseRow, process } = await processFor(ctx, caseId, 'supported_employment.stage');
  if (process.version !== input.version) throw errors.recordChanged(process.version);
  if (process.ended_on !== null) throw seErrors.ended();
  const from = process.stage as SupportedEmploymentStage;
  const reason = input.reason?.trim() ?? '';
  const facts = factsOf(process, await q.stageFacts(ctx.db, caseId, todayInLithuania()));
  const check = checkTransition(from, input.to, facts, reason);
  if (!check.allowed) throw seErrors.transitionNotAllowed(input.to, check);

  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateProcess(trx, caseId, input.version, { stage: input.to }), process.version);
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'supported_employment_stage_changed', {
      from, to: input.to, direction: check.direction, ...(reason ? { reason } : {}),
    });
    await recordAudit(trx, ctx, {
      action: 'supported_employment.stage', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
      details: { from, to: input.to, direction: check.direction, reasonGiven: reason !== '' },
    });
  });
  return current(ctx, caseId);
}

// ── Vocational profile ──────────────────────────────────────────────────────

export async function showProfile(ctx: Context, caseId: string) {
  const [caseRow, row] = await readInCase(ctx, caseId, 'vocational_profile.view', () => q.findProfile(ctx.db, caseId));
  const names = await occupationNames(ctx.db, row ? [...row.target_isco, ...row.experience_isco] : []);
  await recordAudit(ctx.db, ctx, {
    action: 'vocational_profile.view', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id, details: { version: row?.version ?? 0 },
  });
  return presentProfile(caseId, row, names, ctx.language);
}

/** Saves the profile (the first save creates it, with version 0): skills cleaned, codes checked, prefixes stored for matching. */
export async function saveProfile(ctx: Context, caseId: string, input: VocationalProfileSave) {
  const caseRow = await openCaseFor(ctx, caseId, 'case.work', 'vocational_profile.save');
  const existing = await q.findProfile(ctx.db, caseId);
  const currentVersion = existing?.version ?? 0;
  if (currentVersion !== input.version) throw errors.recordChanged(currentVersion);

  const { skills, problems } = cleanSkills(input.skills);
  const targetIsco = uniqueCodes(input.targetIsco);
  const experienceIsco = uniqueCodes(input.experienceIsco);
  const known = new Set((await q.unitGroups(ctx.db, [...new Set([...targetIsco, ...experienceIsco])])).map((row) => row.code));
  const unknown: FieldProblem[] = [
    ...input.targetIsco.flatMap((code, index) => (known.has(code) ? [] : [{ field: `targetIsco.${index}`, problem: 'unknown_occupation' as const }])),
    ...input.experienceIsco.flatMap((code, index) => (known.has(code) ? [] : [{ field: `experienceIsco.${index}`, problem: 'unknown_occupation' as const }])),
  ];
  if (problems.length || unknown.length) throw errors.validation([...problems, ...unknown]);

  const values: q.ProfileValues = {
    interests: input.interests.trim(), strengths: input.strengths.trim(), support_needs: input.supportNeeds.trim(),
    skills, target_isco: targetIsco, experience_isco: experienceIsco, isco_prefixes: iscoPrefixes(targetIsco, experienceIsco),
    hours: input.hours, max_commute_km: input.maxCommuteKm, has_driving_licence: input.hasDrivingLicence, own_transport: input.ownTransport,
    adaptations_needed: input.adaptationsNeeded, updated_by: ctx.actor.userId,
  };
  const version = currentVersion + 1;
  await ctx.db.transaction().execute(async (trx) => {
    if (!existing) {
      const keys = { caseId, organisationId: caseRow.organisation_id, participantId: caseRow.participant_id };
      if (!(await q.insertProfile(trx, keys, values))) throw errors.recordChanged((await q.findProfile(trx, caseId))?.version ?? 0);
    } else {
      expectUpdated(await q.updateProfile(trx, caseId, input.version, values), existing.version);
    }
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'vocational_profile_saved', { version, targetIsco });
    await recordAudit(trx, ctx, {
      action: 'vocational_profile.save', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
      details: { version, targetIsco, experienceIsco, skills: skills.length },
    });
  });
  const row = await q.findProfile(ctx.db, caseId);
  return presentProfile(caseId, row, await occupationNames(ctx.db, [...targetIsco, ...experienceIsco]), ctx.language);
}

// ── Job analyses ────────────────────────────────────────────────────────────

export async function listJobAnalyses(ctx: Context, caseId: string) {
  const [caseRow, rows] = await readInCase(ctx, caseId, 'job_analysis.list', () => q.listJobAnalyses(ctx.db, caseId));
  await recordAudit(ctx.db, ctx, {
    action: 'job_analysis.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id, details: { shown: rows.map((r) => r.id) },
  });
  return rows.map(presentJobAnalysis);
}

/** The employer (and vacancy) of an analysis must be the case organisation's, the vacancy that employer's. */
async function employerProblems(db: Database, organisationId: string, employerId: string, vacancyId: string | null) {
  const problems: FieldProblem[] = [];
  const employer = await q.findEmployer(db, employerId);
  if (!employer || employer.organisation_id !== organisationId) problems.push({ field: 'employerId', problem: 'employer_other_organisation' });
  if (vacancyId !== null) {
    const vacancy = await q.findVacancy(db, vacancyId);
    if (!vacancy || vacancy.organisation_id !== organisationId) problems.push({ field: 'vacancyId', problem: 'invalid' });
    else if (vacancy.employer_id !== employerId) problems.push({ field: 'vacancyId', problem: 'vacancy_other_employer' });
  }
  return { employer, problems };
}

export async function createJobAnalysis(ctx: Context, caseId: string, input: JobAnalysisCreate) {
  const caseRow = await openCaseFor(ctx, caseId, 'case.work', 'job_analysis.create');
  const vacancyId = input.vacancyId ?? null;
  const agreedOn = input.agreedOn ?? null;
  const { employer, problems } = await employerProblems(ctx.db, caseRow.organisation_id, input.employerId, vacancyId);
  problems.push(...jobAnalysisProblems({ analysedOn: input.analysedOn, agreedOn }, { openedOn: caseRow.opened_on, today: todayInLithuania() }));
  if (problems.length) throw errors.validation(problems);

  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertJobAnalysis(trx, {
      organisation_id: caseRow.organisation_id, case_id: caseId, employer_id: input.employerId, vacancy_id: vacancyId,
      analysed_on: input.analysedOn, tasks: input.tasks?.trim() ?? '', requirements: input.requirements?.trim() ?? '',
      natural_supports: input.naturalSupports?.trim() ?? '', support_plan: input.supportPlan?.trim() ?? '', agreed_on: agreedOn, created_by: ctx.actor.userId,
    });
    await recordCaseEvent(trx, caseId, ctx.actor.userId, 'job_analysis_recorded', {
      jobAnalysisId: id, employerId: input.employerId, employerName: employer!.name, analysedOn: input.analysedOn, agreedOn,
    });
    await recordAudit(trx, ctx, {
      action: 'job_analysis.create', entityType: 'job_analysis', entityId: id, organisationId: caseRow.organisation_id,
      details: { caseId, employerId: input.employerId, vacancyId },
    });
    return id;
  });
  return presentJobAnalysis((await q.findJobAnalysis(ctx.db, id))!);
}

export async function updateJobAnalysis(ctx: Context, id: string, input: JobAnalysisUpdate) {
  const existing = await q.findJobAnalysis(ctx.db, id);
  if (!existing) throw errors.notFound();
  const caseRow = await openCaseFor(ctx, existing.case_id, 'case.work', 'job_analysis.update');
  if (existing.version !== input.version) throw errors.recordChanged(existing.version);
  const employerId = input.employerId ?? existing.employer_id;
  const vacancyId = given(input.vacancyId, existing.vacancy_id);
  const analysedOn = input.analysedOn ?? existing.analysed_on;
  const agreedOn = given(input.agreedOn, existing.agreed_on);
  const { problems } = await employerProblems(ctx.db, caseRow.organisation_id, employerId, vacancyId);
  problems.push(...jobAnalysisProblems({ analysedOn, agreedOn }, { openedOn: caseRow.opened_on, today: todayInLithuania() }));
  if (problems.length) throw errors.validation(problems);

  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateJobAnalysis(trx, id, input.version, {
      employer_id: employerId, vacancy_id: vacancyId, analysed_on: analysedOn, agreed_on: agreedOn,
      tasks: input.tasks?.trim() ?? existing.tasks, requirements: input.requirements?.trim() ?? existing.requirements,
      natural_supports: input.naturalSupports?.trim() ?? existing.natural_supports, support_plan: input.supportPlan?.trim() ?? existing.support_plan,
    }), existing.version);
    await recordAudit(trx, ctx, {
      action: 'job_analysis.update', entityType: 'job_analysis', entityId: id, organisationId: caseRow.organisation_id,
      details: { caseId: existing.case_id, agreedOn },
    });
  });
  return presentJobAnalysis((await q.findJobAnalysis(ctx.db, id))!);
}
