import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import {
  Consent, ConsentCreate, ConsentParams, ConsentWithdraw, DuplicateCheck, DuplicateQuery, Participant, ParticipantCreate,
  ParticipantListQuery, ParticipantPage, ParticipantUpdate, PARTICIPANT_LIMITS, SpecialData, SpecialDataUpdate,
} from '../../../contracts/participants.ts';
import { contextOf } from '../../http/context.ts';
import * as participants from './participants.service.ts';
import * as special from './special-data.service.ts';
import * as consents from './consents.service.ts';

const tags = ['participants'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
// A consent may carry a signed document of up to 5 MB as base64 (4/3 larger) in JSON.
const CONSENT_BODY_LIMIT = Math.ceil(PARTICIPANT_LIMITS.attachmentMaxBytes / 3) * 4 + 64 * 1024;

/** Content-Disposition that keeps a Lithuanian file name and cannot break the header. */
function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function participantRoutes(app: App, { db }: Deps) {
  app.get('/api/participants', {
    schema: {
      tags, summary: 'Participants of the user\'s organisations in Lithuanian order; search by name or personal code; keyset pages',
      querystring: ParticipantListQuery, response: { 200: ParticipantPage, ...errors },
    },
  }, (request) => participants.list(contextOf(request, db), request.query));

  app.post('/api/participants', {
    schema: {
      tags, summary: 'Register a participant (409 PARTICIPANT.DUPLICATE_CODE or PARTICIPANT.POSSIBLE_DUPLICATE for duplicates)',
      body: ParticipantCreate, response: { 201: Participant, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await participants.create(contextOf(request, db), request.body)));

  app.get('/api/participants/duplicates', {
    schema: { tags, summary: 'Who already has this personal code, or this name and birth date', querystring: DuplicateQuery, response: { 200: DuplicateCheck, ...errors } },
  }, (request) => participants.duplicates(contextOf(request, db), request.query));

  app.get('/api/participants/:id', {
    schema: { tags, summary: 'A participant\'s profile (no special-category data)', params: IdParams, response: { 200: Participant, ...errors } },
  }, (request) => participants.show(contextOf(request, db), request.params.id));

  app.patch('/api/participants/:id', {
    schema: { tags, summary: 'Change a participant; send the version you read', params: IdParams, body: ParticipantUpdate, response: { 200: Participant, ...errors } },
  }, (request) => participants.update(contextOf(request, db), request.params.id, request.body));

  app.get('/api/participants/:id/special', {
    schema: { tags, summary: 'Special-category data (GDPR art. 9); audited', params: IdParams, response: { 200: SpecialData, ...errors } },
  }, (request) => special.show(contextOf(request, db), request.params.id));

  app.put('/api/participants/:id/special', {
    schema: {
      tags, summary: 'Record special-category data; needs a live basis for purpose special_category_data; version 0 the first time',
      params: IdParams, body: SpecialDataUpdate, response: { 200: SpecialData, ...errors },
    },
  }, (request) => special.save(contextOf(request, db), request.params.id, request.body));

  app.get('/api/participants/:id/consents', {
    schema: { tags, summary: 'Consents and other legal bases of a participant', params: IdParams, response: { 200: Type.Array(Consent), ...errors } },
  }, (request) => consents.list(contextOf(request, db), request.params.id));

  app.post('/api/participants/:id/consents', {
    bodyLimit: CONSENT_BODY_LIMIT,
    schema: {
      tags, summary: 'Record a consent or other legal basis, optionally with the signed document (PDF, JPEG or PNG, base64, ≤ 5 MB)',
      params: IdParams, body: ConsentCreate, response: { 201: Consent, 413: ErrorResponse, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await consents.record(contextOf(request, db), request.params.id, request.body)));

  app.post('/api/participants/:id/consents/:consentId/withdraw', {
    schema: { tags, summary: 'Withdraw a consent from a date', params: ConsentParams, body: ConsentWithdraw, response: { 200: Consent, ...errors } },
  }, (request) => consents.withdraw(contextOf(request, db), request.params.id, request.params.consentId, request.body));

  app.get('/api/attachments/:id', {
    schema: { tags, summary: 'Download a stored file (e.g. a signed consent); audited', params: IdParams, response: { 200: Type.Unknown({ description: 'The file' }), ...errors } },
  }, async (request, reply) => {
    const file = await consents.download(contextOf(request, db), request.params.id);
    return reply
      .type(file.contentType)
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });
}
