import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { EmployersTable } from '../../db/schema.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import { likePattern, searchKey } from '../../shared/text.ts';
import type { NameCursor } from '../../shared/name-cursor.ts';
import type { EmployerListQuery } from '../../../contracts/employers.ts';

// All SQL of employers and their contact persons.

export function findEmployer(db: Database, id: string) {
  return db.selectFrom('employers as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .leftJoin('users as u', 'u.id', 'e.coach_id')
    .selectAll('e')
    .select(['o.name as organisation_name', 'u.first_name as coach_first_name', 'u.last_name as coach_last_name'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}
export type EmployerRow = NonNullable<Awaited<ReturnType<typeof findEmployer>>>;

export async function insertEmployer(db: Database, values: Insertable<EmployersTable>): Promise<string> {
  const { id } = await db.insertInto('employers').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateEmployer(db: Database, id: string, version: number, values: Updateable<EmployersTable>) {
  return db.updateTable('employers')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

export function findByCompanyCode(db: Database, organisationId: string, companyCode: string, exceptId?: string) {
  let query = db.selectFrom('employers').select(['id', 'name']).where('organisation_id', '=', organisationId).where('company_code', '=', companyCode);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

/** One page in Lithuanian name order after the cursor (keyset on sort_key "C", id). */
export function listEmployers(db: Database, scope: Scope, query: EmployerListQuery, cursor: NameCursor | null, limit: number) {
  let q = db.selectFrom('employers as e')
    .leftJoin('users as u', 'u.id', 'e.coach_id')
    .select([
      'e.id', 'e.organisation_id', 'e.name', 'e.sort_key', 'e.company_code', 'e.sector', 'e.municipality_code', 'e.coach_id',
      'u.first_name as coach_first_name', 'u.last_name as coach_last_name',
      'e.offers_trial_practice', 'e.offers_apprenticeships', 'e.offers_adapted_workplaces',
      (eb) => eb.selectFrom('vacancies as v').select((v) => v.fn.countAll<number>().as('n')).whereRef('v.employer_id', '=', 'e.id').where('v.status', '=', 'open').as('open_vacancies'),
      (eb) => eb.selectFrom('employer_contacts as c').select((c) => c.fn.max('c.contacted_on').as('last')).whereRef('c.employer_id', '=', 'e.id').as('last_contact_on'),
    ])
    .where(withinScope(scope, 'e.organisation_id'));
  if (query.organisationId) q = q.where('e.organisation_id', '=', query.organisationId);
  if (query.id) q = q.where('e.id', '=', query.id);
  if (query.coachId) q = q.where('e.coach_id', '=', query.coachId);
  if (query.municipalityCode) q = q.where('e.municipality_code', '=', query.municipalityCode);
  if (query.offersTrialPractice !== undefined) q = q.where('e.offers_trial_practice', '=', query.offersTrialPractice);
  // Every word in the folded "name company code": "kaun stat" finds "UAB Kauno statyba".
  for (const word of (query.q ?? '').split(/\s+/).filter(Boolean)) {
    if (searchKey(word) !== '') q = q.where(sql<boolean>`e.search_key like ${likePattern(word)}`);
  }
  if (cursor) q = q.where(sql<boolean>`(e.sort_key collate "C", e.id) > (${cursor.sortKey} collate "C", ${cursor.id}::uuid)`);
  return q.orderBy(sql`e.sort_key collate "C"`).orderBy('e.id').limit(limit).execute();
}
export type EmployerListRow = Awaited<ReturnType<typeof listEmployers>>[number];

/** The memberships a user holds in an organisation (for coach and staff checks); empty if none or inactive. */
export async function staffRoles(db: Database, userId: string, organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.role').where('memberships.user_id', '=', userId).where('memberships.organisation_id', '=', organisationId)
    .where('users.is_active', '=', true).execute();
  return rows.map((row) => row.role);
}

// ── Contact persons ─────────────────────────────────────────────────────────

const PERSON_COLUMNS = ['id', 'employer_id', 'name', 'position', 'phone', 'email'] as const;

export function contactPersonsOf(db: Database, employerId: string) {
  return db.selectFrom('employer_contact_persons').select(PERSON_COLUMNS).where('employer_id', '=', employerId)
    .orderBy('created_at').orderBy('id').execute();
}
export type ContactPersonRow = Awaited<ReturnType<typeof contactPersonsOf>>[number];

export function findContactPerson(db: Database, employerId: string, id: string) {
  return db.selectFrom('employer_contact_persons').select(PERSON_COLUMNS).where('employer_id', '=', employerId).where('id', '=', id).executeTakeFirst();
}

export async function countContactPersons(db: Database, employerId: string): Promise<number> {
  const row = await db.selectFrom('employer_contact_persons').select((eb) => eb.fn.countAll<number>().as('n')).where('employer_id', '=', employerId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertContactPerson(db: Database, values: { employer_id: string; name: string; position: string; phone: string; email: string }) {
  const { id } = await db.insertInto('employer_contact_persons').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateContactPerson(db: Database, id: string, values: { name?: string; position?: string; phone?: string; email?: string }) {
  return db.updateTable('employer_contact_persons').set(values).where('id', '=', id).executeTakeFirst();
}

export function deleteContactPerson(db: Database, id: string) {
  return db.deleteFrom('employer_contact_persons').where('id', '=', id).executeTakeFirst();
}

// ── The employer's vacancies ────────────────────────────────────────────────

/** Draft and open vacancies of the employer, newest first. */
export function openVacanciesOf(db: Database, employerId: string) {
  return db.selectFrom('vacancies').select(['id', 'title', 'isco_code', 'status', 'opens_on', 'closes_on', 'positions'])
    .where('employer_id', '=', employerId).where('status', 'in', ['draft', 'open'])
    .orderBy('opens_on', 'desc').orderBy('id').limit(100).execute();
}

/** Active job coaches of the organisations in scope, in Lithuanian name order. */
export function jobCoaches(db: Database, scope: Scope, organisationId: string | undefined) {
  let query = db.selectFrom('memberships as m').innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.first_name', 'u.last_name', 'm.organisation_id'])
    .where('m.role', '=', 'job_coach').where('u.is_active', '=', true)
    .where(withinScope(scope, 'm.organisation_id'));
  if (organisationId) query = query.where('m.organisation_id', '=', organisationId);
  return query.orderBy(sql`u.sort_key collate "C"`).orderBy('u.id').limit(500).execute();
}
