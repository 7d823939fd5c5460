import type { AuditEntry } from '../../../contracts/audit.ts';
import type { AuditRow } from './audit.queries.ts';

export function presentEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    occurredAt: row.occurred_at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    organisationId: row.organisation_id,
    ip: row.ip,
    outcome: row.outcome,
    details: row.details,
  };
}
