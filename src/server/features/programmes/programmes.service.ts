import type { Context } from '../../http/context.ts';
import type { Database } from '../../db/connect.ts';
import { can, demand, inScope, scopeOf, type Permission } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { lithuanianSortKey } from '../../shared/text.ts';
import { openCase } from '../cases/cases.open.ts';
import { openCaseOfEnrolment } from '../cases/cases.queries.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import type { FieldError } from '../../../contracts/errors.ts';
import type { Rule, ScreeningResult, BulkScreeningRequest, ScreeningRequest } from '../../../contracts/eligibility.ts';
import type { EnrolmentCreate, EnrolmentExit, EnrolmentListQuery, ProgrammeCreate, ProgrammeListQuery, ProgrammeUpdate, RuleSetCreate } from '../../../contracts/programmes.ts';
import { evaluate, validateRuleSet, type LeafOutcome } from './eligibility.rules.ts';
import { PROGRAMME_TEMPLATES, templateOf } from './programme.templates.ts';
import * as q from './programmes.queries.ts';
import { presentEnrolment, presentProgramme, presentProgrammeSummary, presentRuleSet, presentScreening, presentTemplate } from './programmes.present.ts';

// Use cases of programmes, rule sets, screening and enrolment. Each starts with an
// access check; changes run in one transaction with their audit entry.

type FieldProblem = Omit<FieldError, 'message'>;

/** Today in Lithuania, as 'YYYY-MM-DD' (the server may run in UTC). */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });
}

const programmeErrors = {
  noRulesInForce: (firstFrom: string | null) =>
    new AppError('SCREENING.NO_RULES_IN_FORCE', 400, { params: { firstFrom: firstFrom ?? '—' }, details: { fields: [{ field: 'date', problem: 'invalid' }] } }),
  notEligible: (result: ScreeningResult, details: Record<string, unknown>) =>
    new AppError('ENROLMENT.NOT_ELIGIBLE', 409, { params: { result }, details }),
  alreadyActive: (enrolmentId: string) => new AppError('ENROLMENT.ALREADY_ACTIVE', 409, { details: { enrolmentId } }),
  notActive: () => new AppError('ENROLMENT.NOT_ACTIVE', 409),
  caseOpen: (caseId: string) => new AppError('CASE.OPEN', 409, { details: { caseId } }),
};

function checkRules(input: unknown, field = 'rules'): Rule {
  const checked = validateRuleSet(input, field);
  if (!checked.ok) throw errors.validation(checked.errors);
  return checked.rules;
}

function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined, problems: FieldProblem[]) {
  if (startsOn && endsOn && endsOn < startsOn) problems.push({ field: 'endsOn', problem: 'before_start', params: { start: startsOn } });
}

/** Fewer places than people already enrolled would leave someone without a place: refused, nobody is moved to the waiting list. */
function capacityProblem(capacity: number, enrolled: number): FieldProblem | null {
  return capacity < enrolled ? { field: 'capacity', problem: 'below_enrolled', params: { enrolled } } : null;
}

// ── Scope ───────────────────────────────────────────────────────────────────

async function programmeInScope(ctx: Context, id: string, action: string, db: Database = ctx.db) {
  const row = await q.findProgramme(db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'programme.read'), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'programme', entityId: id });
  }
  return row;
}

async function participantInScope(ctx: Context, id: string, permission: Permission, action: string) {
  const row = await q.findParticipantFacts(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, permission), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'participant', entityId: id });
  }
  return row;
}

// ── Programmes ──────────────────────────────────────────────────────────────

export function templates(ctx: Context) {
  demand(ctx.actor, 'programme.read');
  return PROGRAMME_TEMPLATES.map((t) => presentTemplate(t, ctx.language));
}

export async function list(ctx: Context, query: ProgrammeListQuery) {
  demand(ctx.actor, 'programme.read');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const { total, items } = await q.listProgrammes(ctx.db, scopeOf(ctx.actor, 'programme.read'), query, page, pageSize);
  return { items: items.map((row) => presentProgrammeSummary(row, ctx.language)), total, page, pageSize };
}

async function showRow(db: Database, id: string, ctx: Context) {
  const row = (await q.findProgramme(db, id))!;
  return presentProgramme(row, await q.programmeDetails(db, id), ctx.language);
}

export async function show(ctx: Context, id: string) {
  await programmeInScope(ctx, id, 'programme.view');
  return showRow(ctx.db, id, ctx);
}

/** Centres and case-team members come from the programme's organisation; each one that does not is named by its place in the list. */
async function checkMembers(ctx: Context, organisationId: string, centreIds: string[], team: { userId: string }[], problems: FieldProblem[]) {
  const outside = await q.outsiders(ctx.db, organisationId, centreIds, team.map((m) => m.userId));
  centreIds.forEach((id, index) => {
    if (outside.centres.includes(id)) problems.push({ field: `centreIds.${index}`, problem: 'centre_not_in_organisation' });
  });
  team.forEach((member, index) => {
    if (outside.users.includes(member.userId)) problems.push({ field: `team.${index}.userId`, problem: 'not_member' });
  });
}

export async function create(ctx: Context, input: ProgrammeCreate) {
  if (!inScope(scopeOf(ctx.actor, 'programme.read'), input.organisationId)) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'programme.create', entityType: 'organisation', entityId: input.organisationId });
  }
  demand(ctx.actor, 'programme.manage', input.organisationId);

  const problems: FieldProblem[] = [];
  const template = input.templateKey === undefined ? undefined : templateOf(input.templateKey);
  if (input.templateKey !== undefined && !template) problems.push({ field: 'templateKey', problem: 'unknown_template' });
  const nameLt = input.nameLt ?? template?.nameLt;
  const capacity = input.capacity ?? template?.capacity;
  if (!nameLt) problems.push({ field: 'nameLt', problem: 'required' });
  if (capacity === undefined) problems.push({ field: 'capacity', problem: 'required' });
  const startsOn = input.startsOn !== undefined ? input.startsOn : (template?.startsOn ?? null);
  const endsOn = input.endsOn !== undefined ? input.endsOn : (template?.endsOn ?? null);
  checkPeriod(startsOn, endsOn, problems);
  const ruleCheck = validateRuleSet(input.rules ?? template?.rules ?? { kind: 'open' });
  if (!ruleCheck.ok) problems.push(...ruleCheck.errors);
  await checkMembers(ctx, input.organisationId, input.centreIds ?? [], input.team ?? [], problems);
  if (problems.length || !ruleCheck.ok) throw errors.validation(problems);

  const values: q.ProgrammeValues = {
    name_lt: nameLt!,
    name_en: input.nameEn ?? template?.nameEn ?? '',
    sort_key: lithuanianSortKey(nameLt!),
    starts_on: startsOn,
    ends_on: endsOn,
    funder: input.funder ?? template?.funder ?? '',
    capacity: capacity!,
    status: input.status ?? 'active',
    services: input.services ?? template?.services ?? [],
  };
  const partners = input.partners
    ? input.partners.map((p) => ({ name: p.name, role: p.role ?? 'partner', organisationId: p.organisationId ?? null }))
    : (template?.partners ?? []).map((p) => ({ ...p, organisationId: null }));

  return ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertProgramme(trx, input.organisationId, template?.key ?? null, values);
    await q.replaceCentres(trx, id, input.centreIds ?? []);
    await q.replacePartners(trx, id, partners);
    await q.replaceTeam(trx, id, input.team ?? []);
    const effectiveFrom = input.rulesEffectiveFrom ?? startsOn ?? today();
    await q.insertRuleSet(trx, id, effectiveFrom, ruleCheck.rules, ctx.actor.userId);
    await recordAudit(trx, ctx, {
      action: 'programme.create', entityType: 'programme', entityId: id, organisationId: input.organisationId,
      details: { name: values.name_lt, templateKey: template?.key ?? null, capacity: values.capacity },
    });
    return showRow(trx, id, ctx);
  });
}

export async function update(ctx: Context, id: string, input: ProgrammeUpdate) {
  const existing = await programmeInScope(ctx, id, 'programme.update');
  demand(ctx.actor, 'programme.manage', existing.organisation_id);
  const problems: FieldProblem[] = [];
  checkPeriod(input.startsOn !== undefined ? input.startsOn : existing.starts_on, input.endsOn !== undefined ? input.endsOn : existing.ends_on, problems);
  const tooFew = input.capacity === undefined ? null : capacityProblem(input.capacity, Number(existing.enrolled ?? 0));
  if (tooFew) problems.push(tooFew);
  await checkMembers(ctx, existing.organisation_id, input.centreIds ?? [], input.team ?? [], problems);
  if (problems.length) throw errors.validation(problems);

  const { version, centreIds, partners, team, ...changes } = input;
  const values: Partial<q.ProgrammeValues> = {
    ...(changes.nameLt !== undefined ? { name_lt: changes.nameLt, sort_key: lithuanianSortKey(changes.nameLt) } : {}),
    ...(changes.nameEn !== undefined ? { name_en: changes.nameEn } : {}),
    ...(changes.startsOn !== undefined ? { starts_on: changes.startsOn } : {}),
    ...(changes.endsOn !== undefined ? { ends_on: changes.endsOn } : {}),
    ...(changes.funder !== undefined ? { funder: changes.funder } : {}),
    ...(changes.capacity !== undefined ? { capacity: changes.capacity } : {}),
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    ...(changes.services !== undefined ? { services: changes.services } : {}),
  };
  return ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateProgramme(trx, id, version, values), existing.version);
    if (values.capacity !== undefined) {
      // The update holds the programme row lock that enrolments count places under, so
      // this count is final: someone enrolled since the check above is not left out.
      const late = capacityProblem(values.capacity, await q.countEnrolled(trx, id));
      if (late) throw errors.validation([late]);
    }
    if (centreIds) await q.replaceCentres(trx, id, centreIds);
    if (partners) await q.replacePartners(trx, id, partners.map((p) => ({ name: p.name, role: p.role ?? 'partner', organisationId: p.organisationId ?? null })));
    if (team) await q.replaceTeam(trx, id, team);
    await recordAudit(trx, ctx, { action: 'programme.update', entityType: 'programme', entityId: id, organisationId: existing.organisation_id, details: { fields: Object.keys(input).filter((k) => k !== 'version') } });
    return showRow(trx, id, ctx);
  });
}

// ── Rule sets ───────────────────────────────────────────────────────────────

export async function ruleSets(ctx: Context, programmeId: string) {
  await programmeInScope(ctx, programmeId, 'rule_set.list');
  return (await q.listRuleSets(ctx.db, programmeId)).map(presentRuleSet);
}

export async function addRuleSet(ctx: Context, programmeId: string, input: RuleSetCreate) {
  const programme = await programmeInScope(ctx, programmeId, 'rule_set.create');
  demand(ctx.actor, 'programme.manage', programme.organisation_id);
  const rules = checkRules(input.rules);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await q.insertRuleSet(trx, programmeId, input.effectiveFrom, rules, ctx.actor.userId);
    await recordAudit(trx, ctx, {
      action: 'rule_set.create', entityType: 'programme', entityId: programmeId, organisationId: programme.organisation_id,
      details: { version: row.version, effectiveFrom: input.effectiveFrom },
    });
    return presentRuleSet(row);
  });
}

// ── Screening ───────────────────────────────────────────────────────────────

async function rulesInForce(db: Database, programmeId: string, date: string) {
  const ruleSet = await q.ruleSetInForce(db, programmeId, date);
  if (!ruleSet) throw programmeErrors.noRulesInForce((await q.firstEffectiveFrom(db, programmeId))?.first ?? null);
  return ruleSet;
}

/** Screens and stores the result with the rule-set version used; audited (it reads personal data). */
async function screenAndStore(ctx: Context, programme: q.ProgrammeRow, participant: q.ParticipantFactsRow, date: string, purpose: 'screening' | 'enrolment') {
  const ruleSet = await rulesInForce(ctx.db, programme.id, date);
  const evaluation = evaluate(ruleSet.rules as Rule, q.factsOf(participant), date);
  return ctx.db.transaction().execute(async (trx) => {
    const stored = await q.insertScreening(trx, {
      programmeId: programme.id, participantId: participant.id, date, ruleSetVersion: ruleSet.version,
      result: evaluation.result, rules: evaluation.rules, missing: evaluation.missing, screenedBy: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'screening.create', entityType: 'participant', entityId: participant.id, organisationId: programme.organisation_id,
      details: { programmeId: programme.id, screeningId: stored.id, date, ruleSetVersion: ruleSet.version, result: evaluation.result, purpose },
    });
    return {
      id: stored.id, programmeId: programme.id, participantId: participant.id, date, ruleSetVersion: ruleSet.version,
      result: evaluation.result, rules: evaluation.rules, missing: evaluation.missing as string[], createdAt: stored.created_at,
    };
  });
}

export async function screen(ctx: Context, programmeId: string, input: ScreeningRequest) {
  const programme = await programmeInScope(ctx, programmeId, 'screening.create');
  demand(ctx.actor, 'screening.run', programme.organisation_id);
  const participant = await participantInScope(ctx, input.participantId, 'screening.run', 'screening.create');
  return presentScreening(await screenAndStore(ctx, programme, participant, input.date ?? today(), 'screening'), ctx.language);
}

export async function screenings(ctx: Context, programmeId: string, participantId: string) {
  const programme = await programmeInScope(ctx, programmeId, 'screening.list');
  demand(ctx.actor, 'screening.run', programme.organisation_id);
  await participantInScope(ctx, participantId, 'screening.run', 'screening.list');
  const rows = await q.listScreenings(ctx.db, programmeId, participantId);
  await recordAudit(ctx.db, ctx, { action: 'screening.list', entityType: 'participant', entityId: participantId, organisationId: programme.organisation_id, details: { programmeId } });
  return rows.map((row) => presentScreening({
    id: row.id, programmeId: row.programme_id, participantId: row.participant_id, date: row.screened_on, ruleSetVersion: row.rule_set_version,
    result: row.result as ScreeningResult, rules: row.rules as LeafOutcome[], missing: row.missing, createdAt: row.created_at,
  }, ctx.language));
}

export const BULK_LIST_DEFAULT = 1_000;

/**
 * The programme organisation's registry (or a filter) against the rules in force on a date.
 * Rows are evaluated by the same pure code as a single screening, so the two cannot disagree.
 * Not stored per person (a preview: who to invite); one audit entry records that the
 * registry was screened.
 */
export async function bulkScreen(ctx: Context, programmeId: string, input: BulkScreeningRequest) {
  const programme = await programmeInScope(ctx, programmeId, 'screening.bulk');
  demand(ctx.actor, 'screening.run', programme.organisation_id);
  const date = input.date ?? today();
  const ruleSet = await rulesInForce(ctx.db, programmeId, date);
  const rules = ruleSet.rules as Rule;
  const limit = input.limit ?? BULK_LIST_DEFAULT;
  const offset = input.offset ?? 0;
  const scope = [programme.organisation_id];
  const filter = { municipality: input.municipality, labourMarketStatus: input.labourMarketStatus };
  // Without a result filter everyone is listed, so the page (by name) is known before any
  // rule runs and is read alongside the facts.
  const [rows, pageOfAll] = await Promise.all([
    q.participantFacts(ctx.db, scope, filter),
    input.result || limit === 0 ? null : q.pageByName(ctx.db, scope, filter, null, limit, offset),
  ]);
  const counts = { eligible: 0, not_eligible: 0, unknown: 0 };
  const outcomes = new Map<string, { result: ScreeningResult; missing: string[] }>();
  for (const row of rows) {
    const outcome = evaluate(rules, q.factsOf(row), date, { explain: false });
    counts[outcome.result]++;
    if (!input.result || input.result === outcome.result) outcomes.set(row.id, outcome);
  }
  const shown = pageOfAll ?? (outcomes.size > offset && limit > 0 ? await q.pageByName(ctx.db, scope, filter, [...outcomes.keys()], limit, offset) : []);
  const total = counts.eligible + counts.not_eligible + counts.unknown;
  await recordAudit(ctx.db, ctx, {
    action: 'screening.bulk', entityType: 'programme', entityId: programmeId, organisationId: programme.organisation_id,
    details: { date, ruleSetVersion: ruleSet.version, filter, result: input.result ?? null, offset, limit, counts },
  });
  return {
    date, ruleSetVersion: ruleSet.version, total, counts, offset, matched: outcomes.size,
    // A person registered between the two reads has no outcome and is left out.
    items: shown.filter((row) => outcomes.has(row.id)).map((row) => {
      const { result, missing } = outcomes.get(row.id)!;
      return { id: row.id, name: `${row.first_name} ${row.last_name}`, result, missing };
    }),
    truncated: outcomes.size > offset + limit,
  };
}

// ── Enrolment ───────────────────────────────────────────────────────────────

/**
 * Enrols after a fresh screening on the enrolment date (stored and linked). Not eligible
 * (or unknown) is refused unless a reason is given by a role allowed to override. Capacity
 * is counted under the programme row lock, so simultaneous enrolments cannot overfill it;
 * when full the person goes on the waiting list.
 */
export async function enrol(ctx: Context, programmeId: string, input: EnrolmentCreate) {
  const programme = await programmeInScope(ctx, programmeId, 'enrolment.create');
  demand(ctx.actor, 'enrolment.manage', programme.organisation_id);
  const participant = await participantInScope(ctx, input.participantId, 'enrolment.manage', 'enrolment.create');
  const date = input.date ?? today();
  const screening = await screenAndStore(ctx, programme, participant, date, 'enrolment');

  let overrideReason = '';
  if (screening.result !== 'eligible') {
    if (!input.overrideReason) {
      throw programmeErrors.notEligible(screening.result, { result: screening.result, missing: screening.missing, screeningId: screening.id });
    }
    if (!can(ctx.actor, 'enrolment.override', programme.organisation_id)) {
      await recordAudit(ctx.db, ctx, {
        action: 'enrolment.override', entityType: 'participant', entityId: participant.id, organisationId: programme.organisation_id,
        outcome: 'denied', details: { programmeId, screeningId: screening.id, result: screening.result },
      });
      throw errors.forbidden();
    }
    overrideReason = input.overrideReason;
  }

  const id = await ctx.db.transaction().execute(async (trx) => {
    const locked = await q.lockProgramme(trx, programmeId);
    const active = await q.findActiveEnrolment(trx, programmeId, participant.id);
    if (active) throw programmeErrors.alreadyActive(active.id);
    const enrolled = await q.countEnrolled(trx, programmeId);
    const status = enrolled < locked.capacity ? 'enrolled' : 'waiting';
    const id = await q.insertEnrolment(trx, {
      programmeId, participantId: participant.id, status, enrolledOn: status === 'enrolled' ? date : null,
      overrideReason, screeningId: screening.id, createdBy: ctx.actor.userId,
    });
    const caseId = status === 'enrolled'
      ? await openCase(trx, ctx.actor, { id, organisationId: programme.organisation_id, programmeId, participantId: participant.id, enrolledOn: date })
      : null;
    await recordAudit(trx, ctx, {
      action: overrideReason ? 'enrolment.override' : 'enrolment.create', entityType: 'participant', entityId: participant.id,
      organisationId: programme.organisation_id,
      details: { programmeId, enrolmentId: id, caseId, status, screeningId: screening.id, result: screening.result, ...(overrideReason ? { overrideReason } : {}) },
    });
    return id;
  });
  return presentEnrolment((await q.findEnrolment(ctx.db, id))!, ctx.language);
}

async function enrolmentInScope(ctx: Context, id: string, action: string) {
  const row = await q.findEnrolment(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'programme.read'), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'enrolment', entityId: id });
  }
  return row;
}

/** Ends an enrolment (exit) or takes a person off the waiting list (withdrawn). The next in line is not enrolled automatically. */
export async function exit(ctx: Context, id: string, input: EnrolmentExit) {
  const row = await enrolmentInScope(ctx, id, 'enrolment.exit');
  demand(ctx.actor, 'enrolment.manage', row.organisation_id);
  if (row.status !== 'enrolled' && row.status !== 'waiting') throw programmeErrors.notActive();
  // An open case is ended on the case page, where the outcome is recorded (decision 0021).
  const openCase = row.status === 'enrolled' ? await openCaseOfEnrolment(ctx.db, id) : undefined;
  if (openCase) throw programmeErrors.caseOpen(openCase.id);
  if (row.enrolled_on && input.exitedOn < row.enrolled_on) {
    throw errors.validation([{ field: 'exitedOn', problem: 'before_start', params: { start: row.enrolled_on } }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = row.status === 'enrolled'
      ? await q.exitEnrolment(trx, id, input.exitedOn, input.reason)
      : await q.withdrawEnrolment(trx, id, input.exitedOn, input.reason);
    if (Number(updated.numUpdatedRows) === 0) throw programmeErrors.notActive();
    await recordAudit(trx, ctx, {
      action: 'enrolment.exit', entityType: 'participant', entityId: row.participant_id, organisationId: row.organisation_id,
      details: { enrolmentId: id, programmeId: row.programme_id, from: row.status, exitedOn: input.exitedOn, reason: input.reason },
    });
  });
  return presentEnrolment((await q.findEnrolment(ctx.db, id))!, ctx.language);
}

export async function enrolments(ctx: Context, programmeId: string, query: EnrolmentListQuery) {
  const programme = await programmeInScope(ctx, programmeId, 'enrolment.list');
  demand(ctx.actor, 'enrolment.manage', programme.organisation_id);
  const rows = await q.listEnrolments(ctx.db, programmeId, query.status);
  await recordAudit(ctx.db, ctx, { action: 'enrolment.list', entityType: 'programme', entityId: programmeId, organisationId: programme.organisation_id, details: { status: query.status ?? null } });
  return rows.map((row) => presentEnrolment(row, ctx.language));
}

/** A person's programme history: every enrolment in programmes the actor can see. */
export async function history(ctx: Context, participantId: string) {
  await participantInScope(ctx, participantId, 'programme.read', 'participant.programmes');
  const rows = await q.participantHistory(ctx.db, participantId, scopeOf(ctx.actor, 'programme.read'));
  await recordAudit(ctx.db, ctx, { action: 'participant.programmes', entityType: 'participant', entityId: participantId });
  return rows.map((row) => presentEnrolment(row, ctx.language));
}
