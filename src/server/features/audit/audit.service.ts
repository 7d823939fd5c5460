import type { Database } from '../../db/connect.ts';
import type { Actor } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';

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
