import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams, Page } from '../../../contracts/common.ts';
import { User, UserCreate, UserListQuery, UserUpdate } from '../../../contracts/users.ts';
import { contextOf } from '../../http/context.ts';
import * as users from './users.service.ts';

const tags = ['users'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function userRoutes(app: App, { db }: Deps) {
  app.get('/api/users', {
    schema: { tags, summary: 'Staff accounts of the user\'s organisations (audited)', querystring: UserListQuery, response: { 200: Page(User), ...errors } },
  }, (request) => users.list(contextOf(request, db), request.query));

  app.post('/api/users', {
    schema: { tags, summary: 'Create a staff account with its roles', body: UserCreate, response: { 201: User, ...errors } },
  }, async (request, reply) => reply.status(201).send(await users.create(contextOf(request, db), request.body)));

  app.get('/api/users/:id', {
    schema: { tags, summary: 'One staff account (audited)', params: IdParams, response: { 200: User, ...errors } },
  }, (request) => users.show(contextOf(request, db), request.params.id));

  app.patch('/api/users/:id', {
    schema: { tags, summary: 'Change a staff account, its roles, password or status; send the version you read', params: IdParams, body: UserUpdate, response: { 200: User, ...errors } },
  }, (request) => users.update(contextOf(request, db), request.params.id, request.body));
}
