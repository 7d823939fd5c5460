import type { Context } from '../../http/context.ts';
import { can, demand, inScope, scopeOf } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { lithuanianSortKey } from '../../shared/text.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { existingUnitGroups } from '../occupations/occupations.queries.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import type { HoursKind, VacancyStatus } from '../../../contracts/employment.ts';
import type { VacancyCreate, VacancyListQuery, VacancyUpdate } from '../../../contracts/vacancies.ts';
import * as q from './vacancies.queries.ts';
import { presentVacancy, presentVacancyListItem } from './vacancies.present.ts';
import {
  decodeVacancyCursor, encodeVacancyCursor, languageIssues, normaliseLanguages, normaliseSkills, skillIssues, statusIssues, vacancyIssues,
  type FieldProblem, type VacancyFacts,
} from './vacancies.rules.ts';

// Vacancies (decision 0030): read with 'employer.read', changed with 'employer.manage' in the
// employer's organisation. A vacancy of another organisation answers 404 like a missing one
// and the attempt is audited; changes are audited. Vacancies hold no personal data, so reads
// are not. A wage below the minimum is saved; the warning is computed on each read.

export interface VacancyDeps { minimumMonthlyWageCents: number }

async function vacancyInScope(ctx: Context, id: string, action: string): Promise<q.VacancyRow> {
  const row = await q.findVacancy(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'employer.read'), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'vacancy', entityId: id, organisationId: row.organisation_id });
  }
  return row;
}

async function problemsOf(ctx: Context, facts: VacancyFacts, skills: string[], languages: string[]): Promise<FieldProblem[]> {
  const known = await existingUnitGroups(ctx.db, [facts.iscoCode]);
  return [...vacancyIssues(facts, known.has(facts.iscoCode)), ...skillIssues(skills), ...languageIssues(languages)];
}

export async function list(ctx: Context, deps: VacancyDeps, query: VacancyListQuery) {
  demand(ctx.actor, 'employer.read');
  let cursor = null;
  if (query.cursor !== undefined) {
    cursor = decodeVacancyCursor(query.cursor);
    if (!cursor) throw errors.validation([{ field: 'cursor', problem: 'invalid' }]);
  }
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const rows = await q.listVacancies(ctx.db, scopeOf(ctx.actor, 'employer.read'), query, cursor, pageSize + 1);
  const page = rows.slice(0, pageSize);
  return {
    items: page.map((row) => presentVacancyListItem(row, ctx.language, deps.minimumMonthlyWageCents)),
    nextCursor: rows.length > pageSize ? encodeVacancyCursor({ opensOn: page.at(-1)!.opens_on, id: page.at(-1)!.id }) : null,
  };
}

export async function show(ctx: Context, deps: VacancyDeps, id: string) {
  const row = await vacancyInScope(ctx, id, 'vacancy.view');
  return presentVacancy(row, ctx.language, deps.minimumMonthlyWageCents);
}

export async function create(ctx: Context, deps: VacancyDeps, input: VacancyCreate) {
  demand(ctx.actor, 'employer.manage');
  const employer = await q.employerOf(ctx.db, input.employerId);
  // An employer the user cannot manage is named as a field problem, whether it exists or not.
  if (employer && inScope(scopeOf(ctx.actor, 'employer.read'), employer.organisation_id)) demand(ctx.actor, 'employer.manage', employer.organisation_id);
  if (!employer || !can(ctx.actor, 'employer.manage', employer.organisation_id)) {
    throw errors.validation([{ field: 'employerId', problem: 'employer_other_organisation' }]);
  }
  const skills = normaliseSkills(input.skills ?? []);
  const languages = normaliseLanguages(input.languages ?? []);
  const facts: VacancyFacts = {
    iscoCode: input.iscoCode, opensOn: input.opensOn, closesOn: input.closesOn ?? null, hours: input.hours,
    hoursPerWeek: input.hoursPerWeek ?? null, wageMinCents: input.wageMinCents ?? null, wageMaxCents: input.wageMaxCents ?? null,
  };
  const problems = [...(await problemsOf(ctx, facts, skills, languages)), ...(input.status === 'filled' ? [{ field: 'status', problem: 'choice' } as const] : [])];
  if (problems.length > 0) throw errors.validation(problems);

  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertVacancy(trx, {
      organisation_id: employer.organisation_id,
      employer_id: employer.id,
      isco_code: facts.iscoCode,
      title: input.title,
      sort_key: lithuanianSortKey(input.title),
      description: input.description ?? '',
      municipality_code: input.municipalityCode,
      eldership: input.eldership ?? '',
      address: input.address ?? '',
      hours: input.hours,
      hours_per_week: facts.hoursPerWeek,
      wage_min_cents: facts.wageMinCents,
      wage_max_cents: facts.wageMaxCents,
      skills,
      languages,
      driving_licence_required: input.drivingLicenceRequired ?? false,
      adaptations: input.adaptations ?? [],
      positions: input.positions ?? 1,
      opens_on: facts.opensOn,
      closes_on: facts.closesOn,
      status: input.status ?? 'open',
      source: input.source ?? 'employer',
      created_by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'vacancy.create', entityType: 'vacancy', entityId: id, organisationId: employer.organisation_id,
      details: { employerId: employer.id, iscoCode: facts.iscoCode, status: input.status ?? 'open' },
    });
    return id;
  });
  return presentVacancy((await q.findVacancy(ctx.db, id))!, ctx.language, deps.minimumMonthlyWageCents);
}

/** Changes a vacancy, its status too (open, filled, closed), if nobody saved it since `version` was read. */
export async function update(ctx: Context, deps: VacancyDeps, id: string, input: VacancyUpdate) {
  const existing = await vacancyInScope(ctx, id, 'vacancy.update');
  demand(ctx.actor, 'employer.manage', existing.organisation_id);
  const { version, ...changes } = input;
  const pick = <K extends keyof typeof changes, T>(key: K, current: T) => (changes[key] !== undefined ? (changes[key] as T) : current);
  const skills = changes.skills !== undefined ? normaliseSkills(changes.skills) : existing.skills;
  const languages = changes.languages !== undefined ? normaliseLanguages(changes.languages) : existing.languages;
  const facts: VacancyFacts = {
    iscoCode: pick('iscoCode', existing.isco_code),
    opensOn: pick('opensOn', existing.opens_on),
    closesOn: pick('closesOn', existing.closes_on),
    hours: pick('hours', existing.hours as HoursKind),
    hoursPerWeek: pick('hoursPerWeek', existing.hours_per_week),
    wageMinCents: pick('wageMinCents', existing.wage_min_cents),
    wageMaxCents: pick('wageMaxCents', existing.wage_max_cents),
  };
  const problems = [
    ...(await problemsOf(ctx, facts, skills, languages)),
    ...statusIssues(existing.status as VacancyStatus, changes.status),
  ];
  if (problems.length > 0) throw errors.validation(problems);

  await ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateVacancy(trx, id, version, {
      isco_code: facts.iscoCode,
      opens_on: facts.opensOn,
      closes_on: facts.closesOn,
      hours: facts.hours,
      hours_per_week: facts.hoursPerWeek,
      wage_min_cents: facts.wageMinCents,
      wage_max_cents: facts.wageMaxCents,
      skills,
      languages,
      ...(changes.title !== undefined ? { title: changes.title, sort_key: lithuanianSortKey(changes.title) } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.municipalityCode !== undefined ? { municipality_code: changes.municipalityCode } : {}),
      ...(changes.eldership !== undefined ? { eldership: changes.eldership } : {}),
      ...(changes.address !== undefined ? { address: changes.address } : {}),
      ...(changes.drivingLicenceRequired !== undefined ? { driving_licence_required: changes.drivingLicenceRequired } : {}),
      ...(changes.adaptations !== undefined ? { adaptations: changes.adaptations } : {}),
      ...(changes.positions !== undefined ? { positions: changes.positions } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.source !== undefined ? { source: changes.source } : {}),
    }), existing.version);
    await recordAudit(trx, ctx, {
      action: 'vacancy.update', entityType: 'vacancy', entityId: id, organisationId: existing.organisation_id,
      details: {
        fields: Object.keys(changes),
        ...(changes.status !== undefined && changes.status !== existing.status ? { status: { from: existing.status, to: changes.status } } : {}),
      },
    });
  });
  return presentVacancy((await q.findVacancy(ctx.db, id))!, ctx.language, deps.minimumMonthlyWageCents);
}
