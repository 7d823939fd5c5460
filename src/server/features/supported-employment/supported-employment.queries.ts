import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { AttachmentsTable, JobAnalysesTable, SupportedEmploymentTable, VocationalProfilesTable } from '../../db/schema.ts';

// The SQL of the supported-employment process, the vocational profile and the job analyses.

// ── The process ───────────────────────────────────────────────────────────────

export function findProcess(db: Database, caseId: string) {
  return db.selectFrom('supported_employment')
    .leftJoin('users as coach', 'coach.id', 'supported_employment.coach_id')
    .selectAll('supported_employment')
    .select(['coach.first_name as coach_first_name', 'coach.last_name as coach_last_name'])
    .where('supported_employment.case_id', '=', caseId)
    .executeTakeFirst();
}
export type ProcessRow = NonNullable<Awaited<ReturnType<typeof findProcess>>>;

/** Inserts the process unless the case has one already (false then). */
export async function insertProcess(db: Database, values: Insertable<SupportedEmploymentTable>): Promise<boolean> {
  const rows = await db.insertInto('supported_employment').values(values).onConflict((oc) => oc.column('case_id').doNothing()).returning('case_id').execute();
  return rows.length > 0;
}

/** Changes the process if nobody saved it since `version` was read (0 rows otherwise). */
export function updateProcess(db: Database, caseId: string, version: number, values: Updateable<SupportedEmploymentTable>) {
  return db.updateTable('supported_employment')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('case_id', '=', caseId).where('version', '=', version)
    .executeTakeFirst();
}

/**
 * What the stage conditions look at, counted in the database: the target jobs of the
 * vocational profile, the case's employer contacts (its job-finding log) and its placements
 * that have started by `today`.
 */
export async function stageFacts(db: Database, caseId: string, today: string) {
  const { rows } = await sql<{ target_jobs: number | string | null; employer_contacts: number | string; started_placements: number | string; first_contact_on: string | null; placements: number | string }>`
    select
      (select cardinality(target_isco) from vocational_profiles where case_id = ${caseId}) as target_jobs,
      (select count(*) from employer_contacts where case_id = ${caseId}) as employer_contacts,
      (select to_char(min(contacted_on), 'YYYY-MM-DD') from employer_contacts where case_id = ${caseId}) as first_contact_on,
      (select count(*) from placements where case_id = ${caseId} and starts_on <= ${today}::date) as started_placements,
      (select count(*) from placements where case_id = ${caseId}) as placements
  `.execute(db);
  const row = rows[0]!;
  return {
    targetJobs: Number(row.target_jobs ?? 0),
    employerContacts: Number(row.employer_contacts),
    firstContactOn: row.first_contact_on,
    startedPlacements: Number(row.started_placements),
    placements: Number(row.placements),
  };
}

/** The newest placement of the case (by start), with the employer's name. */
export function latestPlacement(db: Database, caseId: string) {
  return db.selectFrom('placements')
    .leftJoin('employers', 'employers.id', 'placements.employer_id')
    .select(['placements.id', 'placements.kind', 'placements.job_title', 'placements.starts_on', 'placements.ends_on', 'placements.ended_on', 'employers.name as employer_name'])
    .where('placements.case_id', '=', caseId)
    .orderBy('placements.starts_on', 'desc').orderBy('placements.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Whether the person has a consent for job mediation that holds today (given, not withdrawn). */
export async function hasJobMediationConsent(db: Database, participantId: string, today: string): Promise<boolean> {
  const row = await db.selectFrom('consents').select('id')
    .where('participant_id', '=', participantId).where('purpose', '=', 'job_mediation')
    .where('given_on', '<=', today)
    .where((eb) => eb.or([eb('withdrawn_on', 'is', null), eb('withdrawn_on', '>', today)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Active staff of the organisation who hold the role job_coach there, in Lithuanian name order. */
export function jobCoaches(db: Database, organisationId: string) {
  return db.selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id', 'users.first_name', 'users.last_name'])
    .where('memberships.organisation_id', '=', organisationId).where('memberships.role', '=', 'job_coach')
    .where('users.is_active', '=', true)
    .orderBy(sql`users.sort_key collate "C"`).orderBy('users.id')
    .execute();
}

export async function insertAttachment(db: Database, values: Insertable<AttachmentsTable>) {
  const { id } = await db.insertInto('attachments').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

// ── Vocational profile ────────────────────────────────────────────────────────

export function findProfile(db: Database, caseId: string) {
  return db.selectFrom('vocational_profiles')
    .leftJoin('users', 'users.id', 'vocational_profiles.updated_by')
    .selectAll('vocational_profiles')
    .select(['users.first_name as updated_by_first_name', 'users.last_name as updated_by_last_name'])
    .where('vocational_profiles.case_id', '=', caseId)
    .executeTakeFirst();
}
export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export type ProfileValues = Omit<Insertable<VocationalProfilesTable>, 'case_id' | 'organisation_id' | 'participant_id'>;

/** The first profile of the case; false when another was saved meanwhile. */
export async function insertProfile(db: Database, keys: { caseId: string; organisationId: string; participantId: string }, values: ProfileValues): Promise<boolean> {
  const rows = await db.insertInto('vocational_profiles')
    .values({ case_id: keys.caseId, organisation_id: keys.organisationId, participant_id: keys.participantId, ...values })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .returning('case_id').execute();
  return rows.length > 0;
}

export function updateProfile(db: Database, caseId: string, version: number, values: ProfileValues) {
  return db.updateTable('vocational_profiles')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('case_id', '=', caseId).where('version', '=', version)
    .executeTakeFirst();
}

/** The ISCO-08 unit groups among `codes` that exist, with their names. */
export function unitGroups(db: Database, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('occupations').select(['code', 'name_lt', 'name_en'])
    .where('scheme', '=', 'isco08').where('level', '=', 4).where('code', 'in', [...codes])
    .execute();
}

// ── Job analyses ──────────────────────────────────────────────────────────────

function jobAnalysisQuery(db: Database) {
  return db.selectFrom('job_analyses')
    .innerJoin('employers', 'employers.id', 'job_analyses.employer_id')
    .leftJoin('vacancies', 'vacancies.id', 'job_analyses.vacancy_id')
    .leftJoin('users', 'users.id', 'job_analyses.created_by')
    .selectAll('job_analyses')
    .select(['employers.name as employer_name', 'vacancies.title as vacancy_title', 'users.first_name as created_by_first_name', 'users.last_name as created_by_last_name']);
}

export function listJobAnalyses(db: Database, caseId: string) {
  return jobAnalysisQuery(db).where('job_analyses.case_id', '=', caseId)
    .orderBy('job_analyses.analysed_on', 'desc').orderBy('job_analyses.created_at', 'desc')
    .execute();
}
export type JobAnalysisRow = Awaited<ReturnType<typeof listJobAnalyses>>[number];

export function findJobAnalysis(db: Database, id: string) {
  return jobAnalysisQuery(db).where('job_analyses.id', '=', id).executeTakeFirst();
}

export async function insertJobAnalysis(db: Database, values: Insertable<JobAnalysesTable>): Promise<string> {
  const { id } = await db.insertInto('job_analyses').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateJobAnalysis(db: Database, id: string, version: number, values: Updateable<JobAnalysesTable>) {
  return db.updateTable('job_analyses')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

export function findEmployer(db: Database, id: string) {
  return db.selectFrom('employers').select(['id', 'organisation_id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function findVacancy(db: Database, id: string) {
  return db.selectFrom('vacancies').select(['id', 'organisation_id', 'employer_id', 'title']).where('id', '=', id).executeTakeFirst();
}
