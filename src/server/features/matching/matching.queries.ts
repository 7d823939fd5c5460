import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db/connect.ts';

// The candidates matching scores. SQL only narrows them down (open cases, job-mediation
// consent, no paid job yet, the same ISCO group) and ranks them by a bound of their score;
// the scoring itself is matching.rules.ts. Each side ranks from one table: a person's place
// and name key are copied onto the vocational profile (migration 0005, triggers), a vacancy
// carries its title's sort key (decision 0032, "Speed").

export function findVacancy(db: Database, id: string) {
  return db.selectFrom('vacancies')
    .select([
      'id', 'organisation_id', 'employer_id', 'isco_code', 'title', 'municipality_code', 'eldership', 'hours',
      'skills', 'languages', 'driving_licence_required', 'adaptations', 'status',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type VacancyRow = NonNullable<Awaited<ReturnType<typeof findVacancy>>>;

/** Where the previous page of candidates ended (keyset: bound descending, then sort key, then id). */
export interface PageEnd {
  bound: number;
  sortKey: string;
  id: string;
}

/** How the candidate queries page (decision 0032, "Speed"). */
export interface PageShape {
  /** The highest bound there is (MAX_BOUND): nobody ranks above this tier, so it is walked in name order. */
  maxBound: number;
  /** At most this many rows are walked for one page before the full ranking takes over. */
  walkCap: number;
}

type Position = { sortKey: string; id: string } | null;
/** Where the full ranking resumes: after a row (a lower bound, or the same and a later name), or below a bound whose tier was read to its end. */
type Resume = PageEnd | { below: number } | null;
type Sql = RawBuilder<unknown>;

/**
 * Reads a page of candidates in the order bound (descending), sort key, id, after `after`.
 * When the page starts in the top tier (bound `maxBound`: nobody can have more), that tier is
 * walked in name order first, so the thousands below it need no bound at all; whatever the
 * walk does not fill within `walkCap` rows comes from the full ranking, resumed where the walk
 * stopped. Both hand over only eligible candidates.
 */
async function tieredPage<R>(
  after: PageEnd | null, size: number, shape: PageShape,
  walk: (start: Position, size: number) => Promise<R[]>,
  walkEnd: (start: Position) => Promise<{ sort_key: string; id: string } | null>,
  rank: (resume: Resume, size: number) => Promise<R[]>,
): Promise<R[]> {
  if (after && after.bound < shape.maxBound) return rank(after, size);
  const start = after && { sortKey: after.sortKey, id: after.id };
  const walked = await walk(start, size);
  if (walked.length === size) return walked;
  const end = await walkEnd(start);
  const resume: Resume = end ? { bound: shape.maxBound, sortKey: end.sort_key, id: end.id } : { below: shape.maxBound };
  return [...walked, ...(await rank(resume, size - walked.length))];
}

const afterName = (sortKey: Sql, id: Sql, start: Position) =>
  start ? sql`and (${sortKey} collate "C", ${id}) > (${start.sortKey}::text collate "C", ${start.id}::uuid)` : sql``;

function resumeAt(bound: Sql, sortKey: Sql, id: Sql, resume: Resume) {
  if (!resume) return sql`true`;
  if ('below' in resume) return sql`${bound} < ${resume.below}::int`;
  return sql`(${bound} < ${resume.bound}::int or (${bound} = ${resume.bound}::int
    and (${sortKey} collate "C", ${id}) > (${resume.sortKey}::text collate "C", ${resume.id}::uuid)))`;
}

/** A row's road km from a list indexed by municipality number (roadKmByNumber); null, counted as near, when either place is unknown. */
const kmOf = (kms: readonly (number | null)[], code: Sql) => sql`(${sql.val(kms)}::int[])[substr(${code}, 4)::int]`;

const distanceBound = (km: Sql, reach: Sql) => sql`case
  when ${km} is null then 20
  when ${km} <= ${reach} then 20
  when ${km} >= 2 * ${reach} then 0
  else ceil(20.0 * (2 * ${reach} - ${km}) / ${reach}) end`;

// ── People for a vacancy ─────────────────────────────────────────────────────

/** What the bound of a person's score for one vacancy needs (matching.rules.ts). */
export interface PersonBoundParams {
  organisationId: string;
  /** ISCO prefixes of the vacancy's code, 4 digits down to 1. */
  code: [string, string, string, string];
  /** The prefilter: the vacancy's sub-major or major group. */
  groups: string[];
  /** Road km from the workplace to LT-01 … LT-60 (roadKmByNumber); empty when the workplace is unknown. */
  kms: (number | null)[];
  hours: string;
  hoursPartialBound: number;
  drivingLicenceRequired: boolean;
  transportProvided: boolean;
  defaultReachKm: number;
  noTransportReach: number;
  unboundedPoints: number;
}

function personBound(b: PersonBoundParams) {
  const reach = sql`round(coalesce(vp.max_commute_km, ${b.defaultReachKm}::int)::numeric * case when vp.own_transport or ${b.transportProvided}::boolean then 1 else ${b.noTransportReach}::numeric end)`;
  return sql<number>`(
    case when vp.isco_prefixes @> array[${b.code[0]}]::text[] then 40 when vp.isco_prefixes @> array[${b.code[1]}]::text[] then 30
         when vp.isco_prefixes @> array[${b.code[2]}]::text[] then 20 when vp.isco_prefixes @> array[${b.code[3]}]::text[] then 8 else 0 end
    + ${distanceBound(kmOf(b.kms, sql`vp.municipality_code`), reach)}
    + case when vp.hours @> array[${b.hours}]::text[] then 10 when cardinality(vp.hours) = 0 then 5 else ${b.hoursPartialBound}::int end
    + case when ${b.drivingLicenceRequired}::boolean and not vp.has_driving_licence then 0 else 5 end
    + ${b.unboundedPoints}::int)::int`;
}

// The profile's columns scoring reads: everything about the person but the name and languages.
const PROFILE_COLUMNS = sql`vp.case_id, vp.participant_id, vp.sort_key, vp.municipality_code, vp.eldership, vp.skills, vp.target_isco,
  vp.experience_isco, vp.hours, vp.max_commute_km, vp.has_driving_licence, vp.own_transport, vp.adaptations_needed`;

// One look-up per candidate handed over, in the outer order ("limit 1" keeps it a look-up):
// the case open, consent to job mediation given and not withdrawn, no paid placement
// (anything but a trial practice, not ended); and the name and languages.
const ELIGIBLE_PERSON = sql`cross join lateral (
  select p.first_name, p.last_name, p.municipality, p.languages
  from cases c join participants p on p.id = r.participant_id
  where c.id = r.case_id and c.stage <> 'closed'
    and exists (select 1 from consents k where k.participant_id = p.id and k.purpose = 'job_mediation' and k.withdrawn_on is null)
    and not exists (select 1 from placements pl where pl.participant_id = p.id and pl.ended_on is null and pl.kind <> 'trial_practice')
  limit 1
) x`;

const PERSON_OUT = sql`r.bound, r.sort_key, r.case_id, r.participant_id, r.municipality_code, r.eldership, r.skills, r.target_isco,
  r.experience_isco, r.hours, r.max_commute_km, r.has_driving_licence, r.own_transport, r.adaptations_needed,
  x.first_name, x.last_name, x.municipality, x.languages`;

/** The top tier: the organisation's profiles after `start` in name order (index vocational_profiles_organisation), at most `cap`, keeping those in the groups whose bound is `top`. */
async function walkPeople(db: Database, b: PersonBoundParams, top: number, start: Position, cap: number, size: number) {
  const result = await sql<PersonCandidateRow>`
    select ${PERSON_OUT}
    from (
      select ${PROFILE_COLUMNS}, vp.isco_prefixes && ${sql.val(b.groups)}::text[] as in_group, ${personBound(b)} as bound
      from vocational_profiles vp
      where vp.organisation_id = ${b.organisationId}::uuid ${afterName(sql`vp.sort_key`, sql`vp.case_id`, start)}
      order by vp.sort_key collate "C", vp.case_id
      limit ${cap}::int
    ) r
    ${ELIGIBLE_PERSON}
    where r.in_group and r.bound = ${top}::int
    order by r.sort_key collate "C", r.case_id
    limit ${size}::int`.execute(db);
  return result.rows;
}

/** The cap-th profile after `start` in name order: where a walk that found too few stopped; null when it read to the end. */
async function walkEndOfPeople(db: Database, organisationId: string, start: Position, cap: number) {
  const result = await sql<{ sort_key: string; id: string }>`
    select vp.sort_key, vp.case_id as id from vocational_profiles vp
    where vp.organisation_id = ${organisationId}::uuid ${afterName(sql`vp.sort_key`, sql`vp.case_id`, start)}
    order by vp.sort_key collate "C", vp.case_id
    offset ${cap - 1}::int limit 1`.execute(db);
  return result.rows[0] ?? null;
}

/** The full ranking: every profile in the groups (GIN index on isco_prefixes) with its bound, from `resume` on. */
async function rankPeople(db: Database, b: PersonBoundParams, resume: Resume, size: number) {
  const result = await sql<PersonCandidateRow>`
    select ${PERSON_OUT}
    from (
      select * from (
        select ${PROFILE_COLUMNS}, ${personBound(b)} as bound
        from vocational_profiles vp
        where vp.organisation_id = ${b.organisationId}::uuid and vp.isco_prefixes && ${sql.val(b.groups)}::text[]
      ) bounded
      where ${resumeAt(sql`bounded.bound`, sql`bounded.sort_key`, sql`bounded.case_id`, resume)}
      order by bound desc, sort_key collate "C", case_id
    ) r
    ${ELIGIBLE_PERSON}
    order by r.bound desc, r.sort_key collate "C", r.case_id
    limit ${size}::int`.execute(db);
  return result.rows;
}

/**
 * A page of the people of the organisation's open cases whose vocational profile has a code
 * in one of `groups`, who consent to job mediation (given, not withdrawn) and are not in a
 * paid placement (anything but a trial practice, not ended), in the order of the bound of
 * their score, then sort key and case id. The ranking reads vocational_profiles alone; the
 * eligibility, name and languages are looked up only for the rows handed over.
 */
export function peoplePage(db: Database, b: PersonBoundParams, after: PageEnd | null, size: number, shape: PageShape) {
  return tieredPage(
    after, size, shape,
    (start, n) => walkPeople(db, b, shape.maxBound, start, shape.walkCap, n),
    (start) => walkEndOfPeople(db, b.organisationId, start, shape.walkCap),
    (resume, n) => rankPeople(db, b, resume, n),
  );
}
export interface PersonCandidateRow {
  bound: number;
  sort_key: string;
  case_id: string;
  participant_id: string;
  /** The person's place as stored with the person (copied onto the profile); null when it could not be read. */
  municipality_code: string | null;
  eldership: string;
  first_name: string;
  last_name: string;
  municipality: string;
  languages: string[];
  skills: string[];
  target_isco: string[];
  experience_isco: string[];
  hours: string[];
  max_commute_km: number | null;
  has_driving_licence: boolean;
  own_transport: boolean;
  adaptations_needed: string[];
}

/** The case's vocational profile with the participant facts matching reads, and whether the person consents to job mediation. */
export function profileOfCase(db: Database, caseId: string) {
  return db.selectFrom('cases as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .leftJoin('vocational_profiles as vp', 'vp.case_id', 'c.id')
    .select([
      'c.participant_id', 'p.first_name', 'p.last_name', 'p.municipality', 'p.municipality_code', 'p.eldership', 'p.languages',
      'vp.case_id as profile_case_id', 'vp.skills', 'vp.target_isco', 'vp.experience_isco', 'vp.hours', 'vp.max_commute_km',
      'vp.has_driving_licence', 'vp.own_transport', 'vp.adaptations_needed',
      sql<boolean>`exists (select 1 from consents k where k.participant_id = c.participant_id and k.purpose = 'job_mediation' and k.withdrawn_on is null)`.as('consents'),
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}
export type CaseProfileRow = NonNullable<Awaited<ReturnType<typeof profileOfCase>>>;

// ── Vacancies for a person ───────────────────────────────────────────────────

/** What the bound of a vacancy's score for one person needs (matching.rules.ts). */
export interface VacancyBoundParams {
  organisationId: string;
  /** The person's code prefixes of each length, 4 digits down to 1. */
  prefixes: [string[], string[], string[], string[]];
  /** The prefilter: 2-digit groups (index vacancies_open_submajor). */
  groups: string[];
  today: string;
  /** Road km from the person's home to LT-01 … LT-60 (roadKmByNumber); empty when the home is unknown. */
  kms: (number | null)[];
  reachKm: number;
  ownTransport: boolean;
  noTransportReach: number;
  /** Hours points for full_time, part_time, flexible (exact). */
  hoursPoints: number[];
  hasDrivingLicence: boolean;
  unboundedPoints: number;
}

function vacancyBound(b: VacancyBoundParams) {
  const reach = sql`round(${b.reachKm}::int::numeric * case when ${b.ownTransport}::boolean or v.adaptations @> array['transport_provided']::text[] then 1 else ${b.noTransportReach}::numeric end)`;
  return sql<number>`(
    case when left(v.isco_code, 4) = any(${sql.val(b.prefixes[0])}::text[]) then 40 when left(v.isco_code, 3) = any(${sql.val(b.prefixes[1])}::text[]) then 30
         when left(v.isco_code, 2) = any(${sql.val(b.prefixes[2])}::text[]) then 20 when left(v.isco_code, 1) = any(${sql.val(b.prefixes[3])}::text[]) then 8 else 0 end
    + ${distanceBound(kmOf(b.kms, sql`v.municipality_code`), reach)}
    + coalesce((${sql.val(b.hoursPoints)}::int[])[array_position(array['full_time', 'part_time', 'flexible'], v.hours)], 10)
    + case when v.driving_licence_required and not ${b.hasDrivingLicence}::boolean then 0 else 5 end
    + ${b.unboundedPoints}::int)::int`;
}

const VACANCY_COLUMNS = sql`v.id, v.sort_key, v.title, v.isco_code, v.municipality_code, v.eldership, v.hours, v.skills, v.languages,
  v.driving_licence_required, v.adaptations, v.closes_on, v.employer_id`;

// The employer's name only for the rows handed over.
const VACANCY_OUT = sql`r.bound, r.sort_key, r.id, r.title, r.isco_code, r.municipality_code, r.eldership, r.hours, r.skills, r.languages,
  r.driving_licence_required, r.adaptations, r.closes_on, r.employer_id, (select e.name from employers e where e.id = r.employer_id) as employer_name`;

const stillOpen = (today: string) => sql`(v.closes_on is null or v.closes_on >= ${today}::date)`;

/** The top tier: the organisation's open vacancies after `start` in title order (index vacancies_open_sort), at most `cap`, keeping those in the groups, not closed, whose bound is `top`. */
async function walkVacancies(db: Database, b: VacancyBoundParams, top: number, start: Position, cap: number, size: number) {
  const result = await sql<VacancyCandidateRow>`
    select ${VACANCY_OUT}
    from (
      select ${VACANCY_COLUMNS}, left(v.isco_code, 2) = any(${sql.val(b.groups)}::text[]) and ${stillOpen(b.today)} as eligible, ${vacancyBound(b)} as bound
      from vacancies v
      where v.organisation_id = ${b.organisationId}::uuid and v.status = 'open' ${afterName(sql`v.sort_key`, sql`v.id`, start)}
      order by v.sort_key collate "C", v.id
      limit ${cap}::int
    ) r
    where r.eligible and r.bound = ${top}::int
    order by r.sort_key collate "C", r.id
    limit ${size}::int`.execute(db);
  return result.rows;
}

async function walkEndOfVacancies(db: Database, organisationId: string, start: Position, cap: number) {
  const result = await sql<{ sort_key: string; id: string }>`
    select v.sort_key, v.id from vacancies v
    where v.organisation_id = ${organisationId}::uuid and v.status = 'open' ${afterName(sql`v.sort_key`, sql`v.id`, start)}
    order by v.sort_key collate "C", v.id
    offset ${cap - 1}::int limit 1`.execute(db);
  return result.rows[0] ?? null;
}

/** The full ranking: every open vacancy in the 2-digit groups (index vacancies_open_submajor) with its bound, from `resume` on. */
async function rankVacancies(db: Database, b: VacancyBoundParams, resume: Resume, size: number) {
  const result = await sql<VacancyCandidateRow>`
    select ${VACANCY_OUT}
    from (
      select * from (
        select ${VACANCY_COLUMNS}, ${vacancyBound(b)} as bound
        from vacancies v
        where v.organisation_id = ${b.organisationId}::uuid and v.status = 'open' and left(v.isco_code, 2) = any(${sql.val(b.groups)}::text[])
          and ${stillOpen(b.today)}
      ) bounded
      where ${resumeAt(sql`bounded.bound`, sql`bounded.sort_key`, sql`bounded.id`, resume)}
      order by bound desc, sort_key collate "C", id
      limit ${size}::int
    ) r
    order by r.bound desc, r.sort_key collate "C", r.id`.execute(db);
  return result.rows;
}

/**
 * A page of the organisation's open vacancies (status open, not closed before `today`) in one
 * of the 2-digit `groups`, in the order of the bound of their score for the person, then
 * title sort key and id, with the employer's name.
 */
export function vacanciesPage(db: Database, b: VacancyBoundParams, after: PageEnd | null, size: number, shape: PageShape) {
  return tieredPage(
    after, size, shape,
    (start, n) => walkVacancies(db, b, shape.maxBound, start, shape.walkCap, n),
    (start) => walkEndOfVacancies(db, b.organisationId, start, shape.walkCap),
    (resume, n) => rankVacancies(db, b, resume, n),
  );
}
export interface VacancyCandidateRow {
  bound: number;
  sort_key: string;
  id: string;
  title: string;
  isco_code: string;
  municipality_code: string;
  eldership: string;
  hours: string;
  skills: string[];
  languages: string[];
  driving_licence_required: boolean;
  adaptations: string[];
  closes_on: string | null;
  employer_id: string;
  employer_name: string;
}
