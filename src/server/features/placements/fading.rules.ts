import { PLACEMENT_LIMITS, type FadingStep, type SupportWeek } from '../../../contracts/placements.ts';
import { addDays, daysFrom } from '../../shared/dates.ts';

// The planned fading of job support against the support delivered, week by week. Weeks
// are counted from the placement's start: week 1 is its first seven days. Pure, tested in
// fading.rules.test.ts.

/** The placement week a day falls in (1 = the first seven days); 0 or less before the start. */
export function placementWeek(startsOn: string, date: string): number {
  return Math.floor(daysFrom(startsOn, date) / 7) + 1;
}

/** The hours planned for week N: the latest step that has begun; none before the plan's first step. */
export function plannedHours(plan: readonly FadingStep[], week: number): number {
  let hours = 0;
  for (const step of plan) {
    if (step.fromWeek <= week) hours = step.hoursPerWeek;
    else break;
  }
  return hours;
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/**
 * Planned and delivered hours for every week from week 1 to the week of `until` (today, or
 * the day the placement ended), the latest week first. Support logged after `until` extends
 * the weeks to its own; at most PLACEMENT_LIMITS.supportWeeksMax weeks, the latest kept.
 */
export function weeklyComparison(
  startsOn: string,
  plan: readonly FadingStep[],
  deliveries: readonly { deliveredOn: string; durationMinutes: number }[],
  until: string,
): SupportWeek[] {
  const minutes = new Map<number, number>();
  let lastWeek = placementWeek(startsOn, until);
  for (const delivery of deliveries) {
    const week = placementWeek(startsOn, delivery.deliveredOn);
    if (week < 1) continue;
    minutes.set(week, (minutes.get(week) ?? 0) + delivery.durationMinutes);
    lastWeek = Math.max(lastWeek, week);
  }
  const firstWeek = Math.max(1, lastWeek - PLACEMENT_LIMITS.supportWeeksMax + 1);
  const weeks: SupportWeek[] = [];
  for (let week = lastWeek; week >= firstWeek; week--) {
    const weekStart = addDays(startsOn, (week - 1) * 7);
    weeks.push({
      week,
      startsOn: weekStart,
      endsOn: addDays(weekStart, 6),
      plannedHours: plannedHours(plan, week),
      deliveredHours: roundHours((minutes.get(week) ?? 0) / 60),
    });
  }
  return weeks;
}
