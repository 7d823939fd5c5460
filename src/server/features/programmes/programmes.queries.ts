import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import type { EligibilityFacts } from '../../../contracts/eligibility.ts';

// All SQL of programmes, rule sets, screenings and enrolments.

// ── Programmes ────────────────────────────────────────────────────────────────

function selectProgrammes(db: Database) {
  return db
    .selectFrom('programmes')
    .innerJoin('organisations', 'organisations.id', 'programmes.organisation_id')
    .select([
      'programmes.id', 'programmes.organisation_id', 'organisations.name as organisation_name', 'programmes.name_lt', 'programmes.name_en',
      'programmes.template_key', 'programmes.starts_on', 'programmes.ends_on', 'programmes.funder', 'programmes.capacity',
      'programmes.status', 'programmes.services', 'programmes.created_at', 'programmes.updated_at', 'programmes.version',
    ])
    .select((eb) => [
      eb.selectFrom('enrolments').select(eb.fn.countAll<number>().as('n'))
        .whereRef('enrolments.programme_id', '=', 'programmes.id').where('enrolments.status', '=', 'enrolled').as('enrolled'),
      eb.selectFrom('enrolments').select(eb.fn.countAll<number>().as('n'))
        .whereRef('enrolments.programme_id', '=', 'programmes.id').where('enrolments.status', '=', 'waiting').as('waiting'),
    ]);
}

export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

export function findProgramme(db: Database, id: string) {
  return selectProgrammes(db).where('programmes.id', '=', id).executeTakeFirst();
}

export async function programmeDetails(db: Database, id: string) {
  const [centres, partners, team] = await Promise.all([
    db.selectFrom('programme_centres').innerJoin('centres', 'centres.id', 'programme_centres.centre_id')
      .select(['centres.id', 'centres.name']).where('programme_centres.programme_id', '=', id)
      .orderBy(sql`centres.sort_key collate "C"`).execute(),
    db.selectFrom('programme_partners').select(['name', 'role', 'organisation_id']).where('programme_id', '=', id).orderBy('name').execute(),
    db.selectFrom('programme_team').innerJoin('users', 'users.id', 'programme_team.user_id')
      .select(['users.id as user_id', 'users.first_name', 'users.last_name', 'programme_team.role'])
      .where('programme_team.programme_id', '=', id).orderBy(sql`users.sort_key collate "C"`).orderBy('programme_team.role').execute(),
  ]);
  return { centres, partners, team };
}
export type ProgrammeDetails = Awaited<ReturnType<typeof programmeDetails>>;

export async function listProgrammes(db: Database, scope: Scope, filter: { organisationId?: string | undefined; q?: string | undefined }, page: number, pageSize: number) {
  let base = db.selectFrom('programmes').where(withinScope(scope, 'programmes.organisation_id'));
  if (filter.organisationId) base = base.where('programmes.organisation_id', '=', filter.organisationId);
  if (filter.q) base = base.where(sql<boolean>`(programmes.name_lt || ' ' || programmes.name_en) ilike ${`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`}`);
  const ids = base.select('programmes.id');
  const [total, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    selectProgrammes(db).where('programmes.id', 'in', ids)
      .orderBy(sql`programmes.sort_key collate "C"`).orderBy('programmes.id')
      .limit(pageSize).offset((page - 1) * pageSize).execute(),
  ]);
  return { total: Number(total.total), items };
}

export interface ProgrammeValues {
  name_lt: string;
  name_en: string;
  sort_key: string;
  starts_on: string | null;
  ends_on: string | null;
  funder: string;
  capacity: number;
  status: string;
  services: string[];
}

export async function insertProgramme(db: Database, organisationId: string, templateKey: string | null, values: ProgrammeValues) {
  const { id } = await db.insertInto('programmes')
    .values({ organisation_id: organisationId, template_key: templateKey, ...values })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateProgramme(db: Database, id: string, version: number, values: Partial<ProgrammeValues>) {
  return db.updateTable('programmes')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

export async function replaceCentres(db: Database, programmeId: string, centreIds: string[]) {
  await db.deleteFrom('programme_centres').where('programme_id', '=', programmeId).execute();
  if (centreIds.length) await db.insertInto('programme_centres').values([...new Set(centreIds)].map((centre_id) => ({ programme_id: programmeId, centre_id }))).execute();
}

export async function replacePartners(db: Database, programmeId: string, partners: { name: string; role: string; organisationId: string | null }[]) {
  await db.deleteFrom('programme_partners').where('programme_id', '=', programmeId).execute();
  const unique = [...new Map(partners.map((p) => [p.name, p])).values()];
  if (unique.length) {
    await db.insertInto('programme_partners')
      .values(unique.map((p) => ({ programme_id: programmeId, name: p.name, role: p.role, organisation_id: p.organisationId })))
      .execute();
  }
}

export async function replaceTeam(db: Database, programmeId: string, team: { userId: string; role: string }[]) {
  await db.deleteFrom('programme_team').where('programme_id', '=', programmeId).execute();
  const unique = [...new Map(team.map((m) => [`${m.userId}/${m.role}`, m])).values()];
  if (unique.length) await db.insertInto('programme_team').values(unique.map((m) => ({ programme_id: programmeId, user_id: m.userId, role: m.role }))).execute();
}

/** Centres and users that do not belong to the organisation (they may not be attached). */
export async function outsiders(db: Database, organisationId: string, centreIds: string[], userIds: string[]) {
  const [centres, members] = await Promise.all([
    centreIds.length ? db.selectFrom('centres').select('id').where('id', 'in', centreIds).where('organisation_id', '=', organisationId).execute() : [],
    userIds.length ? db.selectFrom('memberships').select('user_id').distinct().where('user_id', 'in', userIds).where('organisation_id', '=', organisationId).execute() : [],
  ]);
  const okCentres = new Set(centres.map((c) => c.id));
  const okUsers = new Set(members.map((m) => m.user_id));
  return { centres: centreIds.filter((id) => !okCentres.has(id)), users: userIds.filter((id) => !okUsers.has(id)) };
}

/** Takes the programme row lock for the rest of the transaction: enrolments count places under it. */
export function lockProgramme(db: Database, id: string) {
  // FOR NO KEY UPDATE: serialises enrolments of one programme without blocking inserts
  // that only reference the programme (screenings, audit entries).
  return db.selectFrom('programmes').select(['id', 'capacity']).where('id', '=', id).forNoKeyUpdate().executeTakeFirstOrThrow();
}

// ── Rule sets ─────────────────────────────────────────────────────────────────

const ruleSetColumns = ['id', 'programme_id', 'version', 'effective_from', 'effective_to', 'rules', 'created_at'] as const;
export type RuleSetRow = NonNullable<Awaited<ReturnType<typeof ruleSetInForce>>>;

export function listRuleSets(db: Database, programmeId: string) {
  return db.selectFrom('rule_sets').select(ruleSetColumns).where('programme_id', '=', programmeId).orderBy('version').execute();
}

/** The version in force on a date: the greatest effective_from ≤ date; on a tie the greater version. */
export function ruleSetInForce(db: Database, programmeId: string, date: string) {
  return db.selectFrom('rule_sets').select(ruleSetColumns)
    .where('programme_id', '=', programmeId).where('effective_from', '<=', date)
    .orderBy('effective_from', 'desc').orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export function firstEffectiveFrom(db: Database, programmeId: string) {
  return db.selectFrom('rule_sets').select((eb) => eb.fn.min('effective_from').as('first')).where('programme_id', '=', programmeId).executeTakeFirst();
}

/** Adds the next version and recomputes effective_to of all versions (the day before the next one starts). */
export async function insertRuleSet(db: Database, programmeId: string, effectiveFrom: string, rules: unknown, createdBy: string | null) {
  const { next } = await db.selectFrom('rule_sets').select(sql<number>`coalesce(max(version), 0) + 1`.as('next'))
    .where('programme_id', '=', programmeId).executeTakeFirstOrThrow();
  const row = await db.insertInto('rule_sets')
    .values({ programme_id: programmeId, version: Number(next), effective_from: effectiveFrom, rules: JSON.stringify(rules), created_by: createdBy })
    .returning('id').executeTakeFirstOrThrow();
  await sql`
    update rule_sets set effective_to = following.next_from - 1
    from (
      select id, lead(effective_from) over (order by effective_from, version) as next_from
      from rule_sets where programme_id = ${programmeId}
    ) following
    where rule_sets.id = following.id`.execute(db);
  return db.selectFrom('rule_sets').select(ruleSetColumns).where('id', '=', row.id).executeTakeFirstOrThrow();
}

// ── Participants' facts (read-only here; the registry owns the table) ─────────

const factColumns = [
  'participants.id', 'participants.organisation_id', 'participants.first_name', 'participants.last_name',
  'participants.birth_date', 'participants.registered_unemployed_since', 'participants.not_working_since',
  'participants.receives_social_assistance', 'participants.social_assistance_since', 'participants.target_groups',
  'participants.municipality',
] as const;

export function findParticipantFacts(db: Database, id: string) {
  return db.selectFrom('participants').select(factColumns).where('participants.id', '=', id).executeTakeFirst();
}
export type ParticipantFactsRow = NonNullable<Awaited<ReturnType<typeof findParticipantFacts>>>;

export function factsOf(row: Pick<ParticipantFactsRow, 'birth_date' | 'registered_unemployed_since' | 'not_working_since' | 'receives_social_assistance' | 'social_assistance_since' | 'target_groups' | 'municipality'>): EligibilityFacts {
  return {
    birthDate: row.birth_date,
    registeredUnemployedSince: row.registered_unemployed_since,
    notWorkingSince: row.not_working_since,
    receivesSocialAssistance: row.receives_social_assistance,
    socialAssistanceSince: row.social_assistance_since,
    targetGroups: row.target_groups,
    municipality: row.municipality === '' ? null : row.municipality,
  };
}

// Bulk screening reads only the facts the rules read; names (and the order) come with the listed rows.
const bulkColumns = [
  'participants.id', 'participants.birth_date', 'participants.registered_unemployed_since',
  'participants.not_working_since', 'participants.receives_social_assistance', 'participants.social_assistance_since',
  'participants.target_groups', 'participants.municipality',
] as const;

export interface BulkFilter {
  municipality?: string | undefined;
  labourMarketStatus?: string | undefined;
}

function bulkSelection(db: Database, scope: Scope, filter: BulkFilter) {
  let query = db.selectFrom('participants').where(withinScope(scope, 'participants.organisation_id'));
  if (filter.municipality) query = query.where('participants.municipality', '=', filter.municipality);
  if (filter.labourMarketStatus) query = query.where('participants.labour_market_status', '=', filter.labourMarketStatus);
  return query;
}

/**
 * Everyone in scope (or the filter) with the facts for bulk screening, in one query and in no
 * particular order. Measured on 100,000 people (PostgreSQL): batches of 20,000 ordered by id
 * made the later batches scan the table and sort on disk, and the sort key sent for every row
 * only served to order the listed page (see pageByName).
 */
export function participantFacts(db: Database, scope: Scope, filter: BulkFilter) {
  return bulkSelection(db, scope, filter).select(bulkColumns).execute();
}

/**
 * One page of people in Lithuanian order, with their names: of everyone in scope (or the
 * filter), or only of `ids` when given. Sorted and cut in SQL, so only the page travels;
 * the id breaks ties between equal names, so pages neither overlap nor skip anyone.
 */
export function pageByName(db: Database, scope: Scope, filter: BulkFilter, ids: string[] | null, limit: number, offset: number) {
  let query = bulkSelection(db, scope, filter).select(['participants.id', 'participants.first_name', 'participants.last_name']);
  if (ids) query = query.where(sql<boolean>`participants.id = any(${ids}::uuid[])`);
  return query.orderBy(sql`participants.sort_key collate "C"`).orderBy('participants.id').limit(limit).offset(offset).execute();
}

// ── Screenings ────────────────────────────────────────────────────────────────

export async function insertScreening(db: Database, values: {
  programmeId: string; participantId: string; date: string; ruleSetVersion: number; result: string; rules: unknown; missing: string[]; screenedBy: string | null;
}) {
  return db.insertInto('screenings').values({
    programme_id: values.programmeId, participant_id: values.participantId, screened_on: values.date,
    rule_set_version: values.ruleSetVersion, result: values.result, rules: JSON.stringify(values.rules),
    missing: values.missing, screened_by: values.screenedBy,
  }).returning(['id', 'created_at']).executeTakeFirstOrThrow();
}

export function listScreenings(db: Database, programmeId: string, participantId: string) {
  return db.selectFrom('screenings')
    .select(['id', 'programme_id', 'participant_id', 'screened_on', 'rule_set_version', 'result', 'rules', 'missing', 'created_at'])
    .where('programme_id', '=', programmeId).where('participant_id', '=', participantId)
    .orderBy('created_at', 'desc').orderBy('id').execute();
}

// ── Enrolments ────────────────────────────────────────────────────────────────

function selectEnrolments(db: Database) {
  return db.selectFrom('enrolments')
    .innerJoin('programmes', 'programmes.id', 'enrolments.programme_id')
    .innerJoin('participants', 'participants.id', 'enrolments.participant_id')
    .leftJoin('screenings', 'screenings.id', 'enrolments.screening_id')
    .leftJoin('cases', 'cases.enrolment_id', 'enrolments.id')
    .select([
      'cases.id as case_id', 'enrolments.id', 'enrolments.programme_id', 'programmes.name_lt as programme_name_lt', 'programmes.name_en as programme_name_en',
      'programmes.organisation_id', 'enrolments.participant_id', 'participants.first_name', 'participants.last_name',
      'participants.organisation_id as participant_organisation_id',
      'enrolments.status', 'enrolments.waiting_since', 'enrolments.enrolled_on', 'enrolments.exited_on', 'enrolments.exit_reason',
      'enrolments.override_reason', 'screenings.result as screening_result', 'enrolments.created_at', 'enrolments.version',
    ])
    .select(sql<number | null>`case when enrolments.status = 'waiting' then (
      select count(*) from enrolments earlier
      where earlier.programme_id = enrolments.programme_id and earlier.status = 'waiting'
        and (earlier.waiting_since, earlier.id) <= (enrolments.waiting_since, enrolments.id)
    ) end`.as('waiting_position'));
}
export type EnrolmentRow = NonNullable<Awaited<ReturnType<typeof findEnrolment>>>;

export function findEnrolment(db: Database, id: string) {
  return selectEnrolments(db).where('enrolments.id', '=', id).executeTakeFirst();
}

export function listEnrolments(db: Database, programmeId: string, status: string | undefined) {
  let query = selectEnrolments(db).where('enrolments.programme_id', '=', programmeId);
  if (status) query = query.where('enrolments.status', '=', status);
  return query
    .orderBy(sql`case enrolments.status when 'enrolled' then 0 when 'waiting' then 1 else 2 end`)
    .orderBy('enrolments.waiting_since').orderBy('enrolments.enrolled_on').orderBy('enrolments.created_at').orderBy('enrolments.id')
    .execute();
}

export function participantHistory(db: Database, participantId: string, scope: Scope) {
  return selectEnrolments(db).where('enrolments.participant_id', '=', participantId)
    .where(withinScope(scope, 'programmes.organisation_id'))
    .orderBy('enrolments.created_at', 'desc').orderBy('enrolments.id').execute();
}

export async function countEnrolled(db: Database, programmeId: string) {
  const { n } = await db.selectFrom('enrolments').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId).where('status', '=', 'enrolled').executeTakeFirstOrThrow();
  return Number(n);
}

export function findActiveEnrolment(db: Database, programmeId: string, participantId: string) {
  return db.selectFrom('enrolments').select(['id', 'status']).where('programme_id', '=', programmeId)
    .where('participant_id', '=', participantId).where('status', 'in', ['waiting', 'enrolled']).executeTakeFirst();
}

export async function insertEnrolment(db: Database, values: {
  programmeId: string; participantId: string; status: 'waiting' | 'enrolled'; enrolledOn: string | null;
  overrideReason: string; screeningId: string; createdBy: string;
}) {
  const { id } = await db.insertInto('enrolments').values({
    programme_id: values.programmeId, participant_id: values.participantId, status: values.status,
    waiting_since: values.status === 'waiting' ? sql`clock_timestamp()` : null,
    enrolled_on: values.enrolledOn, override_reason: values.overrideReason, screening_id: values.screeningId, created_by: values.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function exitEnrolment(db: Database, id: string, exitedOn: string, reason: string) {
  return db.updateTable('enrolments')
    .set({ status: 'exited', exited_on: exitedOn, exit_reason: reason, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('status', '=', 'enrolled').executeTakeFirst();
}

export function withdrawEnrolment(db: Database, id: string, on: string, reason: string) {
  return db.updateTable('enrolments')
    .set({ status: 'withdrawn', exited_on: on, exit_reason: reason, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('status', '=', 'waiting').executeTakeFirst();
}
