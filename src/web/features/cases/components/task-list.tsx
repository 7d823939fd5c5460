import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpResults } from '../../../../contracts/tasks.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useUpdateTask, type Task } from '../api/tasks.ts';

// A list of tasks as a table, shared by the case page's panel and "My tasks". Marking a
// task done is one press; a 6-month follow-up first asks the two ESF+ questions.

interface TaskTableProps {
  caption: string;
  tasks: readonly Task[];
  /** Whether the user may complete these tasks (case.work on the case, or their own). */
  canComplete: (task: Task) => boolean;
  /** "My tasks" names the participant and links to the case; the case page does not need to. */
  showCase?: boolean;
  /** Who it is assigned to: on the case page, where tasks belong to several people. */
  showAssignee?: boolean;
  /** Finished tasks: nothing to do with them, so no actions column. */
  readOnly?: boolean;
}

export function TaskTable({ caption, tasks, canComplete, showCase = false, showAssignee = true, readOnly = false }: TaskTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [completing, setCompleting] = useState<string | null>(null);
  const update = useUpdateTask();
  const [problem, setProblem] = useState<string | null>(null);

  const markDone = (task: Task) => {
    setProblem(null);
    update.mutate({ id: task.id, status: 'done', version: task.version }, {
      onSuccess: () => announce(t('tasks.markedDone', { title: task.title })),
      onError: (error) => setProblem(error instanceof Error && error.message ? error.message : t('errors.generic')),
    });
  };

  // A 6-month follow-up opens its questions; any other task is done with one press.
  const action = (task: Task) => {
    // A follow-up after placement is answered on the placement's page (decision 0034).
    if (task.kind === 'placement_follow_up' && task.placementId) {
      return (
        <Link to="/placements/$id" params={{ id: task.placementId }} hash="placement-follow-ups-title" aria-label={t('placements.followUp.recordOnPageNamed', { title: task.title })}>
          {t('placements.followUp.recordOnPage')}
        </Link>
      );
    }
    if (task.kind !== 'follow_up_6_months') {
      return (
        <Button variant="secondary" isDisabled={update.isPending} aria-label={t('tasks.markDoneNamed', { title: task.title })} onPress={() => markDone(task)}>
          {t('tasks.markDone')}
        </Button>
      );
    }
    if (completing === task.id) return null;
    return (
      <Button variant="secondary" aria-label={t('tasks.recordFollowUpNamed', { title: task.title })} onPress={() => setCompleting(task.id)}>
        {t('tasks.recordFollowUp')}
      </Button>
    );
  };

  return (
    <>
      {problem ? <div className="banner banner-error" role="alert"><p>{problem}</p></div> : null}
      <DataTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('tasks.task')}</th>
            {showCase ? <th scope="col">{t('tasks.participant')}</th> : null}
            {showAssignee ? <th scope="col">{t('tasks.assignee')}</th> : null}
            <th scope="col">{t('tasks.dueOn')}</th>
            <th scope="col">{t('tasks.status')}</th>
            {readOnly ? null : <th scope="col">{t('tasks.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className={task.overdue ? 'task-overdue' : undefined}>
              <th scope="row">
                <span className="task-title">{task.title}</span>
                {task.details ? <span className="task-details">{task.details}</span> : null}
              </th>
              {showCase ? (
                <td>
                  {task.caseId && task.participantName ? <Link to="/cases/$id" params={{ id: task.caseId }}>{task.participantName}</Link>
                    : task.caseId ? <Link to="/cases/$id" params={{ id: task.caseId }}>{t('tasks.openCase')}</Link> : '—'}
                </td>
              ) : null}
              {showAssignee ? <td>{task.assignee.name}</td> : null}
              <td className="nowrap">
                {formatDate(task.dueOn, language)}
                {task.overdue ? <strong className="overdue"> {t('tasks.overdue')}</strong> : null}
              </td>
              <td>{task.status === 'done' && task.doneAt ? t('tasks.doneOn', { date: formatDate(task.doneAt, language, 'Europe/Vilnius') }) : t(`tasks.statuses.${task.status}`)}</td>
              {readOnly ? null : <td>{task.status === 'open' && canComplete(task) ? action(task) : null}</td>}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {tasks.filter((task) => task.id === completing).map((task) => (
        <FollowUpForm key={task.id} task={task} onDone={() => setCompleting(null)} />
      ))}
    </>
  );
}

type Answer = 'yes' | 'no' | '';

/** The 6-month follow-up: two questions in plain words, the answers go to the case's ESF+ results. */
function FollowUpForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTask();
  const form = useFormProblem();
  const formId = `task-follow-up-${task.id}`;
  const [answers, setAnswers] = useState<{ employed6Months: Answer; improved6Months: Answer }>({ employed6Months: '', improved6Months: '' });
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens below the list, away from the button that opened it: take the reader there.
  useEffect(() => heading.current?.focus(), []);
  const questions = [
    { key: 'employed6Months', text: t('tasks.followUp.employed'), missing: t('tasks.followUp.answerEmployed') },
    { key: 'improved6Months', text: t('tasks.followUp.improved'), missing: t('tasks.followUp.answerImproved') },
  ] as const;
  const fieldKey = (key: string) => `followUp.${key}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    for (const q of questions) if (!answers[q.key]) fields[fieldKey(q.key)] = q.missing;
    if (Object.keys(fields).length > 0) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    form.submitted();
    const followUp: FollowUpResults = { employed6Months: answers.employed6Months === 'yes', improved6Months: answers.improved6Months === 'yes' };
    update.mutate({ id: task.id, status: 'done', followUp, version: task.version }, {
      onSuccess: () => { announce(t('tasks.followUp.recorded')); onDone(); },
      onError: form.failed,
    });
  };

  return (
    <form className="form task-follow-up" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} ref={heading} tabIndex={-1}>{t('tasks.followUp.title', { title: task.title })}</h3>
      <p>{t('tasks.followUp.intro')}</p>
      <RecordChanged problem={form.problem} onReload={onDone} />
      {/* Each message names its question, so the summary needs no labels. */}
      <FormProblemSummary form={formId} problem={form.problem} attempt={form.attempt} />
      {questions.map((q) => {
        const id = fieldId(formId, fieldKey(q.key));
        const error = form.problem?.fields[fieldKey(q.key)];
        return (
          <fieldset key={q.key} id={id} tabIndex={-1} className={`question question-yes_no${error ? ' question-invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
            <legend className="question-text">{q.text} <span className="field-required">{t('form.required')}</span></legend>
            {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
            <div className="answer-options answer-options-yes_no">
              {(['yes', 'no'] as const).map((value) => (
                <label key={value} className="answer-option">
                  <input type="radio" name={id} checked={answers[q.key] === value} onChange={() => setAnswers((a) => ({ ...a, [q.key]: value }))} />
                  <span className="answer-label">{t(`tasks.followUp.${value}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <FormActions submitLabel={t('tasks.followUp.save')} isPending={update.isPending} onCancel={onDone} />
    </form>
  );
}
