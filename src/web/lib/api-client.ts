import i18next from 'i18next';
import type { FieldError } from '../../contracts/errors.ts';

// The one way the web app talks to the server: same-origin JSON, the CSRF token on
// every change, and errors turned into ApiError with the server's stable code.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field errors of a VALIDATION.FAILED answer, empty for anything else. */
  get fields(): FieldError[] {
    const fields = (this.details as { fields?: unknown } | undefined)?.fields;
    return Array.isArray(fields) ? (fields as FieldError[]) : [];
  }
}

let csrfToken = '';
let onUnauthorized: () => void = () => {};

export function setCsrfToken(token: string) {
  csrfToken = token;
}

/** Called when the server says the session is gone (401 AUTH.REQUIRED). */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

/** One page of a list, as every list endpoint answers. */
export interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Leave a 401 to the caller instead of sending the user to the sign-in page. */
  quietUnauthorized?: boolean;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  // The server writes its messages in this language, so they match the page even
  // before the language cookie exists.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18next.language || 'lt' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const apiError = new ApiError(response.status, error?.code ?? 'INTERNAL', error?.message ?? '', error?.details);
  if (response.status === 401 && apiError.code === 'AUTH.REQUIRED' && !options.quietUnauthorized) onUnauthorized();
  throw apiError;
}
