import type { Database } from '../../db/connect.ts';
import type { Actor } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { demand, scopeOf } from '../../http/access.ts';
import type { Context } from '../../http/context.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import type { AuditQuery } from '../../../contracts/audit.ts';
import { listAudit } from './audit.queries.ts';
import { presentEntry } from './audit.present.ts';

export type AuditOutcome = 'ok' | 'denied' | 'failed';

export interface AuditFact {
  action: string;
  entityType: string;
  entityId?: string;
  organisationId?: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown>;
}

export interface AuditSource {
  actor: Pick<Actor, 'userId' | 'name'> | null;
  ip: string;
}

// Called inside the same transaction as the change it records, so there is never a
// change without its entry. There is deliberately no update or delete here.
export async function recordAudit(db: Database, source: AuditSource, fact: AuditFact): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: source.actor?.userId ?? null,
      actor_name: source.actor?.name ?? '',
      action: fact.action,
      entity_type: fact.entityType,
      entity_id: fact.entityId ?? '',
      organisation_id: fact.organisationId ?? null,
      ip: source.ip,
      outcome: fact.outcome ?? 'ok',
      details: JSON.stringify(fact.details ?? {}),
    })
    .execute();
}

/**
 * A record outside the actor's organisations answers exactly as a missing one (404),
 * so its existence is not revealed; the attempt itself is recorded.
 */
export async function refuseOutOfScope(
  db: Database,
  source: AuditSource,
  fact: Omit<AuditFact, 'outcome'>,
): Promise<never> {
  await recordAudit(db, source, { ...fact, outcome: 'denied' });
  throw errors.notFound();
}

export async function listEntries(ctx: Context, query: AuditQuery) {
  demand(ctx.actor, 'audit.read');
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const rows = await listAudit(ctx.db, scopeOf(ctx.actor, 'audit.read'), query, pageSize);
  const page = rows.slice(0, pageSize);
  // Reading the log is itself recorded: it holds names and addresses.
  await recordAudit(ctx.db, ctx, { action: 'audit.list', entityType: 'audit_log', details: { filter: query } });
  return { items: page.map(presentEntry), nextBefore: rows.length > pageSize ? String(page.at(-1)!.id) : null };
}
