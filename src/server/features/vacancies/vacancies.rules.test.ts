import { describe, expect, it } from 'vitest';
import {
  decodeVacancyCursor, encodeVacancyCursor, fullTimeWageCents, isBelowMinimum, languageIssues, normaliseLanguages, normaliseSkills,
  skillIssues, statusIssues, vacancyIssues, vacancyWarnings, weeklyHours, type VacancyFacts,
} from './vacancies.rules.ts';

const MINIMUM = 115_300; // 1,153 € a month
const facts = (extra: Partial<VacancyFacts> = {}): VacancyFacts => ({
  iscoCode: '7212', opensOn: '2026-12-01', closesOn: '2027-01-31', hours: 'full_time', hoursPerWeek: null, wageMinCents: 150_000, wageMaxCents: 180_000, ...extra,
});

describe('a vacancy\'s dates, wage range and occupation', () => {
  it('accepts a well-formed vacancy, also one closing the day it opens or with no end', () => {
    expect(vacancyIssues(facts(), true)).toEqual([]);
    expect(vacancyIssues(facts({ closesOn: '2026-12-01' }), true)).toEqual([]);
    expect(vacancyIssues(facts({ closesOn: null, wageMaxCents: null }), true)).toEqual([]);
  });

  it('refuses closing before opening, naming the opening date', () => {
    expect(vacancyIssues(facts({ closesOn: '2026-11-30' }), true)).toEqual([{ field: 'closesOn', problem: 'closes_before_opens', params: { opensOn: '2026-12-01' } }]);
  });

  it('refuses a highest wage below the lowest', () => {
    expect(vacancyIssues(facts({ wageMinCents: 150_000, wageMaxCents: 120_000 }), true)).toEqual([{ field: 'wageMaxCents', problem: 'wage_max_below_min', params: { min: 1500 } }]);
  });

  it('refuses a code that is not an existing 4-digit unit group', () => {
    expect(vacancyIssues(facts({ iscoCode: '72' }), true)).toEqual([{ field: 'iscoCode', problem: 'unknown_occupation' }]);
    expect(vacancyIssues(facts({ iscoCode: '9999' }), false)).toEqual([{ field: 'iscoCode', problem: 'unknown_occupation' }]);
  });

  it('reports every problem at once', () => {
    expect(vacancyIssues(facts({ iscoCode: 'x', closesOn: '2026-01-01', wageMaxCents: 1 }), false).map((i) => i.field)).toEqual(['iscoCode', 'closesOn', 'wageMaxCents']);
  });
});

describe('skills and languages', () => {
  it('trims skills, drops blanks and repeats ignoring case, keeps the order', () => {
    expect(normaliseSkills(['  MIG suvirinimas ', 'mig suvirinimas', '', '  ', 'Brėžinių   skaitymas', 'Šaltkalvystė'])).toEqual(['MIG suvirinimas', 'Brėžinių skaitymas', 'Šaltkalvystė']);
  });

  it('allows at most 30 skills after cleaning', () => {
    const many = Array.from({ length: 31 }, (_, i) => `Įgūdis ${i}`);
    expect(skillIssues(normaliseSkills(many))).toEqual([{ field: 'skills', problem: 'too_many', params: { max: 30 } }]);
    expect(skillIssues(normaliseSkills([...many.slice(0, 30), 'įgūdis 0']))).toEqual([]);
  });

  it('takes the work languages (also "rom") and two-letter codes, nothing else', () => {
    expect(normaliseLanguages(['LT', 'ru', 'lt'])).toEqual(['lt', 'ru']);
    expect(languageIssues(['lt', 'rom', 'fi'])).toEqual([]);
    expect(languageIssues(['lt', 'xyz', '1a'])).toEqual([{ field: 'languages.1', problem: 'unknown_language' }, { field: 'languages.2', problem: 'unknown_language' }]);
  });
});

describe('the legal minimum wage, pro rata', () => {
  it('counts full time without hours as 40 hours, and part-time or flexible without hours as unknown', () => {
    expect(weeklyHours('full_time', null)).toBe(40);
    expect(weeklyHours('part_time', 20)).toBe(20);
    expect(weeklyHours('flexible', null)).toBeNull();
    expect(fullTimeWageCents({ hours: 'part_time', hoursPerWeek: null, wageMinCents: 50_000, wageMaxCents: null })).toBeNull();
  });

  it('warns when wage × 40 / hours is below the minimum, also for part-time', () => {
    expect(isBelowMinimum({ hours: 'full_time', hoursPerWeek: null, wageMinCents: 100_000, wageMaxCents: null }, MINIMUM)).toBe(true);
    expect(isBelowMinimum({ hours: 'full_time', hoursPerWeek: null, wageMinCents: 115_300, wageMaxCents: null }, MINIMUM)).toBe(false);
    // 600 € for 20 hours is 1,200 € for 40: fine; 550 € for 20 is 1,100 €: below.
    expect(isBelowMinimum({ hours: 'part_time', hoursPerWeek: 20, wageMinCents: 60_000, wageMaxCents: null }, MINIMUM)).toBe(false);
    expect(isBelowMinimum({ hours: 'part_time', hoursPerWeek: 20, wageMinCents: 55_000, wageMaxCents: null }, MINIMUM)).toBe(true);
    // Only the highest wage given: that is what is compared.
    expect(isBelowMinimum({ hours: 'full_time', hoursPerWeek: null, wageMinCents: null, wageMaxCents: 90_000 }, MINIMUM)).toBe(true);
    expect(isBelowMinimum({ hours: 'full_time', hoursPerWeek: null, wageMinCents: null, wageMaxCents: null }, MINIMUM)).toBe(false);
  });

  it('words the warning in the reader\'s language, with the minimum from configuration', () => {
    const [lt] = vacancyWarnings({ hours: 'part_time', hoursPerWeek: 20, wageMinCents: 50_000, wageMaxCents: null }, MINIMUM, 'lt');
    expect(lt).toEqual({
      code: 'VACANCY.WAGE_BELOW_MINIMUM',
      message: 'Siūlomas atlyginimas, perskaičiavus visam darbo laikui (40 val. per savaitę), mažesnis už minimalią mėnesinę algą (1153,00 €). Darbo vieta išsaugota; patikrinkite atlyginimą su darbdaviu.'.replace('1153,00', new Intl.NumberFormat('lt-LT', { minimumFractionDigits: 2 }).format(1153)),
      params: { minimum: 1153, fullTimeCents: 100_000 },
    });
    const [en] = vacancyWarnings({ hours: 'full_time', hoursPerWeek: null, wageMinCents: 100_000, wageMaxCents: null }, 120_000, 'en');
    expect(en!.message).toContain('(1,200.00 €)');
    expect(vacancyWarnings({ hours: 'full_time', hoursPerWeek: null, wageMinCents: 200_000, wageMaxCents: null }, MINIMUM, 'en')).toEqual([]);
  });
});

describe('status and cursor', () => {
  it('does not turn an opened vacancy back into a draft', () => {
    expect(statusIssues('open', 'draft')).toEqual([{ field: 'status', problem: 'choice' }]);
    expect(statusIssues('draft', 'open')).toEqual([]);
    expect(statusIssues('filled', 'open')).toEqual([]);
  });

  it('round-trips the cursor and refuses one that is not ours', () => {
    const cursor = { opensOn: '2026-12-01', id: '3f1c2b9e-8a55-4c3e-9a5b-0d8e6f1a2b3c' };
    expect(decodeVacancyCursor(encodeVacancyCursor(cursor))).toEqual(cursor);
    expect(decodeVacancyCursor('garbage')).toBeNull();
  });
});
