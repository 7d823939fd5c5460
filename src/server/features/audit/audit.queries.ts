import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import type { AuditQuery } from '../../../contracts/audit.ts';

/**
 * Newest first, one page at a time by id ("before"), so the thousandth page costs what
 * the first does. An organisation's auditors see entries about their organisation and
 * entries written by its staff.
 */
export type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

export function listAudit(db: Database, scope: Scope, query: AuditQuery, pageSize: number) {
  let select = db
    .selectFrom('audit_log')
    .select(['id', 'occurred_at', 'actor_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'organisation_id', 'ip', 'outcome', 'details']);
  if (scope !== 'all') {
    if (scope.length === 0) return Promise.resolve([]);
    select = select.where((eb) =>
      eb.or([
        eb('organisation_id', 'in', scope),
        eb('actor_id', 'in', eb.selectFrom('memberships').select('user_id').where('memberships.organisation_id', 'in', scope)),
      ]),
    );
  }
  if (query.actorId) select = select.where('actor_id', '=', query.actorId);
  if (query.entityType) select = select.where('entity_type', '=', query.entityType);
  if (query.entityId) select = select.where('entity_id', '=', query.entityId);
  if (query.action) select = select.where('action', '=', query.action);
  if (query.from) select = select.where('occurred_at', '>=', sql<Date>`${query.from}::date`);
  if (query.to) select = select.where('occurred_at', '<', sql<Date>`${query.to}::date + 1`);
  if (query.before) select = select.where('id', '<', Number(query.before));
  return select.orderBy('id', 'desc').limit(pageSize + 1).execute();
}
