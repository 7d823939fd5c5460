import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import { PARTICIPANT_LIMITS } from '../../../contracts/participants.ts';
import {
  JobAnalysis, JobAnalysisCreate, JobAnalysisUpdate, JobCoaches, SupportedEmploymentPage, SupportedEmploymentStageChange, SupportedEmploymentStart,
  SupportedEmploymentUpdate, VocationalProfile, VocationalProfileSave,
} from '../../../contracts/supported-employment.ts';
import { contextOf } from '../../http/context.ts';
import * as se from './supported-employment.service.ts';

const tags = ['supported employment'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
// The engagement update may carry the signed agreement of up to 5 MB as base64 (4/3 larger) in JSON.
const AGREEMENT_BODY_LIMIT = Math.ceil(PARTICIPANT_LIMITS.attachmentMaxBytes / 3) * 4 + 64 * 1024;

export function supportedEmploymentRoutes(app: App, { db }: Deps) {
  app.get('/api/cases/:id/supported-employment', {
    schema: {
      tags, summary: 'The supported-employment page of a case: the process (null until started), stage facts, profile, job analyses, job-finding and placement summaries; audited',
      params: IdParams, response: { 200: SupportedEmploymentPage, ...errors },
    },
  }, (request) => se.page(contextOf(request, db), request.params.id));

  app.post('/api/cases/:id/supported-employment', {
    schema: {
      tags, summary: 'Start the process with a job coach of the organisation (who joins the case team); one per case',
      params: IdParams, body: SupportedEmploymentStart, response: { 201: SupportedEmploymentPage, ...errors },
    },
  }, async (request, reply) => reply.status(201).send(await se.start(contextOf(request, db), request.params.id, request.body)));

  app.patch('/api/cases/:id/supported-employment', {
    bodyLimit: AGREEMENT_BODY_LIMIT,
    schema: {
      tags, summary: 'The engagement record (informed choice, agreement and its signed copy, disclosure), the coach, or the end of the process; send the version read',
      params: IdParams, body: SupportedEmploymentUpdate, response: { 200: SupportedEmploymentPage, 413: ErrorResponse, ...errors },
    },
  }, (request) => se.update(contextOf(request, db), request.params.id, request.body));

  app.post('/api/cases/:id/supported-employment/stage', {
    schema: {
      tags, summary: 'Move the process forward one stage (its condition must hold) or back to an earlier one with a reason',
      params: IdParams, body: SupportedEmploymentStageChange, response: { 200: SupportedEmploymentPage, ...errors },
    },
  }, (request) => se.changeStage(contextOf(request, db), request.params.id, request.body));

  app.get('/api/cases/:id/supported-employment/coaches', {
    schema: { tags, summary: 'Active job coaches of the case\'s organisation, for the start form and a coach change', params: IdParams, response: { 200: JobCoaches, ...errors } },
  }, (request) => se.coaches(contextOf(request, db), request.params.id));

  app.get('/api/cases/:id/vocational-profile', {
    schema: { tags, summary: 'The vocational profile of a case (version 0 and empty while there is none); audited', params: IdParams, response: { 200: VocationalProfile, ...errors } },
  }, (request) => se.showProfile(contextOf(request, db), request.params.id));

  app.put('/api/cases/:id/vocational-profile', {
    schema: {
      tags, summary: 'Save the vocational profile; send the version read (0 the first time). Skills are trimmed and de-duplicated; occupations are ISCO-08 unit groups',
      params: IdParams, body: VocationalProfileSave, response: { 200: VocationalProfile, ...errors },
    },
  }, (request) => se.saveProfile(contextOf(request, db), request.params.id, request.body));

  app.get('/api/cases/:id/job-analyses', {
    schema: { tags, summary: 'The job analyses of a case, newest first; audited', params: IdParams, response: { 200: Type.Array(JobAnalysis), ...errors } },
  }, (request) => se.listJobAnalyses(contextOf(request, db), request.params.id));

  app.post('/api/cases/:id/job-analyses', {
    schema: { tags, summary: 'Record a job analysis with an employer of the organisation, and the support plan agreed with it', params: IdParams, body: JobAnalysisCreate, response: { 201: JobAnalysis, ...errors } },
  }, async (request, reply) => reply.status(201).send(await se.createJobAnalysis(contextOf(request, db), request.params.id, request.body)));

  app.patch('/api/job-analyses/:id', {
    schema: { tags, summary: 'Change a job analysis; send the version read', params: IdParams, body: JobAnalysisUpdate, response: { 200: JobAnalysis, ...errors } },
  }, (request) => se.updateJobAnalysis(contextOf(request, db), request.params.id, request.body));
}
