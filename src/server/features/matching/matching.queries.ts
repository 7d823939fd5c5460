import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db/connect.ts';
import { MATCH_WEIGHTS, occupationSteps } from './matching.rules.ts';

// The candidates matching scores. SQL only narrows them down (open cases, job-mediation
// consent, no paid job yet, the same ISCO group) and ranks them by a bound of their score;
// the scoring itself is matching.rules.ts. Each side ranks from one table and, in the top
// tier, from one index: a person's place and name key are copied onto the vocational profile
// by triggers, skills are kept folded beside them, a vacancy carries its title's sort key
// (migration 0005; decision 0032, "Speed").

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

/** A candidate's place in the ranking: bound descending, then sort key, then id. */
export interface PageEnd {
  bound: number;
  sortKey: string;
  id: string;
}

/**
 * A page of the ranking: the eligible candidates among the `size` ranked next, in ranking
 * order; `last`, the last one ranked (eligible or not), where the next page starts; `full`,
 * whether `size` were ranked (otherwise every candidate has been).
 */
export interface Page<R> {
  rows: (R & { bound: number; sort_key: string })[];
  last: PageEnd | null;
  full: boolean;
}

/** How the candidate queries page (decision 0032, "Speed"). */
export interface PageShape {
  /** The highest bound there is (MAX_BOUND): nobody ranks above this tier, so it is walked in name order. */
  maxBound: number;
  /** The walk reads this many rows a statement (few enough that the planner keeps to the index order)… */
  walkBatch: number;
  /** …and at most this many for one page before the full ranking takes over. */
  walkCap: number;
}

interface RankedRow {
  id: string;
  sort_key: string;
  bound: number;
}
type Position = { sortKey: string; id: string } | null;
/** Where the full ranking resumes: after a row (a lower bound, or the same and a later name), or below a bound whose tier was read to its end. */
type Resume = PageEnd | { below: number } | null;
type Sql = RawBuilder<unknown>;

/** The first walk statement reads this many rows per candidate wanted (a tier of one in 25 or denser fills it at once). */
const FIRST_BATCH_FACTOR = 25;

/** One statement of the walk: the top-tier rows among the next `batch` in name order, where it ended, and how many it read. */
interface WalkBatch {
  rows: RankedRow[];
  end: Position;
  read: number;
}

/**
 * The next `size` candidates in ranking order after `after`. When they start in the top tier
 * (bound `maxBound`: nobody can have more), that tier is walked in name order first, from
 * the index alone, so the thousands below it need no bound; whatever the walk does not fill
 * within `walkCap` rows comes from the full ranking, resumed where the walk stopped.
 */
async function ranked(
  after: PageEnd | null, size: number, shape: PageShape,
  walk: ((start: Position, batch: number) => Promise<WalkBatch>) | null,
  rank: (resume: Resume, size: number) => Promise<RankedRow[]>,
): Promise<RankedRow[]> {
  // No walk: nobody can reach the top tier (no unit group to walk), or the page starts below it.
  if (!walk || (after && after.bound < shape.maxBound)) return rank(after, size);
  let start: Position = after && { sortKey: after.sortKey, id: after.id };
  const tier: RankedRow[] = [];
  let read = 0;
  // The first statement reads about what a dense tier needs; each next one four times more.
  let next = Math.min(shape.walkBatch, size * FIRST_BATCH_FACTOR);
  for (;;) {
    const batch = Math.min(next, shape.walkCap - read);
    next = Math.min(shape.walkBatch, next * 4);
    const walked = await walk(start, batch);
    tier.push(...walked.rows);
    read += walked.read;
    if (tier.length >= size) return tier.slice(0, size);
    // Read to the end: the whole tier is in hand, the rest ranks below it.
    if (walked.read < batch || !walked.end) return [...tier, ...(await rank({ below: shape.maxBound }, size - tier.length))];
    start = walked.end;
    if (read >= shape.walkCap) return [...tier, ...(await rank({ bound: shape.maxBound, ...start }, size - tier.length))];
  }
}

/**
 * Runs one walk statement: `inner` selects id, sort_key and bound (null outside the tier) of the
 * next rows in name order, limited to the batch; answers the tier rows and the last row read.
 */
async function walkBatch(db: Database, inner: Sql, top: number): Promise<WalkBatch> {
  const result = await sql<RankedRow & { total: number | null }>`
    with b as materialized (${inner})
    select id, sort_key, bound, null::int as total from b where bound = ${top}::int
    union all
    select * from (select id, sort_key, null::int, (select count(*) from b)::int from b order by sort_key collate "C" desc, id desc limit 1) e`.execute(db);
  const end = result.rows.find((row) => row.total !== null);
  return {
    rows: result.rows.filter((row) => row.total === null).map(({ id, sort_key, bound }) => ({ id, sort_key, bound })),
    end: end ? { sortKey: end.sort_key, id: end.id } : null,
    read: end?.total ?? 0,
  };
}

/** Ranks the next page, then reads the details (and eligibility) of those ranked, in one look-up for all. */
async function page<R extends { id: string }>(
  rows: RankedRow[], size: number, details: (ids: string[]) => Promise<R[]>,
): Promise<Page<R>> {
  const found = rows.length > 0 ? new Map((await details(rows.map((row) => row.id))).map((row) => [row.id, row])) : new Map<string, R>();
  const last = rows.at(-1);
  return {
    rows: rows.flatMap((row) => {
      const detail = found.get(row.id);
      return detail ? [{ ...detail, bound: row.bound, sort_key: row.sort_key }] : [];
    }),
    last: last ? { bound: last.bound, sortKey: last.sort_key, id: last.id } : null,
    full: rows.length === size,
  };
}

const afterName = (sortKey: Sql, id: Sql, start: Position) =>
  start ? sql`and (${sortKey} collate "C", ${id}) > (${start.sortKey}::text collate "C", ${start.id}::uuid)` : sql``;

function resumeAt(resume: Resume) {
  if (!resume) return sql`true`;
  if ('below' in resume) return sql`bound < ${resume.below}::int`;
  return sql`(bound < ${resume.bound}::int or (bound = ${resume.bound}::int and (sort_key collate "C", id) > (${resume.sortKey}::text collate "C", ${resume.id}::uuid)))`;
}

const W = MATCH_WEIGHTS;
const STEPS = occupationSteps();

/** Occupation points, exact: the first of the steps (most points first) the row's codes meet. */
const occupationPoints = (meets: (source: 'target' | 'experience', level: 1 | 2 | 3 | 4) => Sql) =>
  sql`case ${sql.join(STEPS.map((step) => sql`when ${meets(step.source, step.level)} then ${step.points}::int`), sql` `)} else 0 end`;

/** A row's road km from a list indexed by municipality number (roadKmByNumber); null, counted as near, when either place is unknown. */
const kmOf = (kms: readonly (number | null)[], code: Sql) => sql`(${sql.val(kms)}::int[])[substr(${code}, 4)::int]`;

// Whole numbers only: ceil(a / b) as (a + b - 1) / b.
const distanceBound = (km: Sql, reach: Sql) => sql`case
  when ${km} is null or ${km} <= ${reach} then ${W.distance}::int
  when ${km} >= 2 * ${reach} then 0
  else (${W.distance}::int * (2 * ${reach} - ${km}) + ${reach} - 1) / ${reach} end`;

/** How many of `keys` the folded skills hold: one containment test per key (a vacancy asks a few). */
const countOf = (column: Sql, keys: readonly string[]) =>
  keys.length === 0 ? sql`0` : sql.join(keys.map((key) => sql`(${column} @> array[${key}]::text[])::int`), sql` + `);

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
  /** The vacancy's skills folded (skillKeys). */
  skills: string[];
  hours: string;
  hoursPartialBound: number;
  drivingLicenceRequired: boolean;
  transportProvided: boolean;
  defaultReachKm: number;
  /** The share of the reach left without transport (NO_TRANSPORT_REACH_FRACTION). */
  noTransportReach: { numerator: number; denominator: number };
  unboundedPoints: number;
}

/** The bound of the person's score, from columns of the profile that vocational_profiles_organisation holds. */
function personBound(b: PersonBoundParams) {
  const stated = sql`coalesce(vp.max_commute_km, ${b.defaultReachKm}::int)`;
  // Without transport, the share rounded up (whole numbers: ceil(a / b) as (a + b - 1) / b): never less than the reach scoring uses.
  const { numerator, denominator } = b.noTransportReach;
  const reach = sql`case when vp.own_transport or ${b.transportProvided}::boolean then ${stated}
    else (${stated} * ${numerator}::int + ${denominator - 1}::int) / ${denominator}::int end`;
  const asked = b.skills.length;
  const skills = asked === 0
    ? sql`${W.skills}::int`
    : sql`(${W.skills}::int * least(${asked}::int, ${countOf(sql`vp.skills_key`, b.skills)} + vp.skills_unsure) + ${asked - 1}::int) / ${asked}::int`;
  const prefix = (level: 1 | 2 | 3 | 4) => b.code[4 - level];
  return sql<number>`(
    ${occupationPoints((source, level) => sql`${source === 'target' ? sql`vp.target_prefixes` : sql`vp.isco_prefixes`} @> array[${prefix(level)}]::text[]`)}
    + ${skills}
    + ${distanceBound(kmOf(b.kms, sql`vp.municipality_code`), reach)}
    + case when vp.hours @> array[${b.hours}]::text[] then ${W.hours}::int when cardinality(vp.hours) = 0 then ${W.hours / 2}::int else ${b.hoursPartialBound}::int end
    + case when ${b.drivingLicenceRequired}::boolean and not vp.has_driving_licence then 0 else ${W.driving_licence}::int end
    + ${b.unboundedPoints}::int)::int`;
}

/**
 * What a profile in the top tier has for sure besides a target job in the vacancy's unit group
 * (the most occupation points), tested before its bound is computed: a code in the groups and
 * the vacancy's hours (the most hours points). The bound reaches MAX_BOUND only with every
 * part at its most.
 */
const topTierPerson = (b: PersonBoundParams) => sql`vp.hours @> array[${b.hours}]::text[] and vp.isco_prefixes && ${sql.val(b.groups)}::text[]`;

/**
 * The walk over the profiles of the organisation that aim at the vacancy's unit group, in name
 * order, each with its bound when it may be in the top tier: an index-only scan of
 * vocational_profile_targets_walk.
 * Without a whole unit group (a shorter code) there is nothing to walk.
 */
function walkPeople(db: Database, b: PersonBoundParams, top: number) {
  const unitGroup = b.code[0];
  if (unitGroup.length !== 4) return null;
  // The rows hold the profile's columns under the same names, so the bound reads them as "vp".
  return (start: Position, batch: number) => walkBatch(db, sql`
    select vp.case_id as id, vp.sort_key, case when ${topTierPerson(b)} then ${personBound(b)} end as bound
    from vocational_profile_targets vp
    where vp.organisation_id = ${b.organisationId}::uuid and vp.unit_group = ${unitGroup} ${afterName(sql`vp.sort_key`, sql`vp.case_id`, start)}
    order by vp.sort_key collate "C", vp.case_id
    limit ${batch}::int`, top);
}

/** The full ranking: every profile in the groups (GIN index on isco_prefixes) with its bound, from `resume` on. */
async function rankPeople(db: Database, b: PersonBoundParams, resume: Resume, size: number) {
  const result = await sql<RankedRow>`
    select id, sort_key, bound from (
      select vp.case_id as id, vp.sort_key, ${personBound(b)} as bound
      from vocational_profiles vp
      where vp.organisation_id = ${b.organisationId}::uuid and vp.isco_prefixes && ${sql.val(b.groups)}::text[]
      offset 0
    ) bounded
    where ${resumeAt(resume)}
    order by bound desc, sort_key collate "C", id
    limit ${size}::int`.execute(db);
  return result.rows;
}

/**
 * The people of these profiles who can be matched: the case open, consent to job mediation
 * given and not withdrawn, no paid placement (anything but a trial practice, not ended); with
 * what scoring reads and the name.
 */
async function eligiblePeople(db: Database, caseIds: string[]) {
  const result = await sql<PersonCandidateRow & { id: string }>`
    select vp.case_id as id, vp.case_id, vp.participant_id, vp.municipality_code, vp.eldership, vp.skills, vp.target_isco, vp.experience_isco,
      vp.hours, vp.max_commute_km, vp.has_driving_licence, vp.own_transport, vp.adaptations_needed,
      p.first_name, p.last_name, p.municipality, p.languages
    from vocational_profiles vp
    join cases c on c.id = vp.case_id
    join participants p on p.id = vp.participant_id
    where vp.case_id = any(${sql.val(caseIds)}::uuid[]) and c.stage <> 'closed'
      and exists (select 1 from consents k where k.participant_id = p.id and k.purpose = 'job_mediation' and k.withdrawn_on is null)
      and not exists (select 1 from placements pl where pl.participant_id = p.id and pl.ended_on is null and pl.kind <> 'trial_practice')`.execute(db);
  return result.rows;
}

/**
 * A page of the people of the organisation's open cases whose vocational profile has a code
 * in one of `groups`, ranked by the bound of their score, then sort key and case id; those
 * who cannot be matched (eligiblePeople) are left out of the rows.
 */
export async function peoplePage(db: Database, b: PersonBoundParams, after: PageEnd | null, size: number, shape: PageShape): Promise<Page<PersonCandidateRow>> {
  const rows = await ranked(
    after, size, shape,
    walkPeople(db, b, shape.maxBound),
    (resume, n) => rankPeople(db, b, resume, n),
  );
  return page(rows, size, (ids) => eligiblePeople(db, ids));
}
export interface PersonCandidateRow {
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
  /** The person's target codes' prefixes, and every code's (targets and experience), by length 1 … 4 (index 0 … 3). */
  targetPrefixes: string[][];
  prefixes: string[][];
  /** The prefilter: 2-digit groups (index vacancies_open_submajor). */
  groups: string[];
  today: string;
  /** Road km from the person's home to LT-01 … LT-60 (roadKmByNumber); empty when the home is unknown. */
  kms: (number | null)[];
  /** The person's skills folded (skillKeys). */
  skills: string[];
  /** The person's reach with transport (own or the employer's) and without. */
  reachKm: number;
  reducedReachKm: number;
  ownTransport: boolean;
  /** Hours points for full_time, part_time, flexible (exact). */
  hoursPoints: number[];
  hasDrivingLicence: boolean;
  unboundedPoints: number;
}

/** The bound of the person's score for the vacancy, from columns vacancies_open_sort holds. */
function vacancyBound(b: VacancyBoundParams) {
  const reach = b.ownTransport
    ? sql`${b.reachKm}::int`
    : sql`case when v.adaptations @> array['transport_provided']::text[] then ${b.reachKm}::int else ${b.reducedReachKm}::int end`;
  // Exact unless a skill asked is "unsure" (full points then): the share of the skills asked the person has.
  const skills = sql`case when v.skills_unsure > 0 or cardinality(v.skills_key) = 0 then ${W.skills}::int
    else (${W.skills}::int * (${countOf(sql`v.skills_key`, b.skills)}) + cardinality(v.skills_key) - 1) / cardinality(v.skills_key) end`;
  return sql<number>`(
    ${occupationPoints((source, level) => sql`left(v.isco_code, ${level}::int) = any(${sql.val((source === 'target' ? b.targetPrefixes : b.prefixes)[level - 1])}::text[])`)}
    + ${skills}
    + ${distanceBound(kmOf(b.kms, sql`v.municipality_code`), reach)}
    + coalesce((${sql.val(b.hoursPoints)}::int[])[array_position(array['full_time', 'part_time', 'flexible'], v.hours)], ${W.hours}::int)
    + case when v.driving_licence_required and not ${b.hasDrivingLicence}::boolean then 0 else ${W.driving_licence}::int end
    + ${b.unboundedPoints}::int)::int`;
}

const stillOpen = (today: string) => sql`(v.closes_on is null or v.closes_on >= ${today}::date)`;

/** What a vacancy in the top tier has for sure besides one of the person's target unit groups: in the groups, not closed. */
const topTierVacancy = (b: VacancyBoundParams) => sql`left(v.isco_code, 2) = any(${sql.val(b.groups)}::text[]) and ${stillOpen(b.today)}`;

/**
 * The walk over the organisation's open vacancies in the unit groups of the person's target
 * jobs, in title order: one index-only range (vacancies_open_unit_group) per unit group, merged.
 * Without a target unit group nobody reaches the top tier, and there is nothing to walk.
 */
function walkVacancies(db: Database, b: VacancyBoundParams, top: number) {
  const unitGroups = b.targetPrefixes[3] ?? [];
  if (unitGroups.length === 0) return null;
  return (start: Position, batch: number) => {
    const ranges = unitGroups.map((unitGroup) => sql`(
      select v.id, v.sort_key, case when ${topTierVacancy(b)} then ${vacancyBound(b)} end as bound
      from vacancies v
      where v.organisation_id = ${b.organisationId}::uuid and v.status = 'open' and v.unit_group = ${unitGroup}
        ${afterName(sql`v.sort_key`, sql`v.id`, start)}
      order by v.sort_key collate "C", v.id
      limit ${batch}::int)`);
    return walkBatch(db, sql`select * from (${sql.join(ranges, sql` union all `)}) ranges order by sort_key collate "C", id limit ${batch}::int`, top);
  };
}

/** The full ranking: every open vacancy in the 2-digit groups (index vacancies_open_submajor) with its bound, from `resume` on. */
async function rankVacancies(db: Database, b: VacancyBoundParams, resume: Resume, size: number) {
  const result = await sql<RankedRow>`
    select id, sort_key, bound from (
      select v.id, v.sort_key, ${vacancyBound(b)} as bound
      from vacancies v
      where v.organisation_id = ${b.organisationId}::uuid and v.status = 'open' and left(v.isco_code, 2) = any(${sql.val(b.groups)}::text[])
        and ${stillOpen(b.today)}
      offset 0
    ) bounded
    where ${resumeAt(resume)}
    order by bound desc, sort_key collate "C", id
    limit ${size}::int`.execute(db);
  return result.rows;
}

/** What scoring and the list read of these vacancies, with the employer's name. */
async function vacancyDetails(db: Database, ids: string[]) {
  const result = await sql<VacancyCandidateRow>`
    select v.id, v.title, v.isco_code, v.municipality_code, v.eldership, v.hours, v.skills, v.languages, v.driving_licence_required,
      v.adaptations, v.closes_on, v.employer_id, e.name as employer_name
    from vacancies v
    join employers e on e.id = v.employer_id
    where v.id = any(${sql.val(ids)}::uuid[])`.execute(db);
  return result.rows;
}

/**
 * A page of the organisation's open vacancies (status open, not closed before `today`) in one
 * of the 2-digit `groups`, ranked by the bound of their score for the person, then title sort
 * key and id, with the employer's name.
 */
export async function vacanciesPage(db: Database, b: VacancyBoundParams, after: PageEnd | null, size: number, shape: PageShape): Promise<Page<VacancyCandidateRow>> {
  const rows = await ranked(
    after, size, shape,
    walkVacancies(db, b, shape.maxBound),
    (resume, n) => rankVacancies(db, b, resume, n),
  );
  return page(rows, size, (ids) => vacancyDetails(db, ids));
}
export interface VacancyCandidateRow {
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
