import type { App, Deps } from '../../app.ts';
import { AuditPage, AuditQuery } from '../../../contracts/audit.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { contextOf } from '../../http/context.ts';
import { listEntries } from './audit.service.ts';

export function auditRoutes(app: App, { db }: Deps) {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first; filter by user, record, action and dates (administrators and auditors)',
      querystring: AuditQuery,
      response: { 200: AuditPage, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
    },
  }, (request) => listEntries(contextOf(request, db), request.query));
}
