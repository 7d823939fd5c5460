import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { VacanciesTable } from '../../db/schema.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import { searchKey } from '../../shared/text.ts';
import type { VacancyListQuery } from '../../../contracts/vacancies.ts';
import type { VacancyCursor } from './vacancies.rules.ts';

// All SQL of vacancies. Names of the employer and the occupation (both languages) come
// joined, so a page is one query.

const FOLD_FROM = 'ąčęėįšųūž';
const FOLD_TO = 'aceeisuuz';

function selectVacancies(db: Database) {
  return db.selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .leftJoin('occupations as o', (join) => join.onRef('o.code', '=', 'v.isco_code').on('o.scheme', '=', 'isco08'))
    .selectAll('v')
    .select(['e.name as employer_name', 'o.name_lt as occupation_lt', 'o.name_en as occupation_en']);
}

export function findVacancy(db: Database, id: string) {
  return selectVacancies(db).where('v.id', '=', id).executeTakeFirst();
}
export type VacancyRow = NonNullable<Awaited<ReturnType<typeof findVacancy>>>;

export async function insertVacancy(db: Database, values: Insertable<VacanciesTable>): Promise<string> {
  const { id } = await db.insertInto('vacancies').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateVacancy(db: Database, id: string, version: number, values: Updateable<VacanciesTable>) {
  return db.updateTable('vacancies')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

/** A page, newest opening first (opens_on desc, id), after the cursor. */
export function listVacancies(db: Database, scope: Scope, query: VacancyListQuery, cursor: VacancyCursor | null, limit: number) {
  let q = selectVacancies(db).where(withinScope(scope, 'v.organisation_id'));
  if (query.organisationId) q = q.where('v.organisation_id', '=', query.organisationId);
  if (query.status) q = q.where('v.status', '=', query.status);
  if (query.employerId) q = q.where('v.employer_id', '=', query.employerId);
  if (query.isco) q = q.where(sql<boolean>`v.isco_code like ${`${query.isco}%`}`);
  if (query.municipalityCode) q = q.where('v.municipality_code', '=', query.municipalityCode);
  if (query.hours) q = q.where('v.hours', '=', query.hours);
  // Every word in the folded title or the employer's name.
  for (const word of (query.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = `%${searchKey(word).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    q = q.where(sql<boolean>`(translate(lower(v.title), ${FOLD_FROM}, ${FOLD_TO}) like ${pattern} or e.search_key like ${pattern})`);
  }
  if (cursor) q = q.where(sql<boolean>`(v.opens_on < ${cursor.opensOn}::date or (v.opens_on = ${cursor.opensOn}::date and v.id > ${cursor.id}::uuid))`);
  return q.orderBy('v.opens_on', 'desc').orderBy('v.id').limit(limit).execute();
}

export function employerOf(db: Database, id: string) {
  return db.selectFrom('employers').select(['id', 'organisation_id', 'name']).where('id', '=', id).executeTakeFirst();
}
