import { describe, expect, it } from 'vitest';
import { CASE_OUTCOMES } from '../../../contracts/cases.ts';
import { followUpDue, immediateResults, outcomeDateProblem } from './outcome.rules.ts';
import { addMonths } from '../../shared/dates.ts';

describe('ESF+ immediate results from the outcome at exit', () => {
  it('counts employment and self-employment as employed', () => {
    expect(immediateResults('employed')).toEqual({ jobSearching: false, educationOrTraining: false, qualification: false, employed: true });
    expect(immediateResults('self_employed')).toEqual({ jobSearching: false, educationOrTraining: false, qualification: false, employed: true });
  });

  it('keeps education or training and a qualification apart', () => {
    expect(immediateResults('education_or_training')).toEqual({ jobSearching: false, educationOrTraining: true, qualification: false, employed: false });
    expect(immediateResults('qualification')).toEqual({ jobSearching: false, educationOrTraining: false, qualification: true, employed: false });
  });

  it('records job searching, and nothing for other outcomes', () => {
    expect(immediateResults('job_searching')).toEqual({ jobSearching: true, educationOrTraining: false, qualification: false, employed: false });
    expect(immediateResults('other')).toEqual({ jobSearching: false, educationOrTraining: false, qualification: false, employed: false });
  });

  it('sets at most one result for every outcome, and never leaves one unknown', () => {
    for (const outcome of CASE_OUTCOMES) {
      const results = Object.values(immediateResults(outcome));
      expect(results.every((value) => typeof value === 'boolean')).toBe(true);
      expect(results.filter(Boolean).length).toBe(outcome === 'other' ? 0 : 1);
    }
  });
});

describe('the 6-month follow-up date', () => {
  it('is six calendar months after the outcome', () => {
    expect(followUpDue('2026-03-15')).toBe('2026-09-15');
    expect(followUpDue('2026-09-30')).toBe('2027-03-30');
  });

  it('falls on the last day of a shorter month', () => {
    expect(followUpDue('2026-08-31')).toBe('2027-02-28');
    expect(followUpDue('2027-08-31')).toBe('2028-02-29');
    expect(addMonths('2026-12-31', 6)).toBe('2027-06-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('the outcome date', () => {
  it('lies between the opening of the case and today', () => {
    expect(outcomeDateProblem('2026-01-11', '2026-01-12', '2026-11-22')).toBe('before_start');
    expect(outcomeDateProblem('2026-01-12', '2026-01-12', '2026-11-22')).toBeNull();
    expect(outcomeDateProblem('2026-11-22', '2026-01-12', '2026-11-22')).toBeNull();
    expect(outcomeDateProblem('2026-11-23', '2026-01-12', '2026-11-22')).toBe('date_in_future');
  });
});
