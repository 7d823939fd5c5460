import { describe, expect, it } from 'vitest';
import { todayInLithuania } from '../participants/participants.rules.ts';
import { completionChange, dueOnIssues, followUpIssues, isOverdue } from './tasks.rules.ts';

const overdueAt = (instant: string, dueOn: string) => isOverdue({ status: 'open', dueOn }, todayInLithuania(new Date(instant)));

describe('overdue', () => {
  it('is due before today, not today', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-11-21' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-23' }, '2026-11-22')).toBe(false);
  });

  it('never for a task done or cancelled', () => {
    expect(isOverdue({ status: 'done', dueOn: '2020-01-01' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueOn: '2020-01-01' }, '2026-11-22')).toBe(false);
  });

  it('turns at midnight in Vilnius in winter (UTC+2), not at midnight UTC', () => {
    expect(overdueAt('2026-11-22T21:59:59Z', '2026-11-22')).toBe(false);
    expect(overdueAt('2026-11-22T22:00:00Z', '2026-11-22')).toBe(true);
    expect(overdueAt('2026-11-22T23:30:00Z', '2026-11-22')).toBe(true);
  });

  it('turns at midnight in Vilnius in summer (UTC+3)', () => {
    expect(overdueAt('2026-07-01T20:59:59Z', '2026-07-01')).toBe(false);
    expect(overdueAt('2026-07-01T21:00:00Z', '2026-07-01')).toBe(true);
  });

  it('keeps the day right across the night the clocks go forward and back', () => {
    // 2026-03-29: 03:00 becomes 04:00 in Vilnius; 2026-10-25: 04:00 becomes 03:00.
    expect(todayInLithuania(new Date('2026-03-28T21:59:59Z'))).toBe('2026-03-28');
    expect(todayInLithuania(new Date('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
    expect(todayInLithuania(new Date('2026-03-29T20:59:59Z'))).toBe('2026-03-29');
    expect(todayInLithuania(new Date('2026-03-29T21:00:00Z'))).toBe('2026-03-30');
    expect(todayInLithuania(new Date('2026-10-24T20:59:59Z'))).toBe('2026-10-24');
    expect(todayInLithuania(new Date('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
    expect(todayInLithuania(new Date('2026-10-25T21:59:59Z'))).toBe('2026-10-25');
    expect(todayInLithuania(new Date('2026-10-25T22:00:00Z'))).toBe('2026-10-26');
  });
});

describe('due date', () => {
  it('refuses a new date in the past, accepts today and later', () => {
    expect(dueOnIssues('2026-11-21', null, '2026-11-22')).toEqual([{ field: 'dueOn', problem: 'due_in_past' }]);
    expect(dueOnIssues('2026-11-22', null, '2026-11-22')).toEqual([]);
    expect(dueOnIssues('2026-12-01', null, '2026-11-22')).toEqual([]);
  });

  it('lets an overdue task keep its date, and leaves a date not sent alone', () => {
    expect(dueOnIssues('2026-11-01', '2026-11-01', '2026-11-22')).toEqual([]);
    expect(dueOnIssues(undefined, '2026-11-01', '2026-11-22')).toEqual([]);
    expect(dueOnIssues('2026-11-02', '2026-11-01', '2026-11-22')).toEqual([{ field: 'dueOn', problem: 'due_in_past' }]);
  });
});

describe('completion', () => {
  it('records who finished the task when it becomes done', () => {
    expect(completionChange('open', 'done', 'u1')).toEqual({ done: 'set', doneBy: 'u1' });
    expect(completionChange('cancelled', 'done', 'u1')).toEqual({ done: 'set', doneBy: 'u1' });
  });

  it('clears it when the task is opened again or cancelled', () => {
    expect(completionChange('done', 'open', 'u1')).toEqual({ done: 'clear', doneBy: null });
    expect(completionChange('open', 'cancelled', 'u1')).toEqual({ done: 'clear', doneBy: null });
  });

  it('keeps it when the status does not change', () => {
    expect(completionChange('done', 'done', 'u2')).toEqual({ done: 'keep', doneBy: null });
    expect(completionChange('done', undefined, 'u2')).toEqual({ done: 'keep', doneBy: null });
  });
});

describe('6-month follow-up results', () => {
  const followUp = { kind: 'follow_up_6_months', status: 'open' } as const;
  const results = { employed6Months: true, improved6Months: true };

  it('are needed to complete a 6-month follow-up', () => {
    expect(followUpIssues(followUp, 'done', undefined)).toEqual([
      { field: 'followUp.employed6Months', problem: 'required' },
      { field: 'followUp.improved6Months', problem: 'required' },
    ]);
    expect(followUpIssues(followUp, 'done', results)).toEqual([]);
  });

  it('are refused anywhere else', () => {
    expect(followUpIssues({ kind: 'manual', status: 'open' }, 'done', results)).toEqual([{ field: 'followUp', problem: 'follow_up_not_expected' }]);
    expect(followUpIssues(followUp, undefined, results)).toEqual([{ field: 'followUp', problem: 'follow_up_not_expected' }]);
    expect(followUpIssues(followUp, 'cancelled', results)).toEqual([{ field: 'followUp', problem: 'follow_up_not_expected' }]);
    expect(followUpIssues({ kind: 'follow_up_6_months', status: 'done' }, 'done', results)).toEqual([{ field: 'followUp', problem: 'follow_up_not_expected' }]);
  });

  it('are not asked when a follow-up is cancelled or only edited', () => {
    expect(followUpIssues(followUp, 'cancelled', undefined)).toEqual([]);
    expect(followUpIssues(followUp, undefined, undefined)).toEqual([]);
  });
});
