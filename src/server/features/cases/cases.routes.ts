import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import {
  Case, CaseListQuery, CaseloadSummary, CasePage, CaseStaff, CaseTeamUpdate, Handover, StageChange, TimelinePage, TimelineQuery,
} from '../../../contracts/cases.ts';
import { contextOf } from '../../http/context.ts';
import * as cases from './cases.service.ts';

const tags = ['cases'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function caseRoutes(app: App, { db }: Deps) {
  app.get('/api/cases', {
    schema: {
      tags, summary: 'My caseload: my open cases (case manager or team member) in Lithuanian name order; scope=organisation for every case; keyset pages',
      querystring: CaseListQuery, response: { 200: CasePage, ...errors },
    },
  }, (request) => cases.list(contextOf(request, db), request.query));

  app.get('/api/cases/summary', {
    schema: { tags, summary: 'My overdue tasks and my appointments today', response: { 200: CaseloadSummary, ...errors } },
  }, (request) => cases.summary(contextOf(request, db)));

  app.get('/api/cases/:id', {
    schema: { tags, summary: 'A case: participant, programme, stage and where it may move, team, outcome; audited', params: IdParams, response: { 200: Case, ...errors } },
  }, (request) => cases.show(contextOf(request, db), request.params.id));

  app.post('/api/cases/:id/stage', {
    schema: {
      tags, summary: 'Move the case to another stage (409 CASE.TRANSITION_NOT_ALLOWED names the missing condition); closing needs outcome and outcomeOn, going back a reason',
      params: IdParams, body: StageChange, response: { 200: Case, ...errors },
    },
  }, (request) => cases.changeStage(contextOf(request, db), request.params.id, request.body));

  app.get('/api/cases/:id/staff', {
    schema: { tags, summary: 'Active staff of the case\'s organisation, for the team and the handover', params: IdParams, response: { 200: CaseStaff, ...errors } },
  }, (request) => cases.staff(contextOf(request, db), request.params.id));

  app.put('/api/cases/:id/team', {
    schema: { tags, summary: 'Replace the case team; send the case version you read', params: IdParams, body: CaseTeamUpdate, response: { 200: Case, ...errors } },
  }, (request) => cases.saveTeam(contextOf(request, db), request.params.id, request.body));

  app.post('/api/cases/:id/handover', {
    schema: { tags, summary: 'Hand the case over to another case manager with a note', params: IdParams, body: Handover, response: { 200: Case, ...errors } },
  }, (request) => cases.handover(contextOf(request, db), request.params.id, request.body));

  app.get('/api/cases/:id/timeline', {
    schema: { tags, summary: 'What happened in the case, newest first; keyset pages', params: IdParams, querystring: TimelineQuery, response: { 200: TimelinePage, ...errors } },
  }, (request) => cases.timeline(contextOf(request, db), request.params.id, request.query));
}
