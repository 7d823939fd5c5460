import { describe, expect, it } from 'vitest';
import {
  fadingPlanIssues, followUpIssues, followUpOpensOn, followUpSchedule, followUpStatus, followUpTitle, fullTimeWageCents,
  placementIssues, placementWarnings, suggestedOutcome, wageBelowMinimum,
} from './placements.rules.ts';
import { addMonths } from '../../shared/dates.ts';

const MINIMUM = 115_300;

describe('follow-up dates', () => {
  it('are the same day N months later, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-10-31', 12)).toBe('2027-10-31');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('know leap years: 29 February exists in 2028, not in 2027', () => {
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-12-29', 2)).toBe('2028-02-29');
  });

  it('are 3, 6 and 12 months after the start, across the year end', () => {
    expect(followUpSchedule('2026-11-30')).toEqual([
      { months: 3, dueOn: '2027-02-28' }, { months: 6, dueOn: '2027-05-30' }, { months: 12, dueOn: '2027-11-30' },
    ]);
  });

  it('open two weeks before they are due', () => {
    expect(followUpOpensOn('2026-03-01')).toBe('2026-02-15');
    expect(followUpStatus({ dueOn: '2026-03-01', recordedOn: null }, '2026-02-14')).toBe('upcoming');
    expect(followUpStatus({ dueOn: '2026-03-01', recordedOn: null }, '2026-02-15')).toBe('due');
    expect(followUpStatus({ dueOn: '2026-03-01', recordedOn: null }, '2026-03-01')).toBe('due');
    expect(followUpStatus({ dueOn: '2026-03-01', recordedOn: null }, '2026-03-02')).toBe('overdue');
    expect(followUpStatus({ dueOn: '2026-03-01', recordedOn: '2026-02-20' }, '2026-05-02')).toBe('recorded');
  });

  it('refuse an answer before the window opens, saying from when, or in the future', () => {
    expect(followUpIssues({ dueOn: '2026-03-01' }, '2026-02-14', '2026-02-20')).toEqual([{ field: 'recordedOn', problem: 'follow_up_too_early', params: { from: '2026-02-15' } }]);
    expect(followUpIssues({ dueOn: '2026-03-01' }, '2026-02-15', '2026-02-20')).toEqual([]);
    expect(followUpIssues({ dueOn: '2026-03-01' }, '2026-02-21', '2026-02-20')).toEqual([{ field: 'recordedOn', problem: 'date_in_future' }]);
    expect(followUpIssues({ dueOn: '2026-03-01' }, '2026-06-01', '2026-07-01')).toEqual([]);
  });

  it('have a task title in the organisation\'s language', () => {
    expect(followUpTitle(3)).toBe('Stebėsena po įdarbinimo: 3 mėn.');
    expect(followUpTitle(12, 'en')).toBe('Follow-up after placement: 12 months');
  });
});

describe('a placement', () => {
  it('needs an employer unless it is self-employment, and may not end before it starts', () => {
    expect(placementIssues({ kind: 'open_market', employerId: null, startsOn: '2026-03-01', endsOn: null })).toEqual([{ field: 'employerId', problem: 'required' }]);
    expect(placementIssues({ kind: 'self_employment', employerId: null, startsOn: '2026-03-01', endsOn: null })).toEqual([]);
    expect(placementIssues({ kind: 'trial_practice', employerId: 'e', startsOn: '2026-03-01', endsOn: '2026-02-28' }))
      .toEqual([{ field: 'endsOn', problem: 'before_start', params: { start: '2026-03-01' } }]);
    expect(placementIssues({ kind: 'trial_practice', employerId: 'e', startsOn: '2026-03-01', endsOn: '2026-03-01' })).toEqual([]);
  });
});

describe('the wage warning', () => {
  it('compares the wage, converted to full time, with the minimum monthly wage', () => {
    expect(fullTimeWageCents(60_000, 20)).toBe(120_000);
    expect(wageBelowMinimum({ kind: 'open_market', wageMonthlyCents: 60_000, hoursPerWeek: 20 }, MINIMUM)).toBe(false);
    expect(wageBelowMinimum({ kind: 'open_market', wageMonthlyCents: 50_000, hoursPerWeek: 20 }, MINIMUM)).toBe(true);
    expect(wageBelowMinimum({ kind: 'open_market', wageMonthlyCents: 115_300, hoursPerWeek: 40 }, MINIMUM)).toBe(false);
    expect(wageBelowMinimum({ kind: 'subsidised_employment', wageMonthlyCents: 115_299, hoursPerWeek: 40 }, MINIMUM)).toBe(true);
  });

  it('leaves out trial practice, self-employment and an unknown wage', () => {
    expect(wageBelowMinimum({ kind: 'trial_practice', wageMonthlyCents: 0, hoursPerWeek: 40 }, MINIMUM)).toBe(false);
    expect(wageBelowMinimum({ kind: 'self_employment', wageMonthlyCents: 30_000, hoursPerWeek: 40 }, MINIMUM)).toBe(false);
    expect(wageBelowMinimum({ kind: 'apprenticeship', wageMonthlyCents: null, hoursPerWeek: 40 }, MINIMUM)).toBe(false);
  });

  it('says the amounts in the user\'s language', () => {
    const [lt] = placementWarnings({ kind: 'apprenticeship', wageMonthlyCents: 45_000, hoursPerWeek: 20 }, MINIMUM, 'lt');
    expect(lt).toMatchObject({ code: 'PLACEMENT.WAGE_BELOW_MINIMUM', params: { fullTimeCents: 90_000, minimumCents: MINIMUM } });
    expect(lt!.message.replace(/\s/g, ' ')).toContain('900,00 €');
    expect(lt!.message.replace(/\s/g, ' ')).toContain('1 153,00 €');
    const [en] = placementWarnings({ kind: 'apprenticeship', wageMonthlyCents: 45_000, hoursPerWeek: 20 }, MINIMUM, 'en');
    expect(en!.message).toContain('€900.00');
  });
});

describe('the fading plan', () => {
  it('starts in week 1, goes forward in weeks and never raises the hours', () => {
    expect(fadingPlanIssues([])).toEqual([]);
    expect(fadingPlanIssues([{ fromWeek: 1, hoursPerWeek: 10 }, { fromWeek: 3, hoursPerWeek: 5 }, { fromWeek: 8, hoursPerWeek: 5 }, { fromWeek: 12, hoursPerWeek: 0 }])).toEqual([]);
    expect(fadingPlanIssues([{ fromWeek: 2, hoursPerWeek: 10 }])).toEqual([{ field: 'fadingPlan.0.fromWeek', problem: 'fading_first_week' }]);
    expect(fadingPlanIssues([{ fromWeek: 1, hoursPerWeek: 10 }, { fromWeek: 4, hoursPerWeek: 6 }, { fromWeek: 4, hoursPerWeek: 8 }])).toEqual([
      { field: 'fadingPlan.2.fromWeek', problem: 'fading_weeks_order', params: { week: 4 } },
      { field: 'fadingPlan.2.hoursPerWeek', problem: 'fading_hours_rise', params: { hours: 6 } },
    ]);
  });
});

describe('the suggested outcome', () => {
  const today = '2026-06-01';
  it('is employed with an active job, self-employed with active self-employment, otherwise none', () => {
    expect(suggestedOutcome([], today)).toBeNull();
    expect(suggestedOutcome([{ kind: 'trial_practice', startsOn: '2026-05-01', endedOn: null }], today)).toBeNull();
    expect(suggestedOutcome([{ kind: 'open_market', startsOn: '2026-05-01', endedOn: null }], today)).toBe('employed');
    expect(suggestedOutcome([{ kind: 'apprenticeship', startsOn: '2026-05-01', endedOn: null }], today)).toBe('employed');
    expect(suggestedOutcome([{ kind: 'subsidised_employment', startsOn: '2026-05-01', endedOn: null }, { kind: 'self_employment', startsOn: '2026-05-01', endedOn: null }], today)).toBe('employed');
    expect(suggestedOutcome([{ kind: 'self_employment', startsOn: '2026-05-01', endedOn: null }], today)).toBe('self_employed');
  });

  it('ignores a job that ended or has not started', () => {
    expect(suggestedOutcome([{ kind: 'open_market', startsOn: '2026-05-01', endedOn: '2026-05-20' }], today)).toBeNull();
    expect(suggestedOutcome([{ kind: 'open_market', startsOn: '2026-06-02', endedOn: null }], today)).toBeNull();
    expect(suggestedOutcome([{ kind: 'open_market', startsOn: '2026-05-01', endedOn: today }], today)).toBe('employed');
  });
});
