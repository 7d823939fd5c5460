import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams, Page } from '../../../contracts/common.ts';
import { Centre, CentreCreate, CentreListQuery, CentreUpdate } from '../../../contracts/centres.ts';
import { contextOf } from '../../http/context.ts';
import * as centres from './centres.service.ts';

const tags = ['centres'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function centreRoutes(app: App, { db }: Deps) {
  app.get('/api/centres', {
    schema: { tags, summary: 'Local centres of the user\'s organisations', querystring: CentreListQuery, response: { 200: Page(Centre), ...errors } },
  }, (request) => centres.list(contextOf(request, db), request.query));

  app.post('/api/centres', {
    schema: { tags, summary: 'Open a local centre in an organisation', body: CentreCreate, response: { 201: Centre, ...errors } },
  }, async (request, reply) => reply.status(201).send(await centres.create(contextOf(request, db), request.body)));

  app.get('/api/centres/:id', {
    schema: { tags, summary: 'One local centre', params: IdParams, response: { 200: Centre, ...errors } },
  }, (request) => centres.show(contextOf(request, db), request.params.id));

  app.patch('/api/centres/:id', {
    schema: { tags, summary: 'Change a local centre; send the version you read', params: IdParams, body: CentreUpdate, response: { 200: Centre, ...errors } },
  }, (request) => centres.update(contextOf(request, db), request.params.id, request.body));
}
