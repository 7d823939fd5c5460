import type { ErrorCode, FieldError } from '../../contracts/errors.ts';

// The one error type the application throws on purpose. The error handler turns it
// into { error: { code, message, details } } with the message in the user's language.
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: Record<string, string | number>;
  readonly details: unknown;

  constructor(code: ErrorCode, status: number, options: { params?: Record<string, string | number>; details?: unknown } = {}) {
    super(code);
    this.code = code;
    this.status = status;
    this.params = options.params ?? {};
    this.details = options.details;
  }
}

export const errors = {
  invalidCredentials: () => new AppError('AUTH.INVALID_CREDENTIALS', 401),
  tooManyAttempts: (minutes: number) => new AppError('AUTH.TOO_MANY_ATTEMPTS', 429, { params: { minutes } }),
  signInRequired: () => new AppError('AUTH.REQUIRED', 401),
  csrfFailed: () => new AppError('AUTH.CSRF_FAILED', 403),
  wrongCurrentPassword: () =>
    new AppError('AUTH.WRONG_CURRENT_PASSWORD', 400, {
      details: { fields: [{ field: 'currentPassword', problem: 'invalid' }] },
    }),
  forbidden: () => new AppError('ACCESS.FORBIDDEN', 403),
  notFound: () => new AppError('RESOURCE.NOT_FOUND', 404),
  recordChanged: (currentVersion: number) => new AppError('RECORD.CHANGED', 409, { details: { currentVersion } }),
  emailTaken: (existingId?: string) =>
    new AppError('USER.EMAIL_TAKEN', 409, {
      details: { fields: [{ field: 'email', problem: 'invalid' }], existingId },
    }),
  ownAccess: () => new AppError('USER.OWN_ACCESS', 400),
  coordinatorNotMember: () =>
    new AppError('CENTRE.COORDINATOR_NOT_MEMBER', 400, {
      details: { fields: [{ field: 'coordinatorId', problem: 'invalid' }] },
    }),
  validation: (fields: Omit<FieldError, 'message'>[]) => new AppError('VALIDATION.FAILED', 400, { details: { fields } }),
};
