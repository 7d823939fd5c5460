import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import { Vacancy, VacancyCreate, VacancyListQuery, VacancyPage, VacancyUpdate } from '../../../contracts/vacancies.ts';
import { contextOf } from '../../http/context.ts';
import * as vacancies from './vacancies.service.ts';

const tags = ['vacancies'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function vacancyRoutes(app: App, { db, config }: Deps) {
  const deps = { minimumMonthlyWageCents: config.minimumMonthlyWageCents };

  app.get('/api/vacancies', {
    schema: {
      tags, summary: 'Vacancies of the user\'s organisations, newest opening first; filter by status, employer, ISCO code (or its start), municipality, hours, words',
      querystring: VacancyListQuery, response: { 200: VacancyPage, ...errors },
    },
  }, (request) => vacancies.list(contextOf(request, db), deps, request.query));

  app.post('/api/vacancies', {
    schema: {
      tags, summary: 'Register a vacancy of an employer; a wage below the legal minimum is saved with warnings[VACANCY.WAGE_BELOW_MINIMUM]',
      body: VacancyCreate, response: { 201: Vacancy, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await vacancies.create(contextOf(request, db), deps, request.body)));

  app.get('/api/vacancies/:id', {
    schema: { tags, summary: 'A vacancy, with its warnings', params: IdParams, response: { 200: Vacancy, ...errors } },
  }, (request) => vacancies.show(contextOf(request, db), deps, request.params.id));

  app.patch('/api/vacancies/:id', {
    schema: { tags, summary: 'Change a vacancy or its status (open, filled, closed); send the version you read', params: IdParams, body: VacancyUpdate, response: { 200: Vacancy, ...errors } },
  }, (request) => vacancies.update(contextOf(request, db), deps, request.params.id, request.body));
}
