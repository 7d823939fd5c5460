import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseTasks, ReminderCount, ReminderList, Task, TaskCreate, TaskList, TaskUpdate } from '../../../../contracts/tasks.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// Tasks and reminders. Query keys start with 'tasks' and 'reminders'; a change to a task
// makes both stale (a finished task leaves the unread count), and on a case its page,
// timeline and the caseload's overdue counts too.

export interface MyTasksFilter { status: 'open' | 'done' | 'cancelled' | ''; overdue: boolean }

export function useMyTasks(filter: MyTasksFilter) {
  return useQuery({
    queryKey: ['tasks', 'mine', filter],
    queryFn: () => api<TaskList>(withQuery('/api/tasks', { assignee: 'me', status: filter.status, overdue: filter.overdue || undefined })),
    // Every read is audited: not again just because the window got focus.
    staleTime: 60_000,
  });
}

export function useCaseTasks(caseId: string) {
  return useQuery({ queryKey: ['tasks', 'case', caseId], queryFn: () => api<CaseTasks>(`/api/cases/${caseId}/tasks`), staleTime: 60_000 });
}

function useTaskChanged() {
  const client = useQueryClient();
  return (task: Task) => {
    void client.invalidateQueries({ queryKey: ['tasks'] });
    void client.invalidateQueries({ queryKey: ['reminders'] });
    if (task.caseId) {
      void client.invalidateQueries({ queryKey: ['cases', 'one', task.caseId] });
      void client.invalidateQueries({ queryKey: ['cases', 'timeline', task.caseId] });
    }
    void client.invalidateQueries({ queryKey: ['cases', 'summary'] });
    void client.invalidateQueries({ queryKey: ['cases', 'list'] });
  };
}

export function useCreateTask() {
  const changed = useTaskChanged();
  return useMutation({ mutationFn: (body: TaskCreate) => api<Task>('/api/tasks', { method: 'POST', body }), onSuccess: changed });
}

export function useUpdateTask() {
  const client = useQueryClient();
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: TaskUpdate & { id: string }) => api<Task>(`/api/tasks/${id}`, { method: 'PATCH', body }),
    onSuccess: changed,
    // Someone else may have saved first (409): show the task as it now is.
    onError: () => void client.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

/** The header's number: read again every few minutes, as the sweep runs every five. */
export function useUnreadReminders(enabled: boolean) {
  return useQuery({
    queryKey: ['reminders', 'unread'],
    queryFn: () => api<ReminderCount>('/api/reminders/unread'),
    enabled,
    refetchInterval: 5 * 60_000,
  });
}

export function useReminders() {
  return useQuery({ queryKey: ['reminders', 'list'], queryFn: () => api<ReminderList>('/api/reminders'), staleTime: 30_000 });
}

export function useMarkReminderRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<ReminderCount>(`/api/reminders/${id}/read`, { method: 'POST' }),
    onSuccess: (count) => {
      client.setQueryData(['reminders', 'unread'], count);
      void client.invalidateQueries({ queryKey: ['reminders', 'list'] });
    },
  });
}

export type { Task };
