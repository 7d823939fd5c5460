import type { App, Deps } from '../../app.ts';
import { AuditPage, AuditQuery } from '../../../contracts/audit.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import { demand, scopeOf } from '../../http/access.ts';
import { contextOf } from '../../http/context.ts';
import { listAudit } from './audit.queries.ts';
import { recordAudit } from './audit.service.ts';

export function auditRoutes(app: App, { db }: Deps) {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first; filter by user, record, action and dates (administrators and auditors)',
      querystring: AuditQuery,
      response: { 200: AuditPage, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
    },
  }, async (request) => {
    const ctx = contextOf(request, db);
    demand(ctx.actor, 'audit.read');
    const pageSize = request.query.pageSize ?? LIMITS.pageSizeDefault;
    const rows = await listAudit(db, scopeOf(ctx.actor, 'audit.read'), request.query, pageSize);
    const page = rows.slice(0, pageSize);
    // Reading the log is itself recorded: it holds names and addresses.
    await recordAudit(db, ctx, { action: 'audit.list', entityType: 'audit_log', details: { filter: request.query } });
    return {
      items: page.map((row) => ({
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
      })),
      nextBefore: rows.length > pageSize ? String(page.at(-1)!.id) : null,
    };
  });
}
