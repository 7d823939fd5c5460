import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import type { Scope } from '../../http/access.ts';
import { likePattern } from '../../shared/text.ts';
import { withinScope } from '../../db/scope.ts';
import type { CentreListQuery } from '../../../contracts/centres.ts';

function selectCentres(db: Database) {
  return db
    .selectFrom('centres')
    .innerJoin('organisations', 'organisations.id', 'centres.organisation_id')
    .leftJoin('users as coordinator', 'coordinator.id', 'centres.coordinator_id')
    .select([
      'centres.id', 'centres.organisation_id', 'organisations.name as organisation_name', 'centres.name',
      'centres.address', 'centres.municipality', 'centres.opening_hours', 'centres.workstations',
      'centres.coordinator_id', 'coordinator.first_name as coordinator_first_name', 'coordinator.last_name as coordinator_last_name',
      'centres.phone', 'centres.email', 'centres.created_at', 'centres.updated_at', 'centres.version',
    ]);
}

export type CentreRow = NonNullable<Awaited<ReturnType<typeof findCentre>>>;

export function findCentre(db: Database, id: string) {
  return selectCentres(db).where('centres.id', '=', id).executeTakeFirst();
}

export async function listCentres(db: Database, scope: Scope, query: CentreListQuery, page: number, pageSize: number) {
  const filter = <QB extends SelectQueryBuilder<DB, 'centres', object>>(qb: QB): QB => {
    let filtered = qb;
    filtered = filtered.where(withinScope(scope, 'centres.organisation_id')) as QB;
    if (query.organisationId) filtered = filtered.where('centres.organisation_id', '=', query.organisationId) as QB;
    if (query.q) filtered = filtered.where('centres.search_key', 'like', likePattern(query.q)) as QB;
    return filtered;
  };
  const [total, items] = await Promise.all([
    db.selectFrom('centres').select((eb) => eb.fn.countAll<number>().as('total')).$call(filter).executeTakeFirstOrThrow(),
    selectCentres(db)
      .$call(filter)
      .orderBy(sql`centres.sort_key collate "C"`)
      .orderBy('centres.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { total: Number(total.total), items };
}

export async function isMemberOf(db: Database, userId: string, organisationId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}
