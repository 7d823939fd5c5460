import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import {
  CaseEmployerContacts, CoachesQuery, CoachOption, ContactPerson, ContactPersonCreate, ContactPersonParams, ContactPersonUpdate, Employer, EmployerContact,
  EmployerContactCreate, EmployerContactPage, EmployerContactsQuery, EmployerCreate, EmployerListQuery, EmployerPage, EmployerUpdate,
} from '../../../contracts/employers.ts';
import { contextOf } from '../../http/context.ts';
import * as employers from './employers.service.ts';

const tags = ['employers'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function employerRoutes(app: App, { db }: Deps) {
  app.get('/api/employers', {
    schema: {
      tags, summary: 'Employers of the user\'s organisations in Lithuanian name order; search by name or company code; keyset pages',
      querystring: EmployerListQuery, response: { 200: EmployerPage, ...errors },
    },
  }, (request) => employers.list(contextOf(request, db), request.query));

  app.post('/api/employers', {
    schema: {
      tags, summary: 'Register an employer (409 EMPLOYER.DUPLICATE_COMPANY_CODE names the one that has the code)',
      body: EmployerCreate, response: { 201: Employer, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await employers.create(contextOf(request, db), request.body)));

  app.get('/api/employers/coaches', {
    schema: { tags, summary: 'Job coaches who may look after employers, in name order', querystring: CoachesQuery, response: { 200: Type.Array(CoachOption), ...errors } },
  }, (request) => employers.coaches(contextOf(request, db), request.query.organisationId));

  app.get('/api/employers/:id', {
    schema: { tags, summary: 'An employer with contact persons, open vacancies and the latest contacts; audited', params: IdParams, response: { 200: Employer, ...errors } },
  }, (request) => employers.show(contextOf(request, db), request.params.id));

  app.patch('/api/employers/:id', {
    schema: { tags, summary: 'Change an employer; send the version you read', params: IdParams, body: EmployerUpdate, response: { 200: Employer, ...errors } },
  }, (request) => employers.update(contextOf(request, db), request.params.id, request.body));

  app.post('/api/employers/:id/contact-persons', {
    schema: { tags, summary: 'Add a contact person at the employer', params: IdParams, body: ContactPersonCreate, response: { 201: ContactPerson, ...errors } },
  }, async (request, reply) => reply.status(201).send(await employers.addContactPerson(contextOf(request, db), request.params.id, request.body)));

  app.patch('/api/employers/:id/contact-persons/:personId', {
    schema: { tags, summary: 'Change a contact person', params: ContactPersonParams, body: ContactPersonUpdate, response: { 200: ContactPerson, ...errors } },
  }, (request) => employers.editContactPerson(contextOf(request, db), request.params.id, request.params.personId, request.body));

  app.delete('/api/employers/:id/contact-persons/:personId', {
    schema: { tags, summary: 'Remove a contact person (contacts with them keep their date and kind)', params: ContactPersonParams, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await employers.removeContactPerson(contextOf(request, db), request.params.id, request.params.personId);
    return reply.status(204).send(null);
  });

  app.post('/api/employers/:id/contacts', {
    schema: {
      tags, summary: 'Record a contact with the employer; with caseId it joins that person\'s job-finding log (case.work on an open case)',
      params: IdParams, body: EmployerContactCreate, response: { 201: EmployerContact, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await employers.createContact(contextOf(request, db), request.params.id, request.body)));

  app.get('/api/employers/:id/contacts', {
    schema: { tags, summary: 'The employer\'s relationship history, newest first (keyset pages); audited', params: IdParams, querystring: EmployerContactsQuery, response: { 200: EmployerContactPage, ...errors } },
  }, (request) => employers.listContacts(contextOf(request, db), request.params.id, request.query));

  app.get('/api/cases/:id/employer-contacts', {
    schema: { tags, summary: 'A case\'s job-finding log: employers contacted for the person, newest first; audited', params: IdParams, response: { 200: CaseEmployerContacts, ...errors } },
  }, (request) => employers.ofCase(contextOf(request, db), request.params.id));
}
