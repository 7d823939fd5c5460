import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, FIELD_MESSAGES, interpolate, type ErrorCode, type FieldError, type FieldProblem } from '../../contracts/errors.ts';
import type { Language } from '../../contracts/roles.ts';
import { AppError } from './errors.ts';
import { requestLanguage } from './language.ts';

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  schema?: unknown;
}

function problemOf(error: AjvError): { problem: FieldProblem; params?: Record<string, string | number> } {
  switch (error.keyword) {
    case 'required':
      return { problem: 'required' };
    case 'minLength':
      return error.params.limit === 1 ? { problem: 'required' } : { problem: 'too_short', params: { min: Number(error.params.limit) } };
    case 'maxLength':
      return { problem: 'too_long', params: { max: Number(error.params.limit) } };
    case 'pattern':
      return { problem: error.params.pattern === '\\S' ? 'blank' : 'invalid' };
    case 'format':
      return { problem: error.params.format === 'email' ? 'email' : error.params.format === 'date' ? 'date' : 'invalid' };
    case 'minimum':
      return { problem: 'too_small', params: { min: Number(error.params.limit) } };
    case 'maximum':
      return { problem: 'too_large', params: { max: Number(error.params.limit) } };
    case 'const':
    case 'enum':
    case 'anyOf':
      return { problem: 'choice' };
    case 'additionalProperties':
      return { problem: 'unknown_field' };
    default:
      return { problem: 'invalid' };
  }
}

function fieldOf(error: AjvError): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const child =
    error.keyword === 'required' ? error.params.missingProperty :
    error.keyword === 'additionalProperties' ? error.params.additionalProperty : undefined;
  return [path, child].filter(Boolean).join('.');
}

export function fieldErrors(validation: AjvError[], language: Language): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of validation) {
    const field = fieldOf(error);
    const { problem, params } = problemOf(error);
    const known = byField.get(field);
    // A union reports one error per branch. "Choose one of the offered values" is only
    // right when no branch said something more precise (such as "not an e-mail").
    if (known && (known.problem !== 'choice' || problem === 'choice')) continue;
    byField.set(field, { field, problem, ...(params ? { params } : {}), message: interpolate(FIELD_MESSAGES[problem][language], params) });
  }
  return [...byField.values()];
}

function send(reply: FastifyReply, status: number, code: ErrorCode, language: Language, params: Record<string, string | number> = {}, details?: unknown) {
  const message = interpolate(ERROR_MESSAGES[code][language], params);
  return reply.status(status).send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

function localiseDetails(details: unknown, language: Language): unknown {
  const fields = (details as { fields?: Omit<FieldError, 'message'>[] } | undefined)?.fields;
  if (!fields) return details;
  return {
    ...(details as object),
    fields: fields.map((field) => ({ ...field, message: interpolate(FIELD_MESSAGES[field.problem][language], field.params) })),
  };
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    const language = requestLanguage(request);
    if (error instanceof AppError) {
      return send(reply, error.status, error.code, language, error.params, localiseDetails(error.details, language));
    }
    if (error.validation) {
      return send(reply, 400, 'VALIDATION.FAILED', language, {}, {
        in: error.validationContext,
        fields: fieldErrors(error.validation as AjvError[], language),
      });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, 400, 'REQUEST.MALFORMED', language);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, 'REQUEST.TOO_LARGE', language);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', language);
    }
    if (error.statusCode === 400 && error instanceof SyntaxError) return send(reply, 400, 'REQUEST.MALFORMED', language);
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', language);
  });
}
