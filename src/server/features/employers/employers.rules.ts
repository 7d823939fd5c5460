import { COMPANY_CODE_PATTERN, normaliseCompanyCode } from '../../../contracts/employers.ts';
import type { FieldError } from '../../../contracts/errors.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';

// Rules of employers and employer contacts, pure so they are tested without a database
// (employers.rules.test.ts).

export type FieldProblem = Omit<FieldError, 'message'>;

/** The company code as stored (digits only) and its problem: a juridinio asmens kodas has 9 digits. */
export function checkCompanyCode(text: string | null | undefined): { companyCode: string | null; issues: FieldProblem[] } {
  const companyCode = normaliseCompanyCode(text);
  if (companyCode !== null && !COMPANY_CODE_PATTERN.test(companyCode)) return { companyCode, issues: [{ field: 'companyCode', problem: 'company_code' }] };
  return { companyCode, issues: [] };
}

/** The coach of an employer is a job coach of its organisation: `roles` are the user's there. */
export function coachIssues(roles: readonly string[]): FieldProblem[] {
  if (roles.length === 0) return [{ field: 'coachId', problem: 'not_organisation_staff' }];
  if (!roles.includes('job_coach')) return [{ field: 'coachId', problem: 'not_job_coach' }];
  return [];
}

/** Keys the employer is ordered (Lithuanian order) and searched (folded name and code) by. */
export function employerKeys(name: string, companyCode: string | null) {
  return { sort_key: lithuanianSortKey(name), search_key: searchKey(`${name} ${companyCode ?? ''}`) };
}

/** A contact's date: not in the future, and for a person not before their case was opened. */
export function contactDateIssues(contactedOn: string, today: string, caseOpenedOn: string | null): FieldProblem[] {
  if (contactedOn > today) return [{ field: 'contactedOn', problem: 'date_in_future' }];
  if (caseOpenedOn !== null && contactedOn < caseOpenedOn) return [{ field: 'contactedOn', problem: 'before_case_opened', params: { openedOn: caseOpenedOn } }];
  return [];
}

export interface ContactCursor { contactedOn: string; id: string }

export function encodeContactCursor(row: ContactCursor): string {
  return Buffer.from(JSON.stringify([row.contactedOn, row.id])).toString('base64url');
}

/** The cursor back, or null when it is not one of ours (the caller answers 400). */
export function decodeContactCursor(cursor: string): ContactCursor | null {
  try {
    const [contactedOn, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof contactedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(contactedOn) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { contactedOn, id };
  } catch {
    // Not base64 JSON: not ours.
  }
  return null;
}
