import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import { likePattern } from '../../shared/text.ts';
import { withinScope } from '../../db/scope.ts';
import type { OrganisationListQuery } from '../../../contracts/organisations.ts';

const columns = [
  'organisations.id', 'organisations.name', 'organisations.kind', 'organisations.company_code',
  'organisations.address', 'organisations.email', 'organisations.phone',
  'organisations.created_at', 'organisations.updated_at', 'organisations.version',
] as const;

function selectOrganisations(db: Database) {
  return db
    .selectFrom('organisations')
    .select(columns)
    .select((eb) => [
      eb.selectFrom('centres').select(eb.fn.countAll<number>().as('n')).whereRef('centres.organisation_id', '=', 'organisations.id').as('centre_count'),
      eb.selectFrom('memberships').select(sql<number>`count(distinct user_id)`.as('n')).whereRef('memberships.organisation_id', '=', 'organisations.id').as('staff_count'),
    ]);
}

export type OrganisationRow = Awaited<ReturnType<typeof findOrganisation>> & {};

export function findOrganisation(db: Database, id: string) {
  return selectOrganisations(db).where('organisations.id', '=', id).executeTakeFirst();
}

export async function listOrganisations(db: Database, scope: Scope, query: OrganisationListQuery, page: number, pageSize: number) {
  const filter = <QB extends SelectQueryBuilder<DB, 'organisations', object>>(qb: QB): QB => {
    let filtered = qb;
    filtered = filtered.where(withinScope(scope, 'organisations.id')) as QB;
    if (query.kind) filtered = filtered.where('organisations.kind', '=', query.kind) as QB;
    if (query.q) filtered = filtered.where('organisations.search_key', 'like', likePattern(query.q)) as QB;
    return filtered;
  };
  const [total, items] = await Promise.all([
    db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('total')).$call(filter).executeTakeFirstOrThrow(),
    selectOrganisations(db)
      .$call(filter)
      .orderBy(sql`organisations.sort_key collate "C"`)
      .orderBy('organisations.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { total: Number(total.total), items };
}
