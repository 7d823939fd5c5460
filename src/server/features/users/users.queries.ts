import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import type { Scope } from '../../http/access.ts';
import { likePattern } from '../../shared/text.ts';
import { withinScope } from '../../db/scope.ts';
import type { UserListQuery } from '../../../contracts/users.ts';

const columns = [
  'users.id', 'users.email', 'users.first_name', 'users.last_name', 'users.language', 'users.is_active',
  'users.is_system_admin', 'users.last_sign_in_at', 'users.created_at', 'users.updated_at', 'users.version',
] as const;

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export function findUser(db: Database, id: string) {
  return db.selectFrom('users').select(columns).where('users.id', '=', id).executeTakeFirst();
}

export async function findUserIdByEmail(db: Database, email: string) {
  const row = await db.selectFrom('users').select('id').where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  return row?.id;
}

/** A user is within scope when one of their memberships is. */
export async function listUsers(db: Database, scope: Scope, query: UserListQuery, page: number, pageSize: number) {
  const filter = <QB extends SelectQueryBuilder<DB, 'users', object>>(qb: QB): QB => {
    let filtered = qb;
    if (scope !== 'all' || query.organisationId || query.role) {
      filtered = filtered.where((eb) =>
        eb.exists(
          eb.selectFrom('memberships')
            .select('memberships.user_id')
            .whereRef('memberships.user_id', '=', 'users.id')
            .where(withinScope(scope, 'memberships.organisation_id'))
            .$if(Boolean(query.organisationId), (sub) => sub.where('memberships.organisation_id', '=', query.organisationId!))
            .$if(Boolean(query.role), (sub) => sub.where('memberships.role', '=', query.role!)),
        ),
      ) as QB;
    }
    if (query.active !== undefined) filtered = filtered.where('users.is_active', '=', query.active) as QB;
    if (query.q) filtered = filtered.where('users.search_key', 'like', likePattern(query.q)) as QB;
    return filtered;
  };
  const [total, items] = await Promise.all([
    db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('total')).$call(filter).executeTakeFirstOrThrow(),
    db.selectFrom('users')
      .select(columns)
      .$call(filter)
      .orderBy(sql`users.sort_key collate "C"`)
      .orderBy('users.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { total: Number(total.total), items };
}

export async function membershipsOfUsers(db: Database, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['memberships.user_id', 'memberships.organisation_id', 'organisations.name as organisation_name', 'memberships.role'])
    .where('memberships.user_id', 'in', userIds)
    .orderBy(sql`organisations.sort_key collate "C"`)
    .orderBy('memberships.role')
    .execute();
}

export async function replaceMemberships(
  db: Database,
  userId: string,
  withinOrganisations: Scope,
  memberships: { organisationId: string; role: string }[],
) {
  let removal = db.deleteFrom('memberships').where('user_id', '=', userId);
  if (withinOrganisations !== 'all') {
    if (withinOrganisations.length === 0) return;
    removal = removal.where('organisation_id', 'in', withinOrganisations);
  }
  await removal.execute();
  if (memberships.length) {
    await db
      .insertInto('memberships')
      .values(memberships.map((m) => ({ user_id: userId, organisation_id: m.organisationId, role: m.role })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function organisationsExist(db: Database, ids: string[]) {
  if (ids.length === 0) return true;
  const rows = await db.selectFrom('organisations').select('id').where('id', 'in', ids).execute();
  return rows.length === new Set(ids).size;
}
