import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Role } from '../../../contracts/roles.ts';

/** The live session of a token hash with its user and roles, in one round trip: it runs on every request. */
export async function findLiveSession(db: Database, tokenHash: string, idleMinutes: number) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash', 'sessions.csrf_token', 'sessions.last_seen_at',
      'users.id as user_id', 'users.email', 'users.first_name', 'users.last_name',
      'users.language', 'users.is_system_admin',
    ])
    .select(sql<{ organisationId: string; organisationName: string; role: Role }[]>`(
      select coalesce(json_agg(json_build_object(
        'organisationId', m.organisation_id, 'organisationName', o.name, 'role', m.role
      ) order by o.sort_key collate "C", m.role), '[]'::json)
      from memberships m join organisations o on o.id = m.organisation_id
      where m.user_id = users.id)`.as('memberships'))
    .where('sessions.token_hash', '=', tokenHash)
    .where('users.is_active', '=', true)
    .where('sessions.expires_at', '>', sql<Date>`now()`)
    .where('sessions.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
    .executeTakeFirst();
}

// Written at most once a minute per session, so reading pages does not mean writing rows.
export async function touchSession(db: Database, tokenHash: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .where('last_seen_at', '<', sql<Date>`now() - interval '1 minute'`)
    .execute();
}

export async function insertSession(
  db: Database,
  session: { tokenHash: string; userId: string; csrfToken: string; maxHours: number; ip: string; userAgent: string },
) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: sql`now() + make_interval(hours => ${session.maxHours})`,
      ip: session.ip,
      user_agent: session.userAgent.slice(0, 300),
    })
    .execute();
}

export async function deleteSession(db: Database, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Database, userId: string, except?: string) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) query = query.where('token_hash', '<>', except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Database, userId: string, idleMinutes: number) {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .execute();
}

export async function countRecentFailures(db: Database, column: 'email_key' | 'ip', value: string, windowMinutes: number) {
  const row = await db
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(column, '=', value)
    .where('occurred_at', '>', sql<Date>`now() - make_interval(mins => ${windowMinutes})`)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertFailure(db: Database, emailKey: string, ip: string) {
  await db.insertInto('sign_in_failures').values({ email_key: emailKey, ip }).execute();
}

export async function clearFailures(db: Database, emailKey: string) {
  await db.deleteFrom('sign_in_failures').where('email_key', '=', emailKey).execute();
}

export async function findUserForSignIn(db: Database, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash', 'is_active', 'first_name', 'last_name'])
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}
