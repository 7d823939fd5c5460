import type { CaseOutcome } from '../../../contracts/cases.ts';
import { FOLLOW_UP_MONTHS, type PlacementKind } from '../../../contracts/employment.ts';
import type { FieldError } from '../../../contracts/errors.ts';
import { PLACEMENT_LIMITS, PLACEMENT_WARNINGS, WAGED_PLACEMENT_KINDS, type FadingStep, type PlacementWarning } from '../../../contracts/placements.ts';
import type { Language } from '../../../contracts/roles.ts';
import { interpolate } from '../../../contracts/errors.ts';
import { addDays, addMonths } from '../../shared/dates.ts';

// Pure rules of placements (decision 0034): the follow-up dates, when a follow-up may be
// recorded, the wage warning, the fading plan's shape, the outcome a placement suggests.
// Dates are 'YYYY-MM-DD' in Lithuania, so comparing the texts compares the days.

export type FieldProblem = Omit<FieldError, 'message'>;

/** The follow-ups of a placement starting on `startsOn`: 3, 6 and 12 months after it. */
export function followUpSchedule(startsOn: string): { months: number; dueOn: string }[] {
  return FOLLOW_UP_MONTHS.map((months) => ({ months, dueOn: addMonths(startsOn, months) }));
}

/** The first day a follow-up may be recorded: two weeks before it is due. */
export function followUpOpensOn(dueOn: string): string {
  return addDays(dueOn, -PLACEMENT_LIMITS.followUpEarlyDays);
}

/** The follow-up task's title, in the organisation's language (Lithuanian: decision 0010). */
export function followUpTitle(months: number, language: Language = 'lt'): string {
  return language === 'en' ? `Follow-up after placement: ${months} months` : `Stebėsena po įdarbinimo: ${months} mėn.`;
}

export type FollowUpStatus = 'recorded' | 'due' | 'overdue' | 'upcoming';

export function followUpStatus(followUp: { dueOn: string; recordedOn: string | null }, today: string): FollowUpStatus {
  if (followUp.recordedOn !== null) return 'recorded';
  if (followUp.dueOn < today) return 'overdue';
  return today >= followUpOpensOn(followUp.dueOn) ? 'due' : 'upcoming';
}

/** A follow-up answer: not before its window opens, not in the future, once. */
export function followUpIssues(followUp: { dueOn: string }, recordedOn: string, today: string): FieldProblem[] {
  const opensOn = followUpOpensOn(followUp.dueOn);
  if (recordedOn > today) return [{ field: 'recordedOn', problem: 'date_in_future' }];
  if (recordedOn < opensOn) return [{ field: 'recordedOn', problem: 'follow_up_too_early', params: { from: opensOn } }];
  return [];
}

/**
 * The fading plan: starts in week 1, weeks strictly ascending, hours never rising (it is a
 * plan for support to fade). An empty plan is allowed: no on-the-job support planned.
 */
export function fadingPlanIssues(plan: readonly FadingStep[]): FieldProblem[] {
  const issues: FieldProblem[] = [];
  plan.forEach((step, index) => {
    if (index === 0) {
      if (step.fromWeek !== 1) issues.push({ field: 'fadingPlan.0.fromWeek', problem: 'fading_first_week' });
      return;
    }
    const before = plan[index - 1]!;
    if (step.fromWeek <= before.fromWeek) issues.push({ field: `fadingPlan.${index}.fromWeek`, problem: 'fading_weeks_order', params: { week: before.fromWeek } });
    if (step.hoursPerWeek > before.hoursPerWeek) issues.push({ field: `fadingPlan.${index}.hoursPerWeek`, problem: 'fading_hours_rise', params: { hours: before.hoursPerWeek } });
  });
  return issues;
}

/** Dates and the employer a placement needs (the database checks hold the same). */
export function placementIssues(input: { kind: PlacementKind; employerId: string | null; startsOn: string; endsOn: string | null }): FieldProblem[] {
  const issues: FieldProblem[] = [];
  if (input.kind !== 'self_employment' && input.employerId === null) issues.push({ field: 'employerId', problem: 'required' });
  if (input.endsOn !== null && input.endsOn < input.startsOn) issues.push({ field: 'endsOn', problem: 'before_start', params: { start: input.startsOn } });
  return issues;
}

/** The wage as a full-time (40 h a week) monthly wage, in cents. */
export function fullTimeWageCents(wageMonthlyCents: number, hoursPerWeek: number): number {
  return Math.round((wageMonthlyCents * 40) / hoursPerWeek);
}

/** Whether the wage is below the minimum monthly wage, pro rata; only paid work by an employer is compared. */
export function wageBelowMinimum(
  placement: { kind: PlacementKind; wageMonthlyCents: number | null; hoursPerWeek: number },
  minimumMonthlyWageCents: number,
): boolean {
  if (placement.wageMonthlyCents === null) return false;
  if (!(WAGED_PLACEMENT_KINDS as readonly string[]).includes(placement.kind)) return false;
  return fullTimeWageCents(placement.wageMonthlyCents, placement.hoursPerWeek) < minimumMonthlyWageCents;
}

/** "1 153,00 €" / "€1,153.00". */
export function formatEuro(cents: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-IE' : 'lt-LT', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function placementWarnings(
  placement: { kind: PlacementKind; wageMonthlyCents: number | null; hoursPerWeek: number },
  minimumMonthlyWageCents: number,
  language: Language,
): PlacementWarning[] {
  if (!wageBelowMinimum(placement, minimumMonthlyWageCents)) return [];
  const fullTimeCents = fullTimeWageCents(placement.wageMonthlyCents!, placement.hoursPerWeek);
  const params = { fullTime: formatEuro(fullTimeCents, language), minimum: formatEuro(minimumMonthlyWageCents, language), fullTimeCents, minimumCents: minimumMonthlyWageCents };
  const code = 'PLACEMENT.WAGE_BELOW_MINIMUM' as const;
  return [{ code, message: interpolate(PLACEMENT_WARNINGS[code][language], params), params }];
}

/** Started and not ended by `today`. */
export function isActive(placement: { startsOn: string; endedOn: string | null }, today: string): boolean {
  return placement.startsOn <= today && (placement.endedOn === null || placement.endedOn >= today);
}

const EMPLOYMENT_KINDS: readonly PlacementKind[] = ['open_market', 'subsidised_employment', 'apprenticeship'];

/**
 * The outcome the closing form offers first: employed with an active job (open market,
 * subsidised, apprenticeship), self-employed with active self-employment, else none. A
 * trial practice is not a job. Staff still choose: the suggestion is only pre-selected.
 */
export function suggestedOutcome(placements: readonly { kind: PlacementKind; startsOn: string; endedOn: string | null }[], today: string): CaseOutcome | null {
  const active = placements.filter((p) => isActive(p, today));
  if (active.some((p) => EMPLOYMENT_KINDS.includes(p.kind))) return 'employed';
  if (active.some((p) => p.kind === 'self_employment')) return 'self_employed';
  return null;
}
