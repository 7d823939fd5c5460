import type { Context } from '../../http/context.ts';
import { can, scopeOf, inScope } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { readInCase } from '../cases/cases.access.ts';
import { todayInLithuania } from '../services/services.rules.ts';
import { HOURS_KINDS, type HoursKind } from '../../../contracts/employment.ts';
import { MATCH_LIMITS, type CaseMatches, type MatchQuery, type VacancyMatches } from '../../../contracts/matching.ts';
import * as q from './matching.queries.ts';
import {
  DEFAULT_REACH_KM, MAX_BOUND, UNBOUNDED_POINTS, reachKmOf, NO_TRANSPORT_REACH_FRACTION, hoursPartialBound, hoursPointsByKind, personGroups, personPlace,
  prefilterGroups, provenBest, roadKmByNumber, scoreMatch, skillKeys, topMatches, type MatchPerson, type MatchVacancy, type Ranked,
} from './matching.rules.ts';

// Ranking people for a vacancy and vacancies for a person (decision 0032). SQL narrows the
// candidates to the vacancy's ISCO sub-major group (the major group when that gives fewer
// than asked) and hands them over best bound first; matching.rules.ts scores each one read,
// and reading stops once the best are proven (provenBest). Each list is a read of personal
// data and is audited with the ids shown.

const matchingErrors = {
  noConsent: (caseId: string) => new AppError('MATCHING.NO_JOB_MEDIATION_CONSENT', 409, { details: { caseId } }),
  noProfile: (caseId: string) => new AppError('MATCHING.NO_VOCATIONAL_PROFILE', 409, { details: { caseId } }),
};

const nameOf = (row: { first_name: string; last_name: string }) => `${row.first_name} ${row.last_name}`;

export function vacancyOf(row: q.VacancyRow | q.VacancyCandidateRow): MatchVacancy {
  return {
    id: row.id, title: row.title, iscoCode: row.isco_code, municipalityCode: row.municipality_code, eldership: row.eldership,
    hours: row.hours as HoursKind, skills: row.skills, languages: row.languages, drivingLicenceRequired: row.driving_licence_required,
    adaptations: row.adaptations,
  };
}

type PersonFacts = Pick<q.PersonCandidateRow, 'first_name' | 'last_name' | 'municipality' | 'municipality_code' | 'eldership' | 'languages'> & {
  skills: string[] | null; target_isco: string[] | null; experience_isco: string[] | null; hours: string[] | null;
  max_commute_km: number | null; has_driving_licence: boolean | null; own_transport: boolean | null; adaptations_needed: string[] | null;
};

export function personOf(id: string, row: PersonFacts): MatchPerson {
  return {
    id, name: nameOf(row), municipality: row.municipality, municipalityCode: row.municipality_code, eldership: row.eldership, languages: row.languages,
    skills: row.skills ?? [], targetIsco: row.target_isco ?? [], experienceIsco: row.experience_isco ?? [], hours: row.hours ?? [],
    maxCommuteKm: row.max_commute_km, hasDrivingLicence: row.has_driving_licence ?? false, ownTransport: row.own_transport ?? false,
    adaptationsNeeded: row.adaptations_needed ?? [],
  };
}

/**
 * Reads candidates page by page in the order of their score's bound and scores the eligible
 * ones, until the best `limit` are proven to be the best of all (provenBest); the first page
 * is usually the only one. Returns the best and how many candidates were scored.
 */
async function bestOf<R, S extends Ranked>(
  limit: number, page: (after: q.PageEnd | null, size: number) => Promise<q.Page<R>>, score: (row: q.Page<R>['rows'][number]) => S,
): Promise<{ best: S[]; read: number; complete: boolean }> {
  let size = Math.max(limit * PAGE_FACTOR, PAGE_MIN);
  let after: q.PageEnd | null = null;
  const scored: S[] = [];
  for (;;) {
    const { rows, last, full } = await page(after, size);
    scored.push(...rows.map(score));
    const best = topMatches(scored, limit);
    after = last;
    if (provenBest(best, limit, after && { ...after, score: after.bound }, full)) return { best, read: scored.length, complete: !full };
    size *= 4;
  }
}
/**
 * The first page ranks this many times the limit (at least PAGE_MIN): the bound leaves out
 * only language and adaptations, so most of the top tier score their bound and a little over
 * the limit usually proves the best (decision 0032, "Speed").
 */
const PAGE_FACTOR = 2;
const PAGE_MIN = 30;
/** How the candidate queries page: the top tier walked in name order, 2,000 rows a statement, at most 10,000 a page (decision 0032, "Speed"). */
export const PAGE_SHAPE: q.PageShape = { maxBound: MAX_BOUND, walkBatch: 2_000, walkCap: 10_000 };

/** What ranking people for the vacancy needs, for the people with a code in `groups`. */
export function personBoundParams(row: q.VacancyRow, groups: string[]): q.PersonBoundParams {
  const code = row.isco_code;
  return {
    organisationId: row.organisation_id, code: [code.slice(0, 4), code.slice(0, 3), code.slice(0, 2), code.slice(0, 1)], groups,
    kms: roadKmByNumber(row.municipality_code), skills: skillKeys(row.skills), hours: row.hours, hoursPartialBound: hoursPartialBound(row.hours as HoursKind),
    drivingLicenceRequired: row.driving_licence_required, transportProvided: row.adaptations.includes('transport_provided'),
    defaultReachKm: DEFAULT_REACH_KM, noTransportReach: NO_TRANSPORT_REACH_FRACTION, unboundedPoints: UNBOUNDED_POINTS,
  };
}

/** What ranking the organisation's open vacancies in `groups` for the person needs. */
export function vacancyBoundParams(organisationId: string, person: MatchPerson, groups: string[]): q.VacancyBoundParams {
  return {
    organisationId, targetPrefixes: byLength(person.targetIsco), prefixes: byLength([...person.targetIsco, ...person.experienceIsco]), groups,
    today: todayInLithuania(), kms: roadKmByNumber(personPlace(person)?.code), skills: skillKeys(person.skills),
    reachKm: reachKmOf(person.maxCommuteKm, false), reducedReachKm: reachKmOf(person.maxCommuteKm, true), ownTransport: person.ownTransport,
    hoursPoints: hoursPointsByKind(person.hours, HOURS_KINDS), hasDrivingLicence: person.hasDrivingLicence, unboundedPoints: UNBOUNDED_POINTS,
  };
}

/** People for a vacancy: matching.run in the vacancy's organisation. */
export async function forVacancy(ctx: Context, vacancyId: string, query: MatchQuery): Promise<VacancyMatches> {
  const limit = query.limit ?? MATCH_LIMITS.limitDefault;
  const row = await q.findVacancy(ctx.db, vacancyId);
  if (!row) throw errors.notFound();
  if (!can(ctx.actor, 'matching.run', row.organisation_id)) {
    // Staff of the organisation who may not run matching are told so; anyone else learns nothing.
    if (inScope(scopeOf(ctx.actor, 'employer.read'), row.organisation_id)) throw errors.forbidden();
    await refuseOutOfScope(ctx.db, ctx, { action: 'match.list', entityType: 'vacancy', entityId: vacancyId, organisationId: row.organisation_id });
  }
  const vacancy = vacancyOf(row);
  const code = row.isco_code;
  const run = (groups: string[]) => bestOf(
    limit,
    (after, size) => q.peoplePage(ctx.db, personBoundParams(row, groups), after, size, PAGE_SHAPE),
    (candidate) => ({ id: candidate.case_id, sortKey: candidate.sort_key, candidate, ...scoreMatch(vacancy, personOf(candidate.case_id, candidate)) }),
  );
  const groups = prefilterGroups(code);
  let result = await run([groups.subMajor]);
  // Fewer people in the sub-major group than asked for: the whole major group.
  const widened = result.complete && result.best.length < limit;
  if (widened) result = await run([groups.major]);

  await recordAudit(ctx.db, ctx, {
    action: 'match.list', entityType: 'vacancy', entityId: vacancyId, organisationId: row.organisation_id,
    details: { participantIds: result.best.map((item) => item.candidate.participant_id), candidates: result.read, widened },
  });
  return {
    vacancyId, title: row.title, iscoCode: row.isco_code, widened, candidates: result.read,
    items: result.best.map(({ candidate, score, factors }) => ({
      caseId: candidate.case_id, participantId: candidate.participant_id, name: nameOf(candidate), score, factors,
    })),
  };
}

/** The 2-digit groups under each 1-digit major group: "7" → "70" … "79", so the sub-major index still serves. */
const subMajorsOf = (majors: readonly string[]) => majors.flatMap((major) => Array.from({ length: 10 }, (_, digit) => `${major}${digit}`));
/** The codes' prefixes of each length 1 … 4, at index length - 1. */
const byLength = (codes: readonly string[]) =>
  [1, 2, 3, 4].map((length) => [...new Set(codes.filter((code) => code.length >= length).map((code) => code.slice(0, length)))]);

/** Vacancies for the person of a case: matching.run in the case's organisation, and the case readable. */
export async function forCase(ctx: Context, caseId: string, query: MatchQuery): Promise<CaseMatches> {
  const limit = query.limit ?? MATCH_LIMITS.limitDefault;
  const [caseRow, profile] = await readInCase(ctx, caseId, 'match.list', () => q.profileOfCase(ctx.db, caseId));
  if (!can(ctx.actor, 'matching.run', caseRow.organisation_id)) throw errors.forbidden();
  if (caseRow.stage === 'closed') throw new AppError('CASE.CLOSED', 409, { details: { caseId } });
  const refuse = async (error: AppError) => {
    await recordAudit(ctx.db, ctx, {
      action: 'match.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
      details: { participantId: caseRow.participant_id, refused: error.code },
    });
    throw error;
  };
  if (!profile?.consents) return refuse(matchingErrors.noConsent(caseId));
  const targets = profile.target_isco ?? [];
  const experience = profile.experience_isco ?? [];
  if (!profile.profile_case_id || targets.length + experience.length === 0) return refuse(matchingErrors.noProfile(caseId));

  const person = personOf(caseId, profile);
  const run = (groups: string[]) => bestOf(
    limit,
    (after, size) => q.vacanciesPage(ctx.db, vacancyBoundParams(caseRow.organisation_id, person, groups), after, size, PAGE_SHAPE),
    (candidate) => ({ id: candidate.id, sortKey: candidate.sort_key, candidate, ...scoreMatch(vacancyOf(candidate), person) }),
  );
  const groups = personGroups(targets, experience);
  let result = groups.subMajor.length > 0 ? await run(groups.subMajor) : { best: [], read: 0, complete: true };
  const widened = result.complete && result.best.length < limit;
  if (widened) result = await run(subMajorsOf(groups.major));

  await recordAudit(ctx.db, ctx, {
    action: 'match.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
    details: { participantId: caseRow.participant_id, vacancyIds: result.best.map((item) => item.id), candidates: result.read, widened },
  });
  return {
    caseId, widened, candidates: result.read,
    items: result.best.map(({ candidate, score, factors }) => ({
      vacancyId: candidate.id, title: candidate.title, iscoCode: candidate.isco_code, employerId: candidate.employer_id,
      employerName: candidate.employer_name, municipalityCode: candidate.municipality_code, closesOn: candidate.closes_on, score, factors,
    })),
  };
}
