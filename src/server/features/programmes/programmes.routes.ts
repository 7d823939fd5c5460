import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse, Id, IdParams, Page } from '../../../contracts/common.ts';
import { BulkScreening, BulkScreeningRequest, Screening, ScreeningRequest } from '../../../contracts/eligibility.ts';
import {
  Enrolment, EnrolmentCreate, EnrolmentExit, EnrolmentListQuery, Programme, ProgrammeCreate, ProgrammeListQuery,
  ProgrammeSummary, ProgrammeTemplate, ProgrammeUpdate, RuleSet, RuleSetCreate,
} from '../../../contracts/programmes.ts';
import { contextOf } from '../../http/context.ts';
import * as programmes from './programmes.service.ts';

const tags = ['programmes'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const ScreeningListQuery = Type.Object({ participantId: Id }, { additionalProperties: false });

export function programmeRoutes(app: App, { db }: Deps) {
  app.get('/api/programmes', {
    schema: { tags, summary: 'Programmes of the user\'s organisations', querystring: ProgrammeListQuery, response: { 200: Page(ProgrammeSummary), ...errors } },
  }, (request) => programmes.list(contextOf(request, db), request.query));

  app.get('/api/programme-templates', {
    schema: { tags, summary: 'Built-in programme templates (the five seed programmes)', response: { 200: Type.Array(ProgrammeTemplate), ...errors } },
  }, (request) => programmes.templates(contextOf(request, db)));

  app.post('/api/programmes', {
    schema: { tags, summary: 'Set up a programme, from a template (templateKey) or blank', body: ProgrammeCreate, response: { 201: Programme, ...errors } },
  }, async (request, reply) => reply.status(201).send(await programmes.create(contextOf(request, db), request.body)));

  app.get('/api/programmes/:id', {
    schema: { tags, summary: 'One programme', params: IdParams, response: { 200: Programme, ...errors } },
  }, (request) => programmes.show(contextOf(request, db), request.params.id));

  app.patch('/api/programmes/:id', {
    schema: { tags, summary: 'Change a programme; send the version you read', params: IdParams, body: ProgrammeUpdate, response: { 200: Programme, ...errors } },
  }, (request) => programmes.update(contextOf(request, db), request.params.id, request.body));

  app.get('/api/programmes/:id/rule-sets', {
    schema: { tags, summary: 'Versions of the eligibility rules', params: IdParams, response: { 200: Type.Array(RuleSet), ...errors } },
  }, (request) => programmes.ruleSets(contextOf(request, db), request.params.id));

  app.post('/api/programmes/:id/rule-sets', {
    schema: { tags, summary: 'A new version of the eligibility rules, in force from a date', params: IdParams, body: RuleSetCreate, response: { 201: RuleSet, ...errors } },
  }, async (request, reply) => reply.status(201).send(await programmes.addRuleSet(contextOf(request, db), request.params.id, request.body)));

  app.post('/api/programmes/:id/screenings', {
    schema: { tags, summary: 'Screen a person against the rules in force on a date (today by default)', params: IdParams, body: ScreeningRequest, response: { 201: Screening, ...errors } },
  }, async (request, reply) => reply.status(201).send(await programmes.screen(contextOf(request, db), request.params.id, request.body)));

  app.get('/api/programmes/:id/screenings', {
    schema: { tags, summary: 'A person\'s stored screenings for this programme, newest first', params: IdParams, querystring: ScreeningListQuery, response: { 200: Type.Array(Screening), ...errors } },
  }, (request) => programmes.screenings(contextOf(request, db), request.params.id, request.query.participantId));

  app.post('/api/programmes/:id/screenings/bulk', {
    schema: { tags, summary: 'Screen the registry (or a filter) against the programme: counts per result and the list', params: IdParams, body: BulkScreeningRequest, response: { 200: BulkScreening, ...errors } },
  }, (request) => programmes.bulkScreen(contextOf(request, db), request.params.id, request.body));

  app.post('/api/programmes/:id/enrolments', {
    schema: { tags, summary: 'Enrol a person (or put them on the waiting list when full)', params: IdParams, body: EnrolmentCreate, response: { 201: Enrolment, ...errors } },
  }, async (request, reply) => reply.status(201).send(await programmes.enrol(contextOf(request, db), request.params.id, request.body)));

  app.get('/api/programmes/:id/enrolments', {
    schema: { tags, summary: 'Enrolments and the waiting list in order', params: IdParams, querystring: EnrolmentListQuery, response: { 200: Type.Array(Enrolment), ...errors } },
  }, (request) => programmes.enrolments(contextOf(request, db), request.params.id, request.query));

  app.post('/api/enrolments/:id/exit', {
    schema: { tags, summary: 'Record an exit (or take a person off the waiting list)', params: IdParams, body: EnrolmentExit, response: { 200: Enrolment, ...errors } },
  }, (request) => programmes.exit(contextOf(request, db), request.params.id, request.body));

  app.get('/api/participants/:id/programmes', {
    schema: { tags, summary: 'A person\'s programme history', params: IdParams, response: { 200: Type.Array(Enrolment), ...errors } },
  }, (request) => programmes.history(contextOf(request, db), request.params.id));
}
