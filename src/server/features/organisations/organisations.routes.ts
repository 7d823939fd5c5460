import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams, Page } from '../../../contracts/common.ts';
import { Organisation, OrganisationCreate, OrganisationListQuery, OrganisationUpdate } from '../../../contracts/organisations.ts';
import { contextOf } from '../../http/context.ts';
import * as organisations from './organisations.service.ts';

const tags = ['organisations'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function organisationRoutes(app: App, { db }: Deps) {
  app.get('/api/organisations', {
    schema: { tags, summary: 'Organisations the user belongs to (all, for the installation administrator)', querystring: OrganisationListQuery, response: { 200: Page(Organisation), ...errors } },
  }, (request) => organisations.list(contextOf(request, db), request.query));

  app.post('/api/organisations', {
    schema: { tags, summary: 'Create an organisation (installation administrator)', body: OrganisationCreate, response: { 201: Organisation, ...errors } },
  }, async (request, reply) => reply.status(201).send(await organisations.create(contextOf(request, db), request.body)));

  app.get('/api/organisations/:id', {
    schema: { tags, summary: 'One organisation', params: IdParams, response: { 200: Organisation, ...errors } },
  }, (request) => organisations.show(contextOf(request, db), request.params.id));

  app.patch('/api/organisations/:id', {
    schema: { tags, summary: 'Change an organisation; send the version you read', params: IdParams, body: OrganisationUpdate, response: { 200: Organisation, ...errors } },
  }, (request) => organisations.update(contextOf(request, db), request.params.id, request.body));
}
