import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { CaseParams } from '../../../contracts/cases.ts';
import {
  Assessment, AssessmentComplete, AssessmentCreate, AssessmentParams, AssessmentSummary, AssessmentUpdate, QuestionnaireParams,
  QuestionnaireSchema, QuestionnaireSummary,
} from '../../../contracts/assessments.ts';
import { contextOf } from '../../http/context.ts';
import * as assessments from './assessments.service.ts';

const tags = ['assessments'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function assessmentRoutes(app: App, { db }: Deps) {
  app.get('/api/questionnaires', {
    schema: { tags, summary: 'The latest version of each questionnaire; names in the user\'s language', response: { 200: Type.Array(QuestionnaireSummary), ...errors } },
  }, (request) => assessments.questionnaires(contextOf(request, db)));

  app.get('/api/questionnaires/:key/:version', {
    schema: { tags, summary: 'One questionnaire version: domains, questions, answer types, scoring (texts in Lithuanian and English)', params: QuestionnaireParams, response: { 200: QuestionnaireSchema, ...errors } },
  }, (request) => assessments.questionnaire(contextOf(request, db), request.params.key, request.params.version));

  app.get('/api/cases/:id/assessments', {
    schema: { tags, summary: 'A case\'s assessments, the latest first, with their profiles; audited', params: CaseParams, response: { 200: Type.Array(AssessmentSummary), ...errors } },
  }, (request) => assessments.list(contextOf(request, db), request.params.id));

  app.post('/api/cases/:id/assessments', {
    schema: { tags, summary: 'Start an assessment (a draft) on the latest version of a questionnaire', params: CaseParams, body: AssessmentCreate, response: { 201: Assessment, ...errors } },
  }, async (request, reply) => reply.status(201).send(await assessments.create(contextOf(request, db), request.params.id, request.body)));

  app.get('/api/assessments/:id', {
    schema: {
      tags, summary: 'An assessment: answers (sensitive ones only for participant.special.read), result, and the comparison with the previous one; audited',
      params: AssessmentParams, response: { 200: Assessment, ...errors },
    },
  }, (request) => assessments.show(contextOf(request, db), request.params.id));

  app.patch('/api/assessments/:id', {
    schema: {
      tags, summary: 'Save answers into a draft (merged; null clears one); each checked against its question; send the version you read',
      params: AssessmentParams, body: AssessmentUpdate, response: { 200: Assessment, ...errors },
    },
  }, (request) => assessments.update(contextOf(request, db), request.params.id, request.body));

  app.post('/api/assessments/:id/complete', {
    schema: {
      tags, summary: 'Complete a draft: every required question answered (400 ASSESSMENT.UNANSWERED lists the missing); scores it',
      params: AssessmentParams, body: AssessmentComplete, response: { 200: Assessment, ...errors },
    },
  }, (request) => assessments.complete(contextOf(request, db), request.params.id, request.body));
}
