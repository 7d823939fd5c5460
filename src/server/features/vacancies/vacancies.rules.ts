import { WORK_LANGUAGES, type HoursKind, type VacancyStatus } from '../../../contracts/employment.ts';
import { interpolate, type FieldError } from '../../../contracts/errors.ts';
import type { Language } from '../../../contracts/roles.ts';
import { VACANCY_LIMITS, WARNING_MESSAGES, type VacancyWarning } from '../../../contracts/vacancies.ts';

// Rules of vacancies, pure so they are tested without a database (vacancies.rules.test.ts).

export type FieldProblem = Omit<FieldError, 'message'>;

export interface VacancyFacts {
  iscoCode: string;
  opensOn: string;
  closesOn: string | null;
  hours: HoursKind;
  hoursPerWeek: number | null;
  wageMinCents: number | null;
  wageMaxCents: number | null;
}

/** Skills as people typed them: trimmed, blanks and repeats (ignoring case) removed, in the order given. */
export function normaliseSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const skill of skills) {
    const trimmed = skill.trim().replace(/\s+/g, ' ');
    const key = trimmed.toLocaleLowerCase('lt');
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

export function skillIssues(skills: readonly string[]): FieldProblem[] {
  return skills.length > VACANCY_LIMITS.skillsMax ? [{ field: 'skills', problem: 'too_many', params: { max: VACANCY_LIMITS.skillsMax } }] : [];
}

/** Languages as lower-case codes, repeats removed. */
export function normaliseLanguages(languages: readonly string[]): string[] {
  return [...new Set(languages.map((code) => code.trim().toLowerCase()))];
}

/** Each language is one of WORK_LANGUAGES or a two-letter ISO 639-1 code. */
export function languageIssues(languages: readonly string[]): FieldProblem[] {
  const known: readonly string[] = WORK_LANGUAGES;
  return languages.flatMap((code, index) => (known.includes(code) || /^[a-z]{2}$/.test(code) ? [] : [{ field: `languages.${index}`, problem: 'unknown_language' as const }]));
}

/** The problems of a vacancy's dates, wage range and occupation; `isKnownUnitGroup` asks the classification. */
export function vacancyIssues(facts: VacancyFacts, isKnownUnitGroup: boolean): FieldProblem[] {
  const issues: FieldProblem[] = [];
  if (!/^[0-9]{4}$/.test(facts.iscoCode) || !isKnownUnitGroup) issues.push({ field: 'iscoCode', problem: 'unknown_occupation' });
  if (facts.closesOn !== null && facts.closesOn < facts.opensOn) issues.push({ field: 'closesOn', problem: 'closes_before_opens', params: { opensOn: facts.opensOn } });
  if (facts.wageMinCents !== null && facts.wageMaxCents !== null && facts.wageMaxCents < facts.wageMinCents) {
    issues.push({ field: 'wageMaxCents', problem: 'wage_max_below_min', params: { min: euros(facts.wageMinCents) } });
  }
  return issues;
}

/** A vacancy once filled or closed is not a draft again. */
export function statusIssues(from: VacancyStatus, to: VacancyStatus | undefined): FieldProblem[] {
  return to === 'draft' && from !== 'draft' ? [{ field: 'status', problem: 'choice' }] : [];
}

/** Hours a week the wage is paid for: as given, 40 for full time without hours, unknown otherwise. */
export function weeklyHours(hours: HoursKind, hoursPerWeek: number | null): number | null {
  if (hoursPerWeek !== null) return hoursPerWeek;
  return hours === 'full_time' ? VACANCY_LIMITS.fullTimeHours : null;
}

/**
 * The wage offered, counted for full time: wage × 40 / hours a week. Null when there is no
 * wage, or the hours of a part-time or flexible job are not known (nothing to compare).
 */
export function fullTimeWageCents(facts: Pick<VacancyFacts, 'hours' | 'hoursPerWeek' | 'wageMinCents' | 'wageMaxCents'>): number | null {
  const wage = facts.wageMinCents ?? facts.wageMaxCents;
  const hours = weeklyHours(facts.hours, facts.hoursPerWeek);
  if (wage === null || hours === null) return null;
  return Math.round((wage * VACANCY_LIMITS.fullTimeHours) / hours);
}

export function isBelowMinimum(facts: Parameters<typeof fullTimeWageCents>[0], minimumMonthlyCents: number): boolean {
  const fullTime = fullTimeWageCents(facts);
  return fullTime !== null && fullTime < minimumMonthlyCents;
}

const euros = (cents: number) => cents / 100;

function formatEuros(amount: number, language: Language): string {
  return new Intl.NumberFormat(language === 'lt' ? 'lt-LT' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
}

/** The warnings a vacancy is shown with: computed on each read from the configured minimum wage. */
export function vacancyWarnings(facts: Parameters<typeof fullTimeWageCents>[0], minimumMonthlyCents: number, language: Language): VacancyWarning[] {
  const fullTime = fullTimeWageCents(facts);
  if (fullTime === null || fullTime >= minimumMonthlyCents) return [];
  const minimum = euros(minimumMonthlyCents);
  return [{
    code: 'VACANCY.WAGE_BELOW_MINIMUM',
    message: interpolate(WARNING_MESSAGES['VACANCY.WAGE_BELOW_MINIMUM'][language], { minimum: formatEuros(minimum, language) }),
    params: { minimum, fullTimeCents: fullTime },
  }];
}

export interface VacancyCursor { opensOn: string; id: string }

export function encodeVacancyCursor(row: VacancyCursor): string {
  return Buffer.from(JSON.stringify([row.opensOn, row.id])).toString('base64url');
}

export function decodeVacancyCursor(cursor: string): VacancyCursor | null {
  try {
    const [opensOn, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof opensOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(opensOn) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { opensOn, id };
  } catch {
    // Not base64 JSON: not ours.
  }
  return null;
}
