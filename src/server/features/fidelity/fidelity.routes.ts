import type { App, Deps } from '../../app.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { FidelityQuery, MyFidelity, MyFidelityQuery, ProgrammeFidelity } from '../../../contracts/fidelity.ts';
import { contextOf } from '../../http/context.ts';
import * as fidelity from './fidelity.service.ts';

const tags = ['fidelity'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function fidelityRoutes(app: App, { db, config }: Deps) {
  app.get('/api/fidelity', {
    schema: {
      tags, summary: 'A programme\'s supported-employment fidelity figures per job coach and in total, for a period (default: the 12 weeks ending today)',
      querystring: FidelityQuery, response: { 200: ProgrammeFidelity, ...errors },
    },
  }, (request) => fidelity.ofProgramme(contextOf(request, db), config.minimumMonthlyWageCents, request.query));

  app.get('/api/fidelity/me', {
    schema: {
      tags, summary: 'My own fidelity figures as a job coach, my supported-employment participants, this week\'s employer contacts and my placement follow-ups',
      querystring: MyFidelityQuery, response: { 200: MyFidelity, ...errors },
    },
  }, (request) => fidelity.mine(contextOf(request, db), config.minimumMonthlyWageCents, request.query));
}
