import { AppError, errors } from '../../http/errors.ts';
import type { DuplicateCandidate } from '../../../contracts/participants.ts';
import type { FieldIssue } from './participants.rules.ts';

// Error factories of the participant registry, with stable codes (contracts/errors.ts).
export const participantErrors = {
  /** Field problems; the code says PARTICIPANT.INVALID_PERSONAL_CODE when the personal code is among them. */
  invalidFields: (issues: FieldIssue[], codeInvalid: boolean) =>
    codeInvalid ? new AppError('PARTICIPANT.INVALID_PERSONAL_CODE', 400, { details: { fields: issues } }) : errors.validation(issues),
  duplicateCode: (existingId: string) =>
    new AppError('PARTICIPANT.DUPLICATE_CODE', 409, { details: { existingId, fields: [{ field: 'personalCode', problem: 'invalid' }] } }),
  possibleDuplicate: (candidates: DuplicateCandidate[]) => new AppError('PARTICIPANT.POSSIBLE_DUPLICATE', 409, { details: { candidates } }),
  noSpecialDataBasis: () => new AppError('PARTICIPANT.NO_SPECIAL_DATA_BASIS', 409),
  alreadyWithdrawn: () => new AppError('CONSENT.ALREADY_WITHDRAWN', 409),
};

/** PostgreSQL's unique_violation, raised when two people are registered with one code at the same moment. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
