import type { FieldError } from '../../../contracts/errors.ts';
import { EXPECTED_CONSENT_PURPOSES } from '../../../contracts/participants.ts';
import { checkPersonalCode } from './personal-code.rules.ts';

// Pure rules of the participant registry: what the personal code says about a person,
// which dates make sense, what a list may show of the code, which consents are live.

export type FieldIssue = Omit<FieldError, 'message'>;
type Sex = 'female' | 'male' | 'non_binary';

/** Today's date where Kelias is used ('YYYY-MM-DD' in Europe/Vilnius), whatever the server's time zone. */
export function todayInLithuania(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(now);
}

/** A list shows only the last four digits: enough to tell two people apart, not enough to copy the code. */
export function maskPersonalCode(code: string | null): string | null {
  return code === null ? null : `${'*'.repeat(Math.max(0, code.length - 4))}${code.slice(-4)}`;
}

export interface IdentityInput {
  /** undefined or null: no code. Spaces around it are ignored; an empty text means no code. */
  personalCode: string | null | undefined;
  /** undefined: take it from the code if the code has one. */
  birthDate: string | null | undefined;
  sex: Sex | null | undefined;
}

export interface Identity {
  personalCode: string | null;
  birthDate: string | null;
  sex: Sex | null;
  issues: FieldIssue[];
  /** True when the personal code itself is wrong (the API answers PARTICIPANT.INVALID_PERSONAL_CODE). */
  codeInvalid: boolean;
}

/**
 * Birth date and sex come from the personal code when they are not given, and must agree
 * with it when they are. 'non_binary' never contradicts a code: the code records only
 * female or male, while ESF+ counts non-binary participants as they declare themselves.
 */
export function resolveIdentity(input: IdentityInput, today: string): Identity {
  const code = input.personalCode?.trim() || null;
  const issues: FieldIssue[] = [];
  let birthDate = input.birthDate ?? null;
  let sex = input.sex ?? null;
  let codeInvalid = false;
  if (code !== null) {
    const check = checkPersonalCode(code, today);
    if (!check.valid) {
      codeInvalid = true;
      issues.push({ field: 'personalCode', problem: `personal_code_${check.problem}` });
    } else {
      if (check.birthDate !== null) {
        if (birthDate === null) birthDate = check.birthDate;
        else if (birthDate !== check.birthDate) issues.push({ field: 'birthDate', problem: 'birth_date_mismatch', params: { fromCode: check.birthDate } });
      } else if (birthDate !== null && code[0] !== '9') {
        // A code with an unknown month or day (00) still fixes the year, and the month when known.
        const known = `${code[0]! <= '2' ? 18 : code[0]! <= '4' ? 19 : 20}${code.slice(1, 3)}${code.slice(3, 5) === '00' ? '' : `-${code.slice(3, 5)}`}`;
        if (!birthDate.startsWith(known)) issues.push({ field: 'birthDate', problem: 'birth_date_mismatch', params: { fromCode: known } });
      }
      if (check.sex !== null) {
        if (sex === null) sex = check.sex;
        else if (sex !== check.sex && sex !== 'non_binary') issues.push({ field: 'sex', problem: 'sex_mismatch' });
      }
    }
  }
  if (birthDate !== null && birthDate > today && !issues.some((issue) => issue.field === 'birthDate')) {
    issues.push({ field: 'birthDate', problem: 'date_in_future' });
  }
  return { personalCode: code, birthDate, sex, issues, codeInvalid };
}

export interface Facts {
  birthDate: string | null;
  registeredUnemployedSince: string | null;
  notWorkingSince: string | null;
  receivesSocialAssistance: boolean | null;
  socialAssistanceSince: string | null;
}

/** The "since" dates eligibility rules read: none in the future, none before birth. */
export function checkFactDates(facts: Facts, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ['registeredUnemployedSince', 'notWorkingSince', 'socialAssistanceSince'] as const) {
    const value = facts[field];
    if (value === null) continue;
    if (value > today) issues.push({ field, problem: 'date_in_future' });
    else if (facts.birthDate !== null && value < facts.birthDate) issues.push({ field, problem: 'before_birth', params: { birthDate: facts.birthDate } });
  }
  if (facts.receivesSocialAssistance === false && facts.socialAssistanceSince !== null) {
    issues.push({ field: 'socialAssistanceSince', problem: 'not_receiving_assistance' });
  }
  return issues;
}

export interface ConsentFact {
  purpose: string;
  given_on: string;
  withdrawn_on: string | null;
}

/** A consent (or other legal basis) is live from the day it was given until the day it is withdrawn. */
export function isLive(consent: ConsentFact, today: string): boolean {
  return consent.given_on <= today && (consent.withdrawn_on === null || consent.withdrawn_on > today);
}

/** Expected purposes without a live consent today, in a fixed order, for screens to warn about. */
export function consentWarnings(consents: readonly ConsentFact[], today: string): string[] {
  return EXPECTED_CONSENT_PURPOSES.filter((purpose) => !consents.some((consent) => consent.purpose === purpose && isLive(consent, today)));
}
