import type { App, Deps } from '../../app.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { IMPORT_BODY_LIMIT, ImportQuery, ImportRequest, ImportResult } from '../../../contracts/participant-import.ts';
import { contextOf } from '../../http/context.ts';
import * as imports from './import.service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse };

export function participantImportRoutes(app: App, { db }: Deps) {
  app.post('/api/participants/import', {
    // The file travels as base64 in JSON: up to 10 MB of file, so the body may be ~14 MB.
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['participants'],
      summary: 'Import people from a CSV or XLSX file: ?dryRun=true (default) says what each row would do; ?dryRun=false imports the valid rows in one transaction',
      querystring: ImportQuery, body: ImportRequest, response: { 200: ImportResult, ...errors },
    },
  }, (request) => imports.importFile(contextOf(request, db), request.body, request.query.dryRun ?? true));
}
