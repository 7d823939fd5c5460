import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES } from '../../../../contracts/tasks.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FilterForm } from '../../../components/ui/filter-form.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useMe } from '../../../lib/session.ts';
import { useDraft } from '../../../lib/use-filter.ts';
import { useMarkReminderRead, useMyTasks, useReminders, type MyTasksFilter } from '../api/tasks.ts';
import { TaskTable } from './task-list.tsx';

/** My reminders, the newest first: one per task and due date; the unread ones can be marked read. */
export function RemindersPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const reminders = useReminders();
  const markRead = useMarkReminderRead();
  const items = reminders.data?.items ?? [];
  return (
    <Panel id="reminders" title={t('tasks.reminders.title')}>
      <QueryState isPending={reminders.isPending} error={reminders.error ?? markRead.error} />
      {reminders.data ? <p>{t('tasks.reminders.unread', { count: reminders.data.unread })}</p> : null}
      {reminders.data && items.length === 0 ? <p>{t('tasks.reminders.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list reminder-list">
          {items.map((reminder) => {
            const unread = reminder.readAt === null && reminder.taskStatus === 'open';
            return (
              <li key={reminder.id} className={unread ? 'reminder reminder-unread' : 'reminder'}>
                <span>
                  {unread ? <strong>{reminder.title}</strong> : reminder.title}
                  <span className="muted">
                    {' – '}{t('tasks.reminders.due', { date: formatDate(reminder.dueOn, language) })}
                    {reminder.taskStatus !== 'open' ? `, ${t(`tasks.statuses.${reminder.taskStatus}`).toLowerCase()}` : ''}
                    {', '}{t('tasks.reminders.sent', { when: formatDateTime(reminder.createdAt, language) })}
                  </span>
                  {reminder.caseId ? <> <Link to="/cases/$id" params={{ id: reminder.caseId }}>{t('tasks.openCase')}</Link></> : null}
                </span>
                {unread ? (
                  <Button
                    variant="quiet" isDisabled={markRead.isPending} aria-label={t('tasks.reminders.markReadNamed', { title: reminder.title })}
                    onPress={() => markRead.mutate(reminder.id, { onSuccess: () => announce(t('tasks.reminders.markedRead')) })}
                  >
                    {t('tasks.reminders.markRead')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Panel>
  );
}

/** My tasks: open ones first with the overdue on top; done and cancelled ones on request. */
export function MyTasks() {
  const { t } = useTranslation();
  const filter = useDraft<MyTasksFilter>({ status: 'open', overdue: false });
  const tasks = useMyTasks(filter.applied);
  const me = useMe();
  // Own tasks without a case are always the assignee's to complete; on a case, case.work there decides (the server checks again).
  const canComplete = (task: { caseId: string | null; organisationId: string }) =>
    task.caseId === null || (me?.organisationPermissions[task.organisationId]?.includes('case.work') ?? false);
  const data = tasks.data;
  return (
    <Panel id="my-tasks" title={t('tasks.mineTitle')}>
      <FilterForm onApply={filter.apply}>
        <SelectField
          id="my-tasks-status" label={t('tasks.status')} value={filter.draft.status} onChange={(v) => filter.set('status')(v as MyTasksFilter['status'])}
          emptyLabel={t('tasks.allStatuses')} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.statuses.${s}`) }))}
        />
        <div className="field filter-checkbox">
          <Checkbox id="my-tasks-overdue" label={t('tasks.onlyOverdue')} isSelected={filter.draft.overdue} onChange={filter.set('overdue')} />
        </div>
      </FilterForm>
      <QueryState isPending={tasks.isPending} error={tasks.error} />
      {data && data.items.length === 0 ? <p>{t('tasks.noneMine')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <TaskTable
            caption={t('tasks.mineCaption', { count: data.total })} tasks={data.items} showCase showAssignee={false} canComplete={canComplete}
          />
          {data.total > data.items.length ? <p>{t('tasks.moreThanShown', { shown: data.items.length, total: data.total })}</p> : null}
        </>
      ) : null}
    </Panel>
  );
}
