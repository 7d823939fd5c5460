import { describe, expect, it } from 'vitest';
import { checkFactDates, consentWarnings, maskPersonalCode, resolveIdentity, todayInLithuania } from './participants.rules.ts';
import { withCheckDigit } from './personal-code.rules.ts';

const TODAY = '2026-11-23';
const noFacts = { registeredUnemployedSince: null, notWorkingSince: null, receivesSocialAssistance: null, socialAssistanceSince: null };

describe('identity from the personal code', () => {
  it('fills in birth date and sex, trimming spaces around the code; an empty code means none', () => {
    expect(resolveIdentity({ personalCode: ' 38501011239 ', birthDate: undefined, sex: undefined }, TODAY))
      .toEqual({ personalCode: '38501011239', birthDate: '1985-01-01', sex: 'male', issues: [], codeInvalid: false });
    expect(resolveIdentity({ personalCode: '', birthDate: '1990-01-01', sex: null }, TODAY)).toMatchObject({ personalCode: null, birthDate: '1990-01-01', issues: [] });
  });

  it('lets a person be non-binary whatever the code says, but not the opposite binary sex', () => {
    expect(resolveIdentity({ personalCode: '38501011239', birthDate: undefined, sex: 'non_binary' }, TODAY)).toMatchObject({ sex: 'non_binary', issues: [] });
    expect(resolveIdentity({ personalCode: '38501011239', birthDate: undefined, sex: 'female' }, TODAY).issues).toEqual([{ field: 'sex', problem: 'sex_mismatch' }]);
  });

  it('checks a given birth date against the year and month of a code with an unknown day', () => {
    const code = withCheckDigit('4850600123');
    expect(resolveIdentity({ personalCode: code, birthDate: '1985-06-17', sex: undefined }, TODAY)).toMatchObject({ birthDate: '1985-06-17', sex: 'female', issues: [] });
    expect(resolveIdentity({ personalCode: code, birthDate: '1985-07-17', sex: undefined }, TODAY).issues)
      .toEqual([{ field: 'birthDate', problem: 'birth_date_mismatch', params: { fromCode: '1985-06' } }]);
  });

  it('reports a wrong code and a future birth date as such', () => {
    expect(resolveIdentity({ personalCode: '38501011238', birthDate: '2030-01-01', sex: undefined }, TODAY)).toMatchObject({
      codeInvalid: true,
      issues: [{ field: 'personalCode', problem: 'personal_code_checksum' }, { field: 'birthDate', problem: 'date_in_future' }],
    });
  });
});

describe('dates of the facts eligibility reads', () => {
  it('accepts today and the birth day itself as boundaries', () => {
    expect(checkFactDates({ birthDate: '1990-01-01', ...noFacts, registeredUnemployedSince: TODAY, notWorkingSince: '1990-01-01' }, TODAY)).toEqual([]);
  });
  it('refuses tomorrow, the day before birth, and an assistance date for someone who receives none', () => {
    expect(checkFactDates({ birthDate: '1990-01-01', registeredUnemployedSince: '2026-11-24', notWorkingSince: '1989-12-31', receivesSocialAssistance: false, socialAssistanceSince: '2020-01-01' }, TODAY)).toEqual([
      { field: 'registeredUnemployedSince', problem: 'date_in_future' },
      { field: 'notWorkingSince', problem: 'before_birth', params: { birthDate: '1990-01-01' } },
      { field: 'socialAssistanceSince', problem: 'not_receiving_assistance' },
    ]);
  });
});

describe('consents and masking', () => {
  it('warns for expected purposes without a consent live today', () => {
    const consents = [
      { purpose: 'case_management', given_on: '2026-01-01', withdrawn_on: null },
      { purpose: 'job_mediation', given_on: '2026-01-01', withdrawn_on: TODAY },
    ];
    expect(consentWarnings(consents, TODAY)).toEqual(['job_mediation']);
    expect(consentWarnings(consents, '2025-12-31')).toEqual(['case_management', 'job_mediation']);
    expect(consentWarnings(consents, '2026-11-22')).toEqual([]);
  });
  it('masks all but the last four digits of a code', () => {
    expect(maskPersonalCode('38501011239')).toBe('*******1239');
    expect(maskPersonalCode(null)).toBeNull();
  });
  it('takes today in Vilnius, not in the server\'s time zone', () => {
    expect(todayInLithuania(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
  });
});
