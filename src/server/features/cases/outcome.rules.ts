import type { CaseOutcome } from '../../../contracts/cases.ts';
import { addMonths } from '../../shared/dates.ts';

// The outcome at exit and what follows from it. Pure, tested without a database
// (outcome.rules.test.ts).

/** The four ESF+ immediate results (common result indicators "upon leaving"). */
export interface ImmediateResults {
  jobSearching: boolean;
  educationOrTraining: boolean;
  qualification: boolean;
  employed: boolean;
}

/**
 * The ESF+ immediate results from the outcome at exit. The indicators are counted
 * separately, so each outcome sets exactly one of them and the others are false
 * (known, not missing): gaining a qualification is not being in education or training
 * after leaving (decision 0026). Self-employment counts as employment, as ESF+ counts it.
 */
export function immediateResults(outcome: CaseOutcome): ImmediateResults {
  return {
    jobSearching: outcome === 'job_searching',
    educationOrTraining: outcome === 'education_or_training',
    qualification: outcome === 'qualification',
    employed: outcome === 'employed' || outcome === 'self_employed',
  };
}


export const FOLLOW_UP_MONTHS = 6;

/**
 * The title of the automatic follow-up task. Organisations have no language of their own
 * yet, and Lithuanian is the default language of the installation (decision 0010).
 */
export const FOLLOW_UP_TITLE = '6 mėn. stebėsena po dalyvavimo pabaigos';

/** The follow-up 6 months after the outcome date, when the ESF+ longer-term results are asked. */
export function followUpDue(outcomeOn: string): string {
  return addMonths(outcomeOn, FOLLOW_UP_MONTHS);
}

/** Whether an outcome date may be recorded: not before the case was opened, not in the future. */
export function outcomeDateProblem(outcomeOn: string, openedOn: string, today: string): 'before_start' | 'date_in_future' | null {
  if (outcomeOn < openedOn) return 'before_start';
  if (outcomeOn > today) return 'date_in_future';
  return null;
}
