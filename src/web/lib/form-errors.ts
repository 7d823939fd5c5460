import { ApiError } from './api-client.ts';

// Turns a failed request into what a form shows: a message for the summary at the
// top, and one message per field, keyed by the field's name in the API.

export interface FormProblem {
  code: string;
  message: string;
  fields: Record<string, string>;
}

export function formProblemOf(error: unknown, fallbackMessage: string): FormProblem {
  if (!(error instanceof ApiError)) return { code: 'INTERNAL', message: fallbackMessage, fields: {} };
  const fields: Record<string, string> = {};
  for (const field of error.fields) fields[field.field] = field.message;
  return { code: error.code, message: error.message || fallbackMessage, fields };
}

/** The id of a form control for an API field name, e.g. ("centre", "memberships.0.role"). */
export function fieldId(form: string, field: string): string {
  return `${form}-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
