import { describe, expect, it } from 'vitest';
import { checkCompanyCode, coachIssues, contactDateIssues, decodeContactCursor, employerKeys, encodeContactCursor } from './employers.rules.ts';

describe('the company code', () => {
  it('is kept as 9 digits, typed with spaces or dashes; empty is none', () => {
    expect(checkCompanyCode('302 456-789')).toEqual({ companyCode: '302456789', issues: [] });
    expect(checkCompanyCode('  ')).toEqual({ companyCode: null, issues: [] });
    expect(checkCompanyCode(null)).toEqual({ companyCode: null, issues: [] });
  });

  it('is a field error when it is not 9 digits', () => {
    expect(checkCompanyCode('12345').issues).toEqual([{ field: 'companyCode', problem: 'company_code' }]);
    expect(checkCompanyCode('30245678A').issues).toEqual([{ field: 'companyCode', problem: 'company_code' }]);
    expect(checkCompanyCode('3024567890').issues).toEqual([{ field: 'companyCode', problem: 'company_code' }]);
  });
});

describe('the employer\'s coach', () => {
  it('is a job coach of the organisation', () => {
    expect(coachIssues(['job_coach'])).toEqual([]);
    expect(coachIssues(['case_manager', 'job_coach'])).toEqual([]);
    expect(coachIssues(['case_manager'])).toEqual([{ field: 'coachId', problem: 'not_job_coach' }]);
    expect(coachIssues([])).toEqual([{ field: 'coachId', problem: 'not_organisation_staff' }]);
  });
});

describe('keys and dates', () => {
  it('orders Lithuanian names and searches the folded name and code', () => {
    const keys = ['Žalias kelias', 'Čiulbuonis', 'Cukrus', 'Zuikis'].map((name) => [name, employerKeys(name, null).sort_key] as const);
    expect([...keys].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([name]) => name)).toEqual(['Cukrus', 'Čiulbuonis', 'Zuikis', 'Žalias kelias']);
    expect(employerKeys('UAB „Šilas“', '302456789').search_key).toBe('uab „silas“ 302456789');
  });

  it('refuses a contact in the future or before the case was opened', () => {
    expect(contactDateIssues('2026-11-22', '2026-11-22', null)).toEqual([]);
    expect(contactDateIssues('2026-11-23', '2026-11-22', null)).toEqual([{ field: 'contactedOn', problem: 'date_in_future' }]);
    expect(contactDateIssues('2026-01-01', '2026-11-22', '2026-02-01')).toEqual([{ field: 'contactedOn', problem: 'before_case_opened', params: { openedOn: '2026-02-01' } }]);
  });

  it('round-trips the contacts cursor and refuses one that is not ours', () => {
    const cursor = { contactedOn: '2026-11-22', id: '3f1c2b9e-8a55-4c3e-9a5b-0d8e6f1a2b3c' };
    expect(decodeContactCursor(encodeContactCursor(cursor))).toEqual(cursor);
    expect(decodeContactCursor('nope')).toBeNull();
  });
});
