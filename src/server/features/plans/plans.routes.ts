import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import { PARTICIPANT_LIMITS } from '../../../contracts/participants.ts';
import { Plan, PlanAgreement, PlanPrintQuery, PlanRevision, PlanRevisionParams, PlanRevisionSummary, PlanSave } from '../../../contracts/plans.ts';
import { contextOf } from '../../http/context.ts';
import * as plans from './plans.service.ts';

const tags = ['plans'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
// The agreement may carry the signed copy of up to 5 MB as base64 (4/3 larger) in JSON.
const AGREEMENT_BODY_LIMIT = Math.ceil(PARTICIPANT_LIMITS.attachmentMaxBytes / 3) * 4 + 64 * 1024;

/** Content-Disposition that keeps a Lithuanian file name and cannot break the header; inline, so the browser shows it for printing. */
function inlineDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function planRoutes(app: App, { db }: Deps) {
  app.get('/api/cases/:id/plan', {
    schema: { tags, summary: 'The individual action plan of a case (version 0 and no goals while there is none); audited', params: IdParams, response: { 200: Plan, ...errors } },
  }, (request) => plans.show(contextOf(request, db), request.params.id));

  app.put('/api/cases/:id/plan', {
    schema: {
      tags, summary: 'Save the plan as a new revision; send the version you read (0 the first time). A change other than steps\' status clears the agreement',
      params: IdParams, body: PlanSave, response: { 200: Plan, ...errors },
    },
  }, (request) => plans.save(contextOf(request, db), request.params.id, request.body));

  app.post('/api/cases/:id/plan/agreement', {
    bodyLimit: AGREEMENT_BODY_LIMIT,
    schema: {
      tags, summary: 'Record that the person agreed to the plan as it is now, optionally with the signed copy (PDF, JPEG or PNG, base64, ≤ 5 MB)',
      params: IdParams, body: PlanAgreement, response: { 200: Plan, 413: ErrorResponse, ...errors },
    },
  }, (request) => plans.agree(contextOf(request, db), request.params.id, request.body));

  app.get('/api/cases/:id/plan/revisions', {
    schema: { tags, summary: 'Every saved revision of the plan, newest first: who saved it, when, the note', params: IdParams, response: { 200: Type.Array(PlanRevisionSummary), ...errors } },
  }, (request) => plans.revisions(contextOf(request, db), request.params.id));

  app.get('/api/cases/:id/plan/revisions/:version', {
    schema: { tags, summary: 'One revision of the plan with its goals and steps; audited', params: PlanRevisionParams, response: { 200: PlanRevision, ...errors } },
  }, (request) => plans.revision(contextOf(request, db), request.params.id, request.params.version));

  app.get('/api/cases/:id/plan.pdf', {
    schema: {
      tags, summary: 'The plan as a PDF for the person to sign, in their language unless ?language=lt|en; audited',
      params: IdParams, querystring: PlanPrintQuery, response: { 200: Type.Unknown({ description: 'application/pdf' }), ...errors },
    },
  }, async (request, reply) => {
    const file = await plans.print(contextOf(request, db), request.params.id, request.query.language);
    return reply
      .type('application/pdf')
      .header('content-disposition', inlineDisposition(file.fileName))
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });
}
