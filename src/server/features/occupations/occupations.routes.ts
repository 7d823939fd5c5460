import type { App, Deps } from '../../app.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { OccupationDetail, OccupationList, OccupationParams, OccupationQuery } from '../../../contracts/occupations.ts';
import { contextOf } from '../../http/context.ts';
import * as occupations from './occupations.service.ts';

const tags = ['occupations'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function occupationRoutes(app: App, { db }: Deps) {
  app.get('/api/occupations', {
    schema: {
      tags, summary: 'ISCO-08 occupations by code or name (either language, diacritics ignored), in code order; unit groups unless level is given',
      querystring: OccupationQuery, response: { 200: OccupationList, ...errors },
    },
  }, (request) => occupations.search(contextOf(request, db), request.query));

  app.get('/api/occupations/:code', {
    schema: { tags, summary: 'One occupation with the groups above it (major group first)', params: OccupationParams, response: { 200: OccupationDetail, ...errors } },
  }, (request) => occupations.show(contextOf(request, db), request.params.code));
}
