import { describe, expect, it } from 'vitest';
import {
  ANCHORS, caseloadFigure, competitiveFigure, contactsPerWeek, firstContactFigures, firstContactOf, isCompetitive, largestCaseload,
  median, periodDays, periodWeeks, programmeFigures, resolvePeriod, verdict, weekOf, type FidelityInput,
} from './fidelity.rules.ts';
import { daysFrom } from '../../shared/dates.ts';

const MINIMUM = 1153_00; // 1 153,00 € a month, full time (config default)

describe('dates and periods', () => {
  it('counts days between dates, across the change to winter time', () => {
    expect(daysFrom('2026-01-12', '2026-01-12')).toBe(0);
    expect(daysFrom('2026-01-12', '2026-02-11')).toBe(30);
    expect(daysFrom('2026-10-20', '2026-11-02')).toBe(13);
    expect(daysFrom('2026-02-11', '2026-01-12')).toBe(-30);
  });

  it('a period counts both its ends; weeks are days / 7, part weeks pro rata', () => {
    expect(periodDays({ from: '2026-11-01', to: '2026-11-14' })).toBe(14);
    expect(periodWeeks({ from: '2026-11-01', to: '2026-11-14' })).toBe(2);
    expect(periodWeeks({ from: '2026-11-01', to: '2026-11-10' })).toBeCloseTo(10 / 7);
  });

  it('the week runs Monday to Sunday', () => {
    expect(weekOf('2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' }); // a Sunday
    expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Monday
    expect(weekOf('2026-11-19')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });

  it('defaults to the 12 weeks (84 days) ending today', () => {
    const { period, problems } = resolvePeriod({}, '2026-11-22');
    expect(period).toEqual({ from: '2026-08-31', to: '2026-11-22' });
    expect(periodDays(period)).toBe(84);
    expect(problems).toEqual([]);
    expect(resolvePeriod({ to: '2026-06-30' }, '2026-11-22').period).toEqual({ from: '2026-04-08', to: '2026-06-30' });
  });

  it('refuses an end before the start, an end in the future and a period over two years', () => {
    expect(resolvePeriod({ from: '2026-11-10', to: '2026-11-01' }, '2026-11-22').problems).toEqual([{ field: 'to', problem: 'before_start', params: { start: '2026-11-10' } }]);
    expect(resolvePeriod({ to: '2026-11-23' }, '2026-11-22').problems).toEqual([{ field: 'to', problem: 'date_in_future' }]);
    expect(resolvePeriod({ from: '2024-11-21', to: '2026-11-22' }, '2026-11-22').problems).toEqual([{ field: 'from', problem: 'range_too_long', params: { days: 731 } }]);
    expect(resolvePeriod({ from: '2024-11-22', to: '2026-11-22' }, '2026-11-22').problems).toEqual([]);
  });
});

describe('verdicts', () => {
  it('reads "at most" and "at least" anchors inclusively, and says "no data" for nothing to count', () => {
    expect(verdict(20, ANCHORS.caseload)).toBe('meets');
    expect(verdict(21, ANCHORS.caseload)).toBe('below');
    expect(verdict(6, ANCHORS.contactsPerWeek)).toBe('meets');
    expect(verdict(5.9, ANCHORS.contactsPerWeek)).toBe('below');
    expect(verdict(null, ANCHORS.caseload)).toBe('no_data');
  });

  it('marks the contacts-per-week anchor unverified, as DOMAIN.md does, and the caseload and 30 days verified', () => {
    expect(ANCHORS.contactsPerWeek.verified).toBe(false);
    expect(ANCHORS.caseload.verified).toBe(true);
    expect(ANCHORS.medianDaysToFirstContact).toEqual({ comparison: 'at_most', value: 30, verified: true });
  });

  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3, 6, 1, 10])).toBe(4.5);
  });
});

describe('days from enrolment to first employer contact', () => {
  it('counts the days to the earliest contact; 30 days is still within', () => {
    expect(firstContactOf({ enrolledOn: '2026-01-12', firstContactOn: '2026-02-11' }, '2026-06-30')).toEqual({ status: 'contacted', days: 30, within: true });
    expect(firstContactOf({ enrolledOn: '2026-01-12', firstContactOn: '2026-02-12' }, '2026-06-30')).toEqual({ status: 'contacted', days: 31, within: false });
  });

  it('a contact recorded before the enrolment counts as day 0', () => {
    expect(firstContactOf({ enrolledOn: '2026-01-12', firstContactOn: '2026-01-10' }, '2026-06-30')).toMatchObject({ days: 0, within: true });
  });

  it('without a contact (or with one only after the period) the person is "not yet", overdue after 30 days', () => {
    expect(firstContactOf({ enrolledOn: '2026-11-01', firstContactOn: null }, '2026-11-22')).toEqual({ status: 'not_yet', daysPassed: 21, overdue: false });
    expect(firstContactOf({ enrolledOn: '2026-10-01', firstContactOn: null }, '2026-11-22')).toEqual({ status: 'not_yet', daysPassed: 52, overdue: true });
    expect(firstContactOf({ enrolledOn: '2026-10-01', firstContactOn: '2026-11-25' }, '2026-11-22')).toEqual({ status: 'not_yet', daysPassed: 52, overdue: true });
  });

  it('median 4.5 of 3 and 6 days; 2 within 30 of 3 decided (1 overdue without contact); the one still inside 30 days is reported, not dropped', () => {
    const figures = firstContactFigures([
      { enrolledOn: '2026-10-01', firstContactOn: '2026-10-04' }, // 3 days
      { enrolledOn: '2026-10-01', firstContactOn: '2026-10-07' }, // 6 days
      { enrolledOn: '2026-10-01', firstContactOn: null }, // 52 days, overdue
      { enrolledOn: '2026-11-12', firstContactOn: null }, // 10 days, not decided yet
    ], '2026-11-22');
    expect(figures).toEqual({
      participants: 4,
      contacted: 2,
      medianDays: { value: 4.5, anchor: ANCHORS.medianDaysToFirstContact, verdict: 'meets' },
      shareWithin30Days: { value: 0.6667, anchor: ANCHORS.shareWithin30Days, verdict: 'meets', within: 2, decided: 3 },
      notYet: { count: 2, overdue: 1, longestDays: 52 },
    });
  });

  it('nobody enrolled: no data, not a failure', () => {
    const figures = firstContactFigures([], '2026-11-22');
    expect(figures.medianDays.verdict).toBe('no_data');
    expect(figures.shareWithin30Days).toMatchObject({ value: null, verdict: 'no_data', decided: 0 });
    expect(figures.notYet).toEqual({ count: 0, overdue: 0, longestDays: null });
  });

  it('median 40 days is below the anchor; 0 of 2 within', () => {
    const figures = firstContactFigures([
      { enrolledOn: '2026-01-01', firstContactOn: '2026-02-05' }, // 35
      { enrolledOn: '2026-01-01', firstContactOn: '2026-02-15' }, // 45
    ], '2026-06-30');
    expect(figures.medianDays).toMatchObject({ value: 40, verdict: 'below' });
    expect(figures.shareWithin30Days).toMatchObject({ value: 0, verdict: 'below', within: 0, decided: 2 });
  });
});

describe('employer contacts per week', () => {
  it('13 contacts in 14 days is 6.5 a week: meets', () => {
    expect(contactsPerWeek(13, { from: '2026-11-09', to: '2026-11-22' })).toMatchObject({ contacts: 13, weeks: 2, value: 6.5, verdict: 'meets' });
  });

  it('a part week counts pro rata: 6 contacts in 10 days is 4.2 a week', () => {
    expect(contactsPerWeek(6, { from: '2026-11-13', to: '2026-11-22' })).toMatchObject({ weeks: 1.43, value: 4.2, verdict: 'below' });
  });

  it('per coach across several coaches; none is "no data"', () => {
    expect(contactsPerWeek(24, { from: '2026-11-09', to: '2026-11-22' }, 2).value).toBe(6);
    expect(contactsPerWeek(0, { from: '2026-11-09', to: '2026-11-22' }, 0).verdict).toBe('no_data');
    expect(contactsPerWeek(0, { from: '2026-11-09', to: '2026-11-22' }).verdict).toBe('below');
  });
});

describe('caseload', () => {
  it('20 meets, 21 is below; a programme is judged by its largest caseload', () => {
    expect(caseloadFigure(20).verdict).toBe('meets');
    expect(caseloadFigure(21).verdict).toBe('below');
    expect(largestCaseload([12, 21, 3])).toMatchObject({ value: 21, verdict: 'below' });
    expect(largestCaseload([]).verdict).toBe('no_data');
  });
});

describe('competitive jobs', () => {
  it('an open-market job at the minimum wage full time is competitive; a cent less is not', () => {
    expect(isCompetitive({ kind: 'open_market', hoursPerWeek: 40, wageMonthlyCents: MINIMUM }, MINIMUM)).toBe(true);
    expect(isCompetitive({ kind: 'open_market', hoursPerWeek: 40, wageMonthlyCents: MINIMUM - 1 }, MINIMUM)).toBe(false);
  });

  it('part time is compared pro rata: 20 h for half the minimum is competitive, for less is not', () => {
    expect(isCompetitive({ kind: 'open_market', hoursPerWeek: 20, wageMonthlyCents: 576_50 }, MINIMUM)).toBe(true);
    expect(isCompetitive({ kind: 'open_market', hoursPerWeek: 20, wageMonthlyCents: 576_49 }, MINIMUM)).toBe(false);
  });

  it('subsidised, trial, apprenticeship and self-employment never count, nor an open-market job without a wage', () => {
    for (const kind of ['trial_practice', 'apprenticeship', 'subsidised_employment', 'self_employment']) {
      expect(isCompetitive({ kind, hoursPerWeek: 40, wageMonthlyCents: 2000_00 }, MINIMUM)).toBe(false);
    }
    expect(isCompetitive({ kind: 'open_market', hoursPerWeek: 40, wageMonthlyCents: null }, MINIMUM)).toBe(false);
  });

  it('all placements of any kind are the denominator: 1 competitive of 4 is 25 %', () => {
    const figure = competitiveFigure([
      { kind: 'open_market', hoursPerWeek: 40, wageMonthlyCents: 1500_00 },
      { kind: 'open_market', hoursPerWeek: 40, wageMonthlyCents: null },
      { kind: 'trial_practice', hoursPerWeek: 20, wageMonthlyCents: null },
      { kind: 'subsidised_employment', hoursPerWeek: 40, wageMonthlyCents: 1200_00 },
    ], MINIMUM);
    expect(figure).toEqual({ value: 0.25, anchor: ANCHORS.competitiveShare, verdict: 'below', placements: 4, competitive: 1, wageUnknown: 1 });
    expect(competitiveFigure([], MINIMUM).verdict).toBe('no_data');
  });
});

describe('per coach and per programme', () => {
  const input: FidelityInput = {
    period: { from: '2026-11-09', to: '2026-11-22' },
    minimumMonthlyWageCents: MINIMUM,
    coachIds: ['asta', 'bronius'],
    caseloads: new Map([['asta', 12], ['bronius', 22]]),
    contacts: new Map([['asta', 14], ['bronius', 3], ['someone-else', 50]]),
    people: [
      { caseId: 'c1', coachId: 'asta', enrolledOn: '2026-11-09', firstContactOn: '2026-11-12' },
      { caseId: 'c2', coachId: 'bronius', enrolledOn: '2026-11-10', firstContactOn: null },
      { caseId: 'c3', coachId: null, enrolledOn: '2026-11-10', firstContactOn: '2026-11-20' },
    ],
    placements: [
      { coachId: 'asta', kind: 'open_market', hoursPerWeek: 40, wageMonthlyCents: 1400_00 },
      { coachId: 'bronius', kind: 'trial_practice', hoursPerWeek: 40, wageMonthlyCents: null },
    ],
  };

  it('each coach gets her own figures, zeros where nothing happened', () => {
    const { coaches } = programmeFigures(input);
    expect(coaches.map((c) => c.coachId)).toEqual(['asta', 'bronius']);
    expect(coaches[0]).toMatchObject({
      caseload: { value: 12, verdict: 'meets' }, contactsPerWeek: { value: 7, verdict: 'meets' },
      firstContact: { participants: 1, contacted: 1, medianDays: { value: 3 } }, competitive: { value: 1, placements: 1 },
    });
    expect(coaches[1]).toMatchObject({
      caseload: { value: 22, verdict: 'below' }, contactsPerWeek: { value: 1.5, verdict: 'below' },
      firstContact: { participants: 1, contacted: 0, medianDays: { verdict: 'no_data' }, notYet: { count: 1, overdue: 0, longestDays: 12 } },
      competitive: { value: 0, placements: 1, verdict: 'below' },
    });
  });

  it('the programme: largest caseload, contacts of its coaches only per coach, everyone enrolled (with a coach or not), every placement', () => {
    const { totals } = programmeFigures(input);
    expect(totals.coaches).toBe(2);
    expect(totals.caseload).toMatchObject({ value: 22, verdict: 'below' });
    expect(totals.contactsPerWeek).toMatchObject({ contacts: 17, weeks: 2, value: 4.3 }); // 17 / 2 weeks / 2 coaches = 4.25
    expect(totals.firstContact).toMatchObject({ participants: 3, contacted: 2, medianDays: { value: 6.5 }, notYet: { count: 1 } });
    expect(totals.competitive).toMatchObject({ placements: 2, competitive: 1, value: 0.5 });
  });
});
