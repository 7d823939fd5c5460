import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import {
  CasePlacements, FollowUpParams, FollowUpRecord, Placement, PlacementCreate, PlacementEnd, PlacementSupport, PlacementUpdate, SupportCreate,
} from '../../../contracts/placements.ts';
import { contextOf } from '../../http/context.ts';
import * as placements from './placements.service.ts';

const tags = ['placements'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function placementRoutes(app: App, { db, config }: Deps) {
  const settings: placements.PlacementSettings = { minimumMonthlyWageCents: config.minimumMonthlyWageCents };

  app.post('/api/cases/:id/placements', {
    schema: {
      tags, summary: 'Record a placement with its 3/6/12-month follow-up tasks; a wage below the minimum is saved with a warning',
      params: IdParams, body: PlacementCreate, response: { 201: Placement, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await placements.create(contextOf(request, db), request.params.id, request.body, settings)));

  app.get('/api/cases/:id/placements', {
    schema: { tags, summary: 'A case\'s placements, the latest start first', params: IdParams, response: { 200: CasePlacements, ...errors } },
  }, (request) => placements.ofCase(contextOf(request, db), request.params.id));

  app.get('/api/placements/:id', {
    schema: { tags, summary: 'A placement with its follow-ups and job support totals', params: IdParams, response: { 200: Placement, ...errors } },
  }, (request) => placements.show(contextOf(request, db), request.params.id, settings));

  app.patch('/api/placements/:id', {
    schema: { tags, summary: 'Change a placement; send the version you read', params: IdParams, body: PlacementUpdate, response: { 200: Placement, ...errors } },
  }, (request) => placements.update(contextOf(request, db), request.params.id, request.body, settings));

  app.post('/api/placements/:id/end', {
    schema: { tags, summary: 'The placement ended: when and why', params: IdParams, body: PlacementEnd, response: { 200: Placement, ...errors } },
  }, (request) => placements.end(contextOf(request, db), request.params.id, request.body, settings));

  app.post('/api/placements/:id/follow-ups/:months', {
    schema: {
      tags, summary: 'Record a follow-up (3, 6 or 12 months): still employed? From 14 days before it is due; completes its task',
      params: FollowUpParams, body: FollowUpRecord, response: { 200: Placement, ...errors },
    },
  }, (request) => placements.recordFollowUp(contextOf(request, db), request.params.id, request.params.months, request.body, settings));

  app.get('/api/placements/:id/support', {
    schema: { tags, summary: 'The job support log and planned vs delivered hours per week', params: IdParams, response: { 200: PlacementSupport, ...errors } },
  }, (request) => placements.support(contextOf(request, db), request.params.id));

  app.post('/api/placements/:id/support', {
    schema: { tags, summary: 'Log job support (job coaching) for the placement', params: IdParams, body: SupportCreate, response: { 201: PlacementSupport, ...errors } },
  }, async (request, reply) => reply.status(201).send(await placements.logSupport(contextOf(request, db), request.params.id, request.body)));
}
