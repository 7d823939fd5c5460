import { describe, expect, it } from 'vitest';
import { placementWeek, plannedHours, weeklyComparison } from './fading.rules.ts';

const plan = [{ fromWeek: 1, hoursPerWeek: 10 }, { fromWeek: 3, hoursPerWeek: 5 }, { fromWeek: 6, hoursPerWeek: 0 }];

describe('placement weeks', () => {
  it('count seven days from the start', () => {
    expect(placementWeek('2026-03-02', '2026-03-02')).toBe(1);
    expect(placementWeek('2026-03-02', '2026-03-08')).toBe(1);
    expect(placementWeek('2026-03-02', '2026-03-09')).toBe(2);
    expect(placementWeek('2026-03-02', '2026-03-01')).toBe(0);
    // Across the change to summer time and a month end: days, not hours.
    expect(placementWeek('2026-03-23', '2026-03-30')).toBe(2);
  });
});

describe('planned hours', () => {
  it('are the latest step begun, and none before the plan', () => {
    expect(plannedHours(plan, 1)).toBe(10);
    expect(plannedHours(plan, 2)).toBe(10);
    expect(plannedHours(plan, 3)).toBe(5);
    expect(plannedHours(plan, 5)).toBe(5);
    expect(plannedHours(plan, 6)).toBe(0);
    expect(plannedHours(plan, 40)).toBe(0);
    expect(plannedHours([], 1)).toBe(0);
  });
});

describe('the weekly comparison', () => {
  it('puts planned and delivered hours side by side, the latest week first', () => {
    const deliveries = [
      { deliveredOn: '2026-03-02', durationMinutes: 240 },
      { deliveredOn: '2026-03-04', durationMinutes: 300 },
      { deliveredOn: '2026-03-10', durationMinutes: 90 },
      { deliveredOn: '2026-03-20', durationMinutes: 200 },
    ];
    const weeks = weeklyComparison('2026-03-02', plan, deliveries, '2026-03-24');
    expect(weeks.map((w) => w.week)).toEqual([4, 3, 2, 1]);
    expect(weeks.at(-1)).toEqual({ week: 1, startsOn: '2026-03-02', endsOn: '2026-03-08', plannedHours: 10, deliveredHours: 9 });
    expect(weeks.find((w) => w.week === 2)).toMatchObject({ plannedHours: 10, deliveredHours: 1.5 });
    expect(weeks.find((w) => w.week === 3)).toMatchObject({ plannedHours: 5, deliveredHours: 3.33 });
    expect(weeks[0]).toMatchObject({ week: 4, startsOn: '2026-03-23', endsOn: '2026-03-29', plannedHours: 5, deliveredHours: 0 });
  });

  it('ignores support before the start and reaches support logged after the last day', () => {
    const weeks = weeklyComparison('2026-03-02', plan, [{ deliveredOn: '2026-02-27', durationMinutes: 60 }, { deliveredOn: '2026-03-17', durationMinutes: 60 }], '2026-03-03');
    expect(weeks.map((w) => [w.week, w.deliveredHours])).toEqual([[3, 1], [2, 0], [1, 0]]);
  });

  it('keeps at most two years of weeks, the latest', () => {
    const weeks = weeklyComparison('2020-01-06', plan, [], '2026-03-02');
    expect(weeks).toHaveLength(104);
    expect(weeks[0]!.endsOn >= '2026-03-02').toBe(true);
  });
});
