import type { FollowUpResults, TaskKind, TaskStatus } from '../../../contracts/tasks.ts';
import type { FieldIssue } from '../participants/participants.rules.ts';

// Pure rules of tasks: when a task is overdue, what a change of status records, what a
// new due date and the 6-month follow-up's results must be. Dates are 'YYYY-MM-DD' in
// Lithuania (todayInLithuania), so comparing the texts compares the days.

/** Overdue: still open and due before today. A task due today is not overdue yet (but it has its reminder). */
export function isOverdue(task: { status: TaskStatus; dueOn: string }, today: string): boolean {
  return task.status === 'open' && task.dueOn < today;
}

/** A new or moved due date may not lie in the past; an unchanged one may (the task is overdue, not wrong). */
export function dueOnIssues(dueOn: string | undefined, currentDueOn: string | null, today: string): FieldIssue[] {
  if (dueOn === undefined || dueOn === currentDueOn || dueOn >= today) return [];
  return [{ field: 'dueOn', problem: 'due_in_past' }];
}

/**
 * Who finished a task and when: set when it becomes done, cleared when it is opened again
 * or cancelled, kept when the status does not change.
 */
export function completionChange(from: TaskStatus, to: TaskStatus | undefined, actorId: string): { done: 'set' | 'clear' | 'keep'; doneBy: string | null } {
  if (to === undefined || to === from) return { done: 'keep', doneBy: null };
  if (to === 'done') return { done: 'set', doneBy: actorId };
  return { done: 'clear', doneBy: null };
}

/**
 * The ESF+ longer-term results belong to completing a 6-month follow-up, and completing one
 * needs them: the two answers are the follow-up's whole point.
 */
export function followUpIssues(task: { kind: TaskKind; status: TaskStatus }, to: TaskStatus | undefined, followUp: FollowUpResults | undefined): FieldIssue[] {
  const completing = task.kind === 'follow_up_6_months' && task.status !== 'done' && to === 'done';
  if (completing && !followUp) {
    return [{ field: 'followUp.employed6Months', problem: 'required' }, { field: 'followUp.improved6Months', problem: 'required' }];
  }
  if (!completing && followUp) return [{ field: 'followUp', problem: 'follow_up_not_expected' }];
  return [];
}
