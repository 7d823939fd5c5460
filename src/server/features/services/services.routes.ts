import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import {
  CaseServicesPage, CaseServicesQuery, GroupServiceCreate, GroupServiceResult, MyServicesPage, MyServicesQuery, ServiceDelivery,
  ServiceDeliveryCreate, ServiceRemoval, ServiceTypeGroup, ServiceTypeQuery,
} from '../../../contracts/services.ts';
import { contextOf } from '../../http/context.ts';
import * as services from './services.service.ts';

const tags = ['services'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function serviceRoutes(app: App, { db }: Deps) {
  app.get('/api/service-types', {
    schema: { tags, summary: 'The service catalogue by category, in the user\'s language (only those offered, unless all=true)', querystring: ServiceTypeQuery, response: { 200: Type.Array(ServiceTypeGroup), ...errors } },
  }, (request) => services.catalogue(contextOf(request, db), request.query.all ?? false));

  app.post('/api/cases/:id/services', {
    schema: { tags, summary: 'Log a service delivered in the case (by the signed-in user)', params: IdParams, body: ServiceDeliveryCreate, response: { 201: ServiceDelivery, ...errors } },
  }, async (request, reply) => reply.status(201).send(await services.log(contextOf(request, db), request.params.id, request.body)));

  app.get('/api/cases/:id/services', {
    schema: { tags, summary: 'Services delivered in the case, newest first (keyset pages), with totals per service type', params: IdParams, querystring: CaseServicesQuery, response: { 200: CaseServicesPage, ...errors } },
  }, (request) => services.listForCase(contextOf(request, db), request.params.id, request.query));

  app.post('/api/services/group', {
    schema: { tags, summary: 'Log one group session for several cases: all or nothing', body: GroupServiceCreate, response: { 201: GroupServiceResult, ...errors } },
  }, async (request, reply) => reply.status(201).send(await services.logGroup(contextOf(request, db), request.body)));

  app.get('/api/services', {
    schema: { tags, summary: 'My own delivered services between two dates (providerId=me)', querystring: MyServicesQuery, response: { 200: MyServicesPage, ...errors } },
  }, (request) => services.listMine(contextOf(request, db), request.query));

  app.delete('/api/services/:id', {
    schema: {
      tags, summary: 'Remove a wrongly logged service, with a reason: its author on the same day, a case manager at any time',
      params: IdParams, body: ServiceRemoval, response: { 204: Type.Null(), ...errors },
    },
    // A DELETE without a body is validated as {}, so the answer names the missing reason.
    preValidation: (request, _reply, done) => {
      request.body ??= {} as typeof request.body;
      done();
    },
  }, async (request, reply) => {
    await services.remove(contextOf(request, db), request.params.id, request.body);
    return reply.status(204).send(null);
  });
}
