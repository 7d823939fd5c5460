import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';

/** Counts within the organisations the user may see; audit entries only for those who may read the log. */
export async function countsFor(db: Database, organisations: Scope, audit: Scope | null) {
  const row = await sql<{ organisations: number; centres: number; workstations: number; active_staff: number }>`
    select
      (select count(*) from organisations where ${withinScope(organisations, 'organisations.id')}) as organisations,
      (select count(*) from centres where ${withinScope(organisations, 'centres.organisation_id')}) as centres,
      (select coalesce(sum(workstations), 0) from centres where ${withinScope(organisations, 'centres.organisation_id')})::int as workstations,
      (select count(distinct users.id) from users join memberships on memberships.user_id = users.id
        where users.is_active and ${withinScope(organisations, 'memberships.organisation_id')}) as active_staff
  `.execute(db);
  const counts = row.rows[0]!;
  let auditEntriesToday: number | null = null;
  if (audit && (audit === 'all' || audit.length > 0)) {
    const result = await sql<{ n: number }>`
      select count(*) as n from audit_log
      where occurred_at >= date_trunc('day', now()) and ${withinScope(audit, 'audit_log.organisation_id')}`.execute(db);
    auditEntriesToday = Number(result.rows[0]!.n);
  }
  return {
    organisations: Number(counts.organisations),
    centres: Number(counts.centres),
    workstations: Number(counts.workstations),
    activeStaff: Number(counts.active_staff),
    auditEntriesToday,
  };
}
