import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import { CaseMatches, MatchQuery, VacancyMatches } from '../../../contracts/matching.ts';
import { contextOf } from '../../http/context.ts';
import * as matching from './matching.service.ts';

const tags = ['matching'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function matchingRoutes(app: App, { db }: Deps) {
  app.get('/api/vacancies/:id/matches', {
    schema: {
      tags, summary: 'The people who fit a vacancy best (open cases, job-mediation consent, no paid job), each score broken into named factors',
      params: IdParams, querystring: MatchQuery, response: { 200: VacancyMatches, ...errors },
    },
  }, (request) => matching.forVacancy(contextOf(request, db), request.params.id, request.query));

  app.get('/api/cases/:id/matches', {
    schema: {
      tags, summary: 'The open vacancies that fit the person of a case best; 409 without job-mediation consent or a vocational profile with jobs',
      params: IdParams, querystring: MatchQuery, response: { 200: CaseMatches, ...errors },
    },
  }, (request) => matching.forCase(contextOf(request, db), request.params.id, request.query));
}
