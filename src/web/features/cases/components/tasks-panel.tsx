import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_LIMITS } from '../../../../contracts/tasks.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { todayIso } from '../../../lib/format.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCaseTasks, useCreateTask } from '../api/tasks.ts';
import { TaskTable } from './task-list.tsx';

// The case page's tasks: what is open (overdue first), what was done, and a form to assign
// a new one to someone in the case team. The props are those every case section gets.

export interface TasksPanelProps {
  caseRecord: { id: string };
  /** case.work in the case's organisation: assign and complete tasks. */
  canWork: boolean;
}

export function TasksPanel({ caseRecord, canWork }: TasksPanelProps) {
  const { t } = useTranslation();
  const tasks = useCaseTasks(caseRecord.id);
  const [adding, setAdding] = useState(false);
  const items = tasks.data?.items ?? [];
  const open = items.filter((task) => task.status === 'open');
  const finished = items.filter((task) => task.status !== 'open');

  return (
    <Panel id="case-tasks" title={t('tasks.caseTitle')}>
      <QueryState isPending={tasks.isPending} error={tasks.error} />
      {tasks.data && open.length === 0 ? <p>{t('tasks.noOpen')}</p> : null}
      {open.length > 0 ? <TaskTable caption={t('tasks.openCaption')} tasks={open} canComplete={() => canWork} /> : null}
      {finished.length > 0 ? (
        <details className="task-finished">
          <summary>{t('tasks.finishedSummary', { count: finished.length })}</summary>
          <TaskTable caption={t('tasks.finishedCaption')} tasks={finished} canComplete={() => false} readOnly />
        </details>
      ) : null}
      {canWork && tasks.data ? (
        adding ? <TaskForm caseId={caseRecord.id} assignees={tasks.data.assignees} onDone={() => setAdding(false)} />
          : <Button variant="secondary" onPress={() => setAdding(true)}>{t('tasks.add')}</Button>
      ) : null}
    </Panel>
  );
}

/** A week ahead: most follow-ups are "by next week". */
function weekFromToday(): string {
  const date = new Date(`${todayIso()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  return date.toISOString().slice(0, 10);
}

function TaskForm({ caseId, assignees, onDone }: { caseId: string; assignees: readonly { id: string; name: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTask();
  const form = useFormProblem();
  const FORM = `task-new-${caseId}`;
  const [values, setValues] = useState({ title: '', details: '', assigneeId: '', dueOn: weekFromToday() });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const id = (field: string) => fieldId(FORM, field);
  const labels: Record<string, string> = {
    title: t('tasks.title'), details: t('tasks.details'), assigneeId: t('tasks.assignee'), dueOn: t('tasks.dueOn'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.title.trim()) fields.title = t('form.fillIn');
    if (!values.assigneeId) fields.assigneeId = t('form.chooseOne');
    if (!values.dueOn) fields.dueOn = t('form.fillIn');
    if (Object.keys(fields).length > 0) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    form.submitted();
    create.mutate(
      { caseId, title: values.title, details: values.details, assigneeId: values.assigneeId, dueOn: values.dueOn },
      { onSuccess: () => { announce(t('tasks.added')); onDone(); }, onError: form.failed },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('tasks.add')}>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(field) => labels[field]} />
      <TextField id={id('title')} label={labels.title!} value={values.title} onChange={set('title')} maxLength={TASK_LIMITS.titleMax} error={form.problem?.fields.title} isRequired />
      <TextField id={id('details')} label={labels.details!} value={values.details} onChange={set('details')} maxLength={TASK_LIMITS.detailsMax} error={form.problem?.fields.details} multiline />
      <SelectField
        id={id('assigneeId')} label={labels.assigneeId!} value={values.assigneeId} onChange={set('assigneeId')} emptyLabel={t('form.choose')}
        options={assignees.map((person) => ({ value: person.id, label: person.name }))} error={form.problem?.fields.assigneeId} isRequired
      />
      <TextField id={id('dueOn')} label={labels.dueOn!} type="date" value={values.dueOn} onChange={set('dueOn')} error={form.problem?.fields.dueOn} isRequired />
      <FormActions submitLabel={t('tasks.save')} isPending={create.isPending} onCancel={onDone} />
    </form>
  );
}
