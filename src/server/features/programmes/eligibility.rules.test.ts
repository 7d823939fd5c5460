import { describe, expect, it } from 'vitest';
import type { EligibilityFacts, Rule } from '../../../contracts/eligibility.ts';
import { addMonths, ageOn, elapsed, evaluate, explain, moreThanMonths, validateRuleSet } from './eligibility.rules.ts';
import { KAZLU_RUDA_RULES, PROGRAMME_TEMPLATES } from './programme.templates.ts';

const nobody: EligibilityFacts = {
  birthDate: null, registeredUnemployedSince: null, notWorkingSince: null,
  receivesSocialAssistance: null, socialAssistanceSince: null, targetGroups: null, municipality: null,
};
const facts = (over: Partial<EligibilityFacts>): EligibilityFacts => ({ ...nobody, ...over });
const one = (rule: Rule, f: Partial<EligibilityFacts>, date: string) => evaluate(rule, facts(f), date);

describe('calendar month arithmetic', () => {
  it('keeps the day number and clamps to the end of a shorter month', () => {
    expect(addMonths('2023-03-15', 12)).toBe('2024-03-15');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 12)).toBe('2024-01-31');
    expect(addMonths('2023-02-28', 12)).toBe('2024-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });

  it('counts completed months and the days beyond', () => {
    expect(elapsed('2023-03-15', '2024-03-15')).toEqual({ months: 12, days: 0 });
    expect(elapsed('2023-03-15', '2024-03-14')).toEqual({ months: 11, days: 28 });
    expect(elapsed('2023-03-15', '2024-03-16')).toEqual({ months: 12, days: 1 });
    expect(elapsed('2023-01-31', '2023-02-28')).toEqual({ months: 1, days: 0 });
    expect(elapsed('2024-05-01', '2024-04-01')).toEqual({ months: 0, days: 0 });
  });

  it('reads "more than N months" strictly: exactly N months is not more', () => {
    expect(moreThanMonths('2023-03-15', 12, '2024-03-14')).toBe(false);
    expect(moreThanMonths('2023-03-15', 12, '2024-03-15')).toBe(false);
    expect(moreThanMonths('2023-03-15', 12, '2024-03-16')).toBe(true);
    // End of month: 2023-01-31 + 12 months is 2024-01-31.
    expect(moreThanMonths('2023-01-31', 12, '2024-01-31')).toBe(false);
    expect(moreThanMonths('2023-01-31', 12, '2024-02-01')).toBe(true);
    // Day number kept, not "end of month": from 2023-02-28, 12 months end on 2024-02-28.
    expect(moreThanMonths('2023-02-28', 12, '2024-02-28')).toBe(false);
    expect(moreThanMonths('2023-02-28', 12, '2024-02-29')).toBe(true);
    // Clamped: from 2023-01-31, one month ends on 2023-02-28.
    expect(moreThanMonths('2023-01-31', 1, '2023-02-28')).toBe(false);
    expect(moreThanMonths('2023-01-31', 1, '2023-03-01')).toBe(true);
  });

  it('counts age by birthdays; born on 29 February turns older on 28 February in common years', () => {
    expect(ageOn('1994-03-15', '2024-03-14')).toBe(29);
    expect(ageOn('1994-03-15', '2024-03-15')).toBe(30);
    expect(ageOn('1994-03-15', '2024-03-16')).toBe(30);
    expect(ageOn('1996-02-29', '2025-02-27')).toBe(28);
    expect(ageOn('1996-02-29', '2025-02-28')).toBe(29);
    expect(ageOn('1996-02-29', '2024-02-28')).toBe(27);
    expect(ageOn('1996-02-29', '2024-02-29')).toBe(28);
    expect(ageOn('2000-01-01', '1999-12-31')).toBe(0);
  });
});

describe('every rule kind, on the day before, the day of and the day after its boundary', () => {
  const results = (rule: Rule, f: (date: string) => Partial<EligibilityFacts>, dates: string[]) =>
    dates.map((date) => one(rule, f(date), date).rules[0]!.result);

  it('age at least (≥ 30): born 1994-03-15 is 29 on 2024-03-14 and 30 on 2024-03-15', () => {
    expect(results({ kind: 'age', min: 30 }, () => ({ birthDate: '1994-03-15' }), ['2024-03-14', '2024-03-15', '2024-03-16']))
      .toEqual(['fail', 'pass', 'pass']);
  });

  it('age at most (≤ 29): passes until the day before the 30th birthday', () => {
    expect(results({ kind: 'age', max: 29 }, () => ({ birthDate: '1994-03-15' }), ['2024-03-14', '2024-03-15', '2024-03-16']))
      .toEqual(['pass', 'fail', 'fail']);
  });

  it('age between (18–29): both ends inclusive in completed years', () => {
    const rule: Rule = { kind: 'age', min: 18, max: 29 };
    expect(results(rule, () => ({ birthDate: '2006-06-10' }), ['2024-06-09', '2024-06-10', '2024-06-11'])).toEqual(['fail', 'pass', 'pass']);
    expect(results(rule, () => ({ birthDate: '1994-06-10' }), ['2024-06-09', '2024-06-10', '2024-06-11'])).toEqual(['pass', 'fail', 'fail']);
  });

  it('registered unemployed for more than 12 months', () => {
    expect(results({ kind: 'registered_unemployed_months', moreThan: 12 }, () => ({ registeredUnemployedSince: '2023-03-15' }), ['2024-03-14', '2024-03-15', '2024-03-16']))
      .toEqual(['fail', 'fail', 'pass']);
  });

  it('not working for more than 24 months', () => {
    expect(results({ kind: 'not_working_months', moreThan: 24 }, () => ({ notWorkingSince: '2022-03-15' }), ['2024-03-14', '2024-03-15', '2024-03-16']))
      .toEqual(['fail', 'fail', 'pass']);
  });

  it('receives social assistance, and for at least 6 months', () => {
    expect(one({ kind: 'social_assistance' }, { receivesSocialAssistance: true }, '2024-01-01').rules[0]!.result).toBe('pass');
    expect(one({ kind: 'social_assistance' }, { receivesSocialAssistance: false }, '2024-01-01').rules[0]!.result).toBe('fail');
    expect(results({ kind: 'social_assistance', atLeastMonths: 6 }, () => ({ receivesSocialAssistance: true, socialAssistanceSince: '2023-09-15' }), ['2024-03-14', '2024-03-15', '2024-03-16']))
      .toEqual(['fail', 'pass', 'pass']);
    expect(one({ kind: 'social_assistance', atLeastMonths: 6 }, { receivesSocialAssistance: false }, '2024-03-15').rules[0]!.result).toBe('fail');
  });

  it('target group membership (any of the listed groups)', () => {
    const rule: Rule = { kind: 'target_group', groups: ['roma', 'refugee'] };
    expect(one(rule, { targetGroups: ['refugee'] }, '2024-01-01').result).toBe('eligible');
    expect(one(rule, { targetGroups: ['disability'] }, '2024-01-01').result).toBe('not_eligible');
    expect(one(rule, { targetGroups: [] }, '2024-01-01').result).toBe('not_eligible');
    expect(one(rule, { targetGroups: null }, '2024-01-01')).toMatchObject({ result: 'unknown', missing: ['targetGroups'] });
  });

  it('residence in a municipality, ignoring case and spaces', () => {
    const rule: Rule = { kind: 'municipality', municipalities: ['Kazlų Rūdos sav.'] };
    expect(one(rule, { municipality: ' kazlų rūdos sav.' }, '2024-01-01').result).toBe('eligible');
    expect(one(rule, { municipality: 'Marijampolės sav.' }, '2024-01-01').result).toBe('not_eligible');
    expect(one(rule, { municipality: '' }, '2024-01-01')).toMatchObject({ result: 'unknown', missing: ['municipality'] });
  });

  it('open programmes take anyone', () => {
    expect(one({ kind: 'open' }, {}, '2024-01-01').result).toBe('eligible');
  });
});

describe('three-valued logic', () => {
  const pass: Rule = { kind: 'open' };
  const fail: Rule = { kind: 'social_assistance' }; // with receivesSocialAssistance false
  const unknown: Rule = { kind: 'age', min: 30 }; // with no birth date
  const f = { receivesSocialAssistance: false };
  const run = (rule: Rule) => one(rule, f, '2024-01-01').result;

  it('AND: any fail fails, else any unknown is unknown', () => {
    expect(run({ kind: 'all', rules: [pass, unknown, fail] })).toBe('not_eligible');
    expect(run({ kind: 'all', rules: [pass, unknown] })).toBe('unknown');
    expect(run({ kind: 'all', rules: [pass, pass] })).toBe('eligible');
  });
  it('OR: any pass passes, else any unknown is unknown', () => {
    expect(run({ kind: 'any', rules: [fail, unknown, pass] })).toBe('eligible');
    expect(run({ kind: 'any', rules: [fail, unknown] })).toBe('unknown');
    expect(run({ kind: 'any', rules: [fail, fail] })).toBe('not_eligible');
  });
  it('NOT flips pass and fail and keeps unknown', () => {
    expect(run({ kind: 'not', rule: pass })).toBe('not_eligible');
    expect(run({ kind: 'not', rule: fail })).toBe('eligible');
    expect(run({ kind: 'not', rule: unknown })).toBe('unknown');
  });
  it('lists only the missing facts that could still change the result', () => {
    expect(one({ kind: 'all', rules: [unknown, { kind: 'registered_unemployed_months', moreThan: 12 }] }, {}, '2024-01-01').missing)
      .toEqual(['birthDate', 'registeredUnemployedSince']);
    expect(one({ kind: 'all', rules: [unknown, fail] }, f, '2024-01-01').missing).toEqual([]);
  });
});

describe('the Kazlų Rūda rule set (seed 004)', () => {
  // 30 on 2024-03-15; registered 2023-03-15 (12 months on 2024-03-15); receives assistance.
  const person = { birthDate: '1994-03-15', registeredUnemployedSince: '2023-03-15', notWorkingSince: '2023-03-15', receivesSocialAssistance: true };
  const at = (date: string, over: Partial<EligibilityFacts> = {}) => evaluate(KAZLU_RUDA_RULES, facts({ ...person, ...over }), date);

  it('is eligible only from the day after exactly 12 months of registration', () => {
    expect(at('2024-03-14').result).toBe('not_eligible');
    expect(at('2024-03-15').result).toBe('not_eligible');
    expect(at('2024-03-16').result).toBe('eligible');
  });

  it('accepts not working for more than 2 years instead, from the day after 24 months', () => {
    const notRegistered = { registeredUnemployedSince: '2024-01-02', notWorkingSince: '2022-03-16' };
    expect(at('2024-03-15', notRegistered).result).toBe('not_eligible');
    expect(at('2024-03-16', notRegistered).result).toBe('not_eligible');
    expect(at('2024-03-17', notRegistered).result).toBe('eligible');
  });

  it('needs the 30th birthday', () => {
    const longRegistered = { registeredUnemployedSince: '2020-01-01' };
    expect(at('2024-03-14', longRegistered).result).toBe('not_eligible');
    expect(at('2024-03-15', longRegistered).result).toBe('eligible');
    expect(at('2024-03-16', longRegistered).result).toBe('eligible');
  });

  it('is unknown when facts are missing, naming them; a failed rule decides regardless', () => {
    const r = evaluate(KAZLU_RUDA_RULES, facts({ birthDate: '1980-01-01', receivesSocialAssistance: true }), '2024-03-16');
    expect(r.result).toBe('unknown');
    expect(r.missing).toEqual(['registeredUnemployedSince', 'notWorkingSince']);
    expect(r.rules.map((x) => [x.rule, x.result])).toEqual([
      ['age_30_or_more', 'pass'],
      ['registered_more_than_12_months', 'unknown'],
      ['not_working_more_than_2_years', 'unknown'],
      ['receives_cash_social_assistance', 'pass'],
    ]);
    const young = evaluate(KAZLU_RUDA_RULES, facts({ birthDate: '2000-01-01' }), '2024-03-16');
    expect(young).toMatchObject({ result: 'not_eligible', missing: [] });
  });

  it('explains each rule in Lithuanian and English', () => {
    const lt = explain(at('2024-03-15', { birthDate: '1993-01-10' }), 'lt');
    expect(lt.map((x) => x.explanation)).toEqual([
      'Amžius patikros dieną: 31 m. — reikalaujama ne mažiau kaip 30 m. ✔',
      'Registruotas Užimtumo tarnyboje nuo 2023-03-15: 12 mėn. 0 d. — reikalaujama ilgiau kaip 12 mėn. ✘',
      'Nedirba nuo 2023-03-15: 12 mėn. 0 d. — reikalaujama ilgiau kaip 24 mėn. ✘',
      'Gauna piniginę socialinę paramą — reikalaujama ją gauti. ✔',
    ]);
    const en = explain(at('2024-03-16', { notWorkingSince: null }), 'en');
    expect(en.map((x) => x.explanation)).toEqual([
      'Age on the screening date: 30 — at least 30 required. ✔',
      'Registered with the Employment Service since 2023-03-15: 12 months 1 days — more than 12 months required. ✔',
      'Not recorded since when the person has not been working — more than 24 months required. ? facts missing',
      'Receives cash social assistance — required. ✔',
    ]);
  });

  it('explains target groups with their names and negated rules as such', () => {
    const r = evaluate({ kind: 'not', rule: { kind: 'target_group', groups: ['roma'] } }, facts({ targetGroups: ['refugee'] }), '2024-01-01');
    expect(r.result).toBe('eligible');
    expect(explain(r, 'lt')[0]!.explanation).toBe('Turi NEatitikti: Tikslinės grupės: pabėgėliai ir prieglobstį gavę asmenys — reikalaujama priklausyti bent vienai iš: romai. ✘');
    expect(explain(r, 'en')[0]!.explanation).toBe('Must NOT hold: Target groups: refugees and persons granted asylum — at least one of these required: Roma. ✘');
  });
});

describe('rule set validation', () => {
  it('accepts every template', () => {
    for (const template of PROGRAMME_TEMPLATES) expect(validateRuleSet(template.rules)).toMatchObject({ ok: true });
  });

  it('names the path of each problem', () => {
    const result = validateRuleSet({
      kind: 'all',
      rules: [
        { kind: 'any', rules: [] },
        { kind: 'registered_unemployed_months', moreThan: -1 },
        { kind: 'age', min: 40, max: 30 },
        { kind: 'horoscope' },
        { kind: 'not' },
        { kind: 'target_group', groups: [] },
        { kind: 'open', extra: 1 },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'rules.rules.0.rules', problem: 'no_branches' },
        { field: 'rules.rules.1.moreThan', problem: 'too_small', params: { min: 0 } },
        { field: 'rules.rules.2.max', problem: 'min_above_max', params: { min: 40, max: 30 } },
        { field: 'rules.rules.3.kind', problem: 'unknown_rule', params: { kind: 'horoscope' } },
        { field: 'rules.rules.4.rule', problem: 'required' },
        { field: 'rules.rules.5.groups', problem: 'required' },
        { field: 'rules.rules.6.extra', problem: 'unknown_field' },
      ],
    });
  });

  it('refuses non-objects, an age without bounds and fractional months', () => {
    expect(validateRuleSet(null)).toEqual({ ok: false, errors: [{ field: 'rules', problem: 'invalid' }] });
    expect(validateRuleSet({ kind: 'age' })).toEqual({ ok: false, errors: [{ field: 'rules.min', problem: 'required' }] });
    expect(validateRuleSet({ kind: 'not_working_months', moreThan: 1.5 })).toEqual({ ok: false, errors: [{ field: 'rules.moreThan', problem: 'invalid' }] });
  });

  it('refuses trees deeper than the limit', () => {
    let deep: unknown = { kind: 'open' };
    for (let i = 0; i < 20; i++) deep = { kind: 'not', rule: deep };
    expect(validateRuleSet(deep).ok).toBe(false);
  });
});
