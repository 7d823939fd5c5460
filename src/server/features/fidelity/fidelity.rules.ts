import type { FidelityAnchor, FidelityVerdict } from '../../../contracts/fidelity.ts';
import { addDays, daysFrom } from '../../shared/dates.ts';

// The supported-employment fidelity figures (decision 0033, DOMAIN.md "Fidelity figures"),
// computed from plain rows: no I/O here. Dates are 'YYYY-MM-DD' strings; a period is
// inclusive at both ends.

export interface Period {
  from: string;
  to: string;
}

/** The IPS anchors each figure is read against. `verified: false` where DOMAIN.md marks the number unverified. */
export const ANCHORS = {
  /** IPS: an employment specialist's caseload of 20 or fewer is the top score. */
  caseload: { comparison: 'at_most', value: 20, verified: true },
  /** IPS: about 6 employer contacts per specialist per week (unverified in DOMAIN.md). */
  contactsPerWeek: { comparison: 'at_least', value: 6, verified: false },
  /** IPS: first employer contact within 30 days of enrolment; the median person meets it. */
  medianDaysToFirstContact: { comparison: 'at_most', value: 30, verified: true },
  /** The same anchor read as a share: at least half the people met the 30 days (as the median does). */
  shareWithin30Days: { comparison: 'at_least', value: 0.5, verified: true },
  /** Competitive jobs among placements: nearly all; Kelias's own threshold until a scale gives one. */
  competitiveShare: { comparison: 'at_least', value: 0.9, verified: false },
} as const satisfies Record<string, FidelityAnchor>;

/** The days the IPS anchor allows from enrolment to the first employer contact. */
export const FIRST_CONTACT_DAYS = 30;

/** Longest period a figure may be asked for (two years). */
export const MAX_PERIOD_DAYS = 731;

/** Default period: the last 12 weeks ending today. */
export const DEFAULT_PERIOD_DAYS = 84;

// ── Dates ───────────────────────────────────────────────────────────────────

/** The Monday–Sunday week (weeks start on Monday in Lithuania) that holds `date`. */
export function weekOf(date: string): Period {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = addDays(date, -weekday);
  return { from, to: addDays(from, 6) };
}

/** Days in the period, both ends counted. */
export function periodDays(period: Period): number {
  return daysFrom(period.from, period.to) + 1;
}

/** Weeks in the period: its days / 7, so a part week counts pro rata (10 days = 1.43 weeks). */
export function periodWeeks(period: Period): number {
  return periodDays(period) / 7;
}

export type PeriodProblem =
  | { field: 'to'; problem: 'before_start'; params: { start: string } }
  | { field: 'to'; problem: 'date_in_future' }
  | { field: 'from'; problem: 'range_too_long'; params: { days: number } };

/** The asked period: defaults to the 12 weeks ending today; its end not after today, its start not after its end. */
export function resolvePeriod(query: { from?: string | undefined; to?: string | undefined }, today: string): { period: Period; problems: PeriodProblem[] } {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  const problems: PeriodProblem[] = [];
  if (to > today) problems.push({ field: 'to', problem: 'date_in_future' });
  if (to < from) problems.push({ field: 'to', problem: 'before_start', params: { start: from } });
  else if (periodDays({ from, to }) > MAX_PERIOD_DAYS) problems.push({ field: 'from', problem: 'range_too_long', params: { days: MAX_PERIOD_DAYS } });
  return { period: { from, to }, problems };
}

// ── Verdicts ────────────────────────────────────────────────────────────────

export function verdict(value: number | null, anchor: FidelityAnchor): FidelityVerdict {
  if (value === null) return 'no_data';
  const meets = anchor.comparison === 'at_most' ? value <= anchor.value : value >= anchor.value;
  return meets ? 'meets' : 'below';
}

export interface Figure {
  value: number | null;
  anchor: FidelityAnchor;
  verdict: FidelityVerdict;
}

function figure(value: number | null, anchor: FidelityAnchor): Figure {
  return { value, anchor, verdict: verdict(value, anchor) };
}

/** Rounded to `places` decimals, without binary noise (4.5, not 4.499999). */
export function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// ── Days from enrolment to the first employer contact ──────────────────────

/** A person in supported employment: when they enrolled, and their earliest employer contact (null: none yet). */
export interface EnrolledPerson {
  caseId: string;
  coachId: string | null;
  enrolledOn: string;
  firstContactOn: string | null;
}

export type FirstContact =
  | { status: 'contacted'; days: number; within: boolean }
  /** No contact yet: `overdue` once more than 30 days have passed (the anchor is missed whatever happens next). */
  | { status: 'not_yet'; daysPassed: number; overdue: boolean };

/**
 * One person's days to first contact, as of `asOf` (the period's end). A contact dated
 * after `asOf` does not count yet; one dated before the enrolment counts as day 0.
 */
export function firstContactOf(person: Pick<EnrolledPerson, 'enrolledOn' | 'firstContactOn'>, asOf: string): FirstContact {
  if (person.firstContactOn !== null && person.firstContactOn <= asOf) {
    const days = Math.max(0, daysFrom(person.enrolledOn, person.firstContactOn));
    return { status: 'contacted', days, within: days <= FIRST_CONTACT_DAYS };
  }
  const daysPassed = Math.max(0, daysFrom(person.enrolledOn, asOf));
  return { status: 'not_yet', daysPassed, overdue: daysPassed > FIRST_CONTACT_DAYS };
}

export interface FirstContactFigures {
  /** People enrolled in the period. */
  participants: number;
  contacted: number;
  /** Median over the people contacted. */
  medianDays: Figure;
  /** Contacted within 30 days, out of those whose 30 days are decided: contacted, or without contact for more than 30 days. */
  shareWithin30Days: Figure & { within: number; decided: number };
  /** Still without any contact: counted here, never dropped. */
  notYet: { count: number; overdue: number; longestDays: number | null };
}

export function firstContactFigures(people: readonly Pick<EnrolledPerson, 'enrolledOn' | 'firstContactOn'>[], asOf: string): FirstContactFigures {
  const results = people.map((person) => firstContactOf(person, asOf));
  const contacted = results.flatMap((r) => (r.status === 'contacted' ? [r] : []));
  const waiting = results.flatMap((r) => (r.status === 'not_yet' ? [r] : []));
  const within = contacted.filter((r) => r.within).length;
  const overdue = waiting.filter((r) => r.overdue).length;
  const decided = contacted.length + overdue;
  return {
    participants: people.length,
    contacted: contacted.length,
    medianDays: figure(median(contacted.map((r) => r.days)), ANCHORS.medianDaysToFirstContact),
    shareWithin30Days: { ...figure(decided === 0 ? null : round(within / decided, 4), ANCHORS.shareWithin30Days), within, decided },
    notYet: { count: waiting.length, overdue, longestDays: waiting.length === 0 ? null : Math.max(...waiting.map((r) => r.daysPassed)) },
  };
}

// ── Employer contacts per week ──────────────────────────────────────────────

export interface ContactsFigure extends Figure {
  contacts: number;
  weeks: number;
}

/**
 * Employer contacts per job coach per week: all the coaches' contacts in the period (with
 * or without a case) / the period's weeks (days / 7, part weeks pro rata) / the coaches.
 * Shown and judged to one decimal.
 */
export function contactsPerWeek(contacts: number, period: Period, coaches = 1): ContactsFigure {
  const weeks = periodWeeks(period);
  const value = coaches === 0 ? null : round(contacts / weeks / coaches, 1);
  return { ...figure(value, ANCHORS.contactsPerWeek), contacts, weeks: round(weeks, 2) };
}

// ── Caseload ────────────────────────────────────────────────────────────────

/** Active supported-employment processes of a coach (not ended, case not closed); 20 or fewer meets. */
export function caseloadFigure(active: number | null): Figure {
  return figure(active, ANCHORS.caseload);
}

/** A programme's caseload: its largest per-coach caseload (IPS: no specialist above 20). */
export function largestCaseload(caseloads: readonly number[]): Figure {
  return figure(caseloads.length === 0 ? null : Math.max(...caseloads), ANCHORS.caseload);
}

// ── Competitive jobs ────────────────────────────────────────────────────────

export interface PlacementFacts {
  kind: string;
  hoursPerWeek: number;
  wageMonthlyCents: number | null;
}

/** Full-time hours the legal minimum monthly wage is for; part-time wages are compared pro rata. */
export const FULL_TIME_HOURS = 40;

/**
 * A competitive job (glossary): an open-market job paying at least the minimum monthly
 * wage pro rata to its hours (wage × 40 / hours ≥ minimum). Without a recorded wage it
 * cannot be shown to be one, so it is not counted as one.
 */
export function isCompetitive(placement: PlacementFacts, minimumMonthlyWageCents: number): boolean {
  if (placement.kind !== 'open_market' || placement.wageMonthlyCents === null || placement.hoursPerWeek <= 0) return false;
  return placement.wageMonthlyCents * FULL_TIME_HOURS >= minimumMonthlyWageCents * placement.hoursPerWeek;
}

export interface CompetitiveFigure extends Figure {
  placements: number;
  competitive: number;
  /** Open-market placements without a recorded wage: not counted as competitive. */
  wageUnknown: number;
}

/** Competitive jobs among all placements (of any kind) started in the period. */
export function competitiveFigure(placements: readonly PlacementFacts[], minimumMonthlyWageCents: number): CompetitiveFigure {
  const competitive = placements.filter((p) => isCompetitive(p, minimumMonthlyWageCents)).length;
  const wageUnknown = placements.filter((p) => p.kind === 'open_market' && p.wageMonthlyCents === null).length;
  const share = placements.length === 0 ? null : round(competitive / placements.length, 4);
  return { ...figure(share, ANCHORS.competitiveShare), placements: placements.length, competitive, wageUnknown };
}

// ── Per coach and per programme ────────────────────────────────────────────

export interface CoachFigures {
  coachId: string;
  caseload: Figure;
  contactsPerWeek: ContactsFigure;
  firstContact: FirstContactFigures;
  competitive: CompetitiveFigure;
}

export interface FidelityInput {
  period: Period;
  minimumMonthlyWageCents: number;
  /** The coaches to report on (rows appear for each, with zeros where nothing happened). */
  coachIds: readonly string[];
  /** Active supported-employment processes per coach. */
  caseloads: ReadonlyMap<string, number>;
  /** Employer contacts per coach (staff member) in the period. */
  contacts: ReadonlyMap<string, number>;
  /** The people in supported employment enrolled in the period; coachId null when nobody is named. */
  people: readonly EnrolledPerson[];
  /** Placements started in the period, with the coach of their case's supported-employment process. */
  placements: readonly (PlacementFacts & { coachId: string | null })[];
}

export function coachFigures(input: FidelityInput, coachId: string): CoachFigures {
  return {
    coachId,
    caseload: caseloadFigure(input.caseloads.get(coachId) ?? 0),
    contactsPerWeek: contactsPerWeek(input.contacts.get(coachId) ?? 0, input.period),
    firstContact: firstContactFigures(input.people.filter((p) => p.coachId === coachId), input.period.to),
    competitive: competitiveFigure(input.placements.filter((p) => p.coachId === coachId), input.minimumMonthlyWageCents),
  };
}

export interface ProgrammeTotals {
  coaches: number;
  /** The largest caseload of the programme's coaches. */
  caseload: Figure;
  /** All the coaches' contacts / weeks / coaches. */
  contactsPerWeek: ContactsFigure;
  /** Everyone enrolled in the period, with a coach or not. */
  firstContact: FirstContactFigures;
  /** Every placement started in the period. */
  competitive: CompetitiveFigure;
}

export function programmeFigures(input: FidelityInput): { coaches: CoachFigures[]; totals: ProgrammeTotals } {
  const coaches = input.coachIds.map((id) => coachFigures(input, id));
  const contacts = input.coachIds.reduce((sum, id) => sum + (input.contacts.get(id) ?? 0), 0);
  return {
    coaches,
    totals: {
      coaches: coaches.length,
      caseload: largestCaseload(input.coachIds.map((id) => input.caseloads.get(id) ?? 0)),
      contactsPerWeek: contactsPerWeek(contacts, input.period, coaches.length),
      firstContact: firstContactFigures(input.people, input.period.to),
      competitive: competitiveFigure(input.placements, input.minimumMonthlyWageCents),
    },
  };
}
