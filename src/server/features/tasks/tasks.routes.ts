import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import { CaseTasks, ReminderCount, ReminderList, ReminderParams, Task, TaskCreate, TaskList, TaskListQuery, TaskUpdate } from '../../../contracts/tasks.ts';
import { contextOf } from '../../http/context.ts';
import * as tasks from './tasks.service.ts';
import * as reminders from './reminders.service.ts';

const tags = ['tasks'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function taskRoutes(app: App, { db }: Deps) {
  app.get('/api/tasks', {
    schema: { tags, summary: 'My tasks (assignee=me) or all I may see; open and overdue first', querystring: TaskListQuery, response: { 200: TaskList, ...errors } },
  }, (request) => tasks.list(contextOf(request, db), request.query));

  app.post('/api/tasks', {
    schema: { tags, summary: 'Assign a task, on a case (caseId) or in an organisation', body: TaskCreate, response: { 201: Task, ...errors } },
  }, async (request, reply) => reply.status(201).send(await tasks.create(contextOf(request, db), request.body)));

  app.patch('/api/tasks/:id', {
    schema: {
      tags, summary: 'Change or complete a task; send the version you read. A 6-month follow-up is completed with followUp (the ESF+ results)',
      params: IdParams, body: TaskUpdate, response: { 200: Task, ...errors },
    },
  }, (request) => tasks.update(contextOf(request, db), request.params.id, request.body));

  app.get('/api/cases/:id/tasks', {
    schema: { tags, summary: 'A case\'s tasks and who may be assigned one', params: IdParams, response: { 200: CaseTasks, ...errors } },
  }, (request) => tasks.ofCase(contextOf(request, db), request.params.id));

  app.get('/api/reminders', {
    schema: { tags, summary: 'My reminders, the newest first, and how many are unread', response: { 200: ReminderList, ...errors } },
  }, (request) => reminders.mine(contextOf(request, db)));

  app.get('/api/reminders/unread', {
    schema: { tags, summary: 'How many of my reminders are unread (for the header)', response: { 200: ReminderCount, ...errors } },
  }, (request) => reminders.unread(contextOf(request, db)));

  app.post('/api/reminders/:id/read', {
    schema: { tags, summary: 'Mark one of my reminders read', params: ReminderParams, response: { 200: ReminderCount, ...errors } },
  }, (request) => reminders.markRead(contextOf(request, db), request.params.id));
}
