import type { Reminder, Task, TaskKind, TaskStatus } from '../../../contracts/tasks.ts';
import type { ReminderRow } from './reminders.queries.ts';
import type { TaskRow } from './tasks.queries.ts';
import { isOverdue } from './tasks.rules.ts';

/** `showParticipant`: the viewer may read participants in the task's organisation (the case itself was checked already). */
export function presentTask(row: TaskRow, today: string, showParticipant: boolean): Task {
  const status = row.status as TaskStatus;
  const named = showParticipant && row.participant_id !== null;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    caseId: row.case_id,
    participantId: named ? row.participant_id : null,
    participantName: named ? `${row.participant_first_name} ${row.participant_last_name}` : null,
    title: row.title,
    details: row.details,
    kind: row.kind as TaskKind,
    placementId: row.placement_id ?? null,
    assignee: { id: row.assignee_id, name: `${row.assignee_first_name} ${row.assignee_last_name}` },
    dueOn: row.due_on,
    status,
    overdue: isOverdue({ status, dueOn: row.due_on }, today),
    doneAt: row.done_at ? row.done_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

export function presentReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    taskId: row.task_id,
    caseId: row.case_id,
    title: row.title,
    dueOn: row.due_on,
    taskStatus: row.status as TaskStatus,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}
