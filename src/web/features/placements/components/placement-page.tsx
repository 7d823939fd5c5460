import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACEMENT_END_REASONS, type PlacementEndReason } from '../../../../contracts/employment.ts';
import { PLACEMENT_LIMITS, type FollowUp, type Placement } from '../../../../contracts/placements.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useEndPlacement, usePlacement, useRecordFollowUp } from '../api/placements.ts';
import { formatEuro, formatHours } from '../../../lib/amounts.ts';
import { PlacementForm } from './placement-form.tsx';
import { SupportPanel } from './support-panel.tsx';

// A placement's page: what was agreed, the follow-ups at 3, 6 and 12 months with the form
// that records each, the job support log against the fading plan, and ending it.

export function PlacementPageView({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = usePlacement(id);
  const canWork = useCan('case.work', query.data?.organisationId ?? null);

  if (!query.data) {
    return (
      <>
        <PageHeader title={t('placements.pageTitle')} />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  const p = query.data;
  const changeable = canWork && p.caseOpen;
  const title = p.employer ? t('placements.pageTitleAt', { title: p.jobTitle, employer: p.employer.name }) : p.jobTitle;
  return (
    <>
      <PageHeader title={title} />
      <p className="breadcrumb">
        <Link to="/cases/$id" params={{ id: p.caseId }}>{p.participant ? t('placements.backToCaseOf', { name: p.participant.name }) : t('placements.backToCase')}</Link>
      </p>
      {p.warnings.map((warning) => <Banner key={warning.code} tone="warning"><p><strong>{t('placements.warning')}</strong> {warning.message}</p></Banner>)}
      <dl className="facts">
        {p.participant ? <div><dt>{t('placements.participant')}</dt><dd>{p.participant.name}</dd></div> : null}
        <div><dt>{t('placements.kind')}</dt><dd>{t(`placements.kinds.${p.kind}`)}</dd></div>
        <div><dt>{t('placements.employer')}</dt><dd>{p.employer?.name ?? t('placements.noEmployer')}</dd></div>
        {p.vacancy ? <div><dt>{t('placements.vacancy')}</dt><dd>{p.vacancy.title}</dd></div> : null}
        <div><dt>{t('placements.occupation')}</dt><dd>{p.iscoCode} {language === 'en' ? p.occupationNameEn || p.occupationNameLt : p.occupationNameLt}</dd></div>
        <div><dt>{t('placements.startsOn')}</dt><dd>{formatDate(p.startsOn, language)}</dd></div>
        <div><dt>{t('placements.endsOn')}</dt><dd>{p.endsOn ? formatDate(p.endsOn, language) : t('placements.openEnded')}</dd></div>
        {p.endedOn ? (
          <div><dt>{t('placements.endedOn')}</dt><dd>{formatDate(p.endedOn, language)} ({p.endReason ? t(`placements.endReasons.${p.endReason}`) : ''})</dd></div>
        ) : null}
        <div><dt>{t('placements.hoursPerWeek')}</dt><dd>{formatHours(p.hoursPerWeek, language)}</dd></div>
        <div><dt>{t('placements.wage')}</dt><dd>{p.wageMonthlyCents === null ? t('placements.noWage') : formatEuro(p.wageMonthlyCents, language)}</dd></div>
        {p.supportAgreed ? <div><dt>{t('placements.supportAgreed')}</dt><dd className="pre-line">{p.supportAgreed}</dd></div> : null}
        <div>
          <dt>{t('placements.fading.title')}</dt>
          <dd>
            {p.fadingPlan.length === 0 ? t('placements.fading.none') : (
              <ul>
                {p.fadingPlan.map((step) => (
                  <li key={step.fromWeek}>{t('placements.fading.step', { week: step.fromWeek, hours: formatHours(step.hoursPerWeek, language) })}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {changeable ? <EditPanel placement={p} /> : null}
      <FollowUpsPanel placement={p} canRecord={canWork} />
      <SupportPanel placement={p} canLog={changeable} />
      {changeable && p.endedOn === null ? <EndPanel placement={p} /> : null}
    </>
  );
}

/** The 3-, 6- and 12-month follow-ups: due dates, answers, and the form for the one being recorded. */
function FollowUpsPanel({ placement, canRecord }: { placement: Placement; canRecord: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [recording, setRecording] = useState<number | null>(null);
  const yesNo = (value: boolean | null) => (value === null ? '—' : value ? t('placements.yes') : t('placements.no'));
  const answer = (f: FollowUp) => {
    if (f.status !== 'recorded') return '—';
    const employed = f.stillEmployed ? (f.sameEmployer === false ? t('placements.followUp.employedElsewhere') : t('placements.followUp.employed')) : t('placements.followUp.notEmployed');
    return `${employed}${f.notes ? `. ${f.notes}` : ''}`;
  };
  return (
    <Panel id="placement-follow-ups" title={t('placements.followUp.title')}>
      {placement.followUps.length === 0 ? <p>{t('placements.followUp.noneForTrial')}</p> : (
        <DataTable caption={t('placements.followUp.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('placements.followUp.when')}</th>
              <th scope="col">{t('placements.followUp.dueOn')}</th>
              <th scope="col">{t('placements.status')}</th>
              <th scope="col">{t('placements.followUp.stillEmployed')}</th>
              <th scope="col">{t('placements.followUp.answer')}</th>
              {canRecord ? <th scope="col">{t('placements.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {placement.followUps.map((f) => (
              <tr key={f.months} className={f.status === 'overdue' ? 'task-overdue' : undefined}>
                <th scope="row">{t('placements.followUp.months', { months: f.months })}</th>
                <td className="nowrap">{formatDate(f.dueOn, language)}</td>
                <td>
                  {f.status === 'recorded' && f.recordedOn
                    ? t('placements.followUp.recordedOn', { date: formatDate(f.recordedOn, language), name: f.recordedBy?.name ?? '' })
                    : f.status === 'upcoming' ? t('placements.followUp.upcoming', { date: formatDate(f.opensOn, language) })
                      : t(`placements.followUp.statuses.${f.status}`)}
                </td>
                <td>{yesNo(f.stillEmployed)}</td>
                <td>{answer(f)}</td>
                {canRecord ? (
                  <td>
                    {(f.status === 'due' || f.status === 'overdue') && recording !== f.months ? (
                      <Button variant="secondary" aria-label={t('placements.followUp.recordNamed', { months: f.months })} onPress={() => setRecording(f.months)}>
                        {t('placements.followUp.record')}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {recording !== null ? <FollowUpForm key={recording} placement={placement} months={recording} onDone={() => setRecording(null)} /> : null}
    </Panel>
  );
}

type Answer = 'yes' | 'no' | '';

function FollowUpForm({ placement, months, onDone }: { placement: Placement; months: number; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordFollowUp(placement);
  const form = useFormProblem();
  const formId = `placement-follow-up-${months}`;
  const [values, setValues] = useState<{ stillEmployed: Answer; sameEmployer: Answer; recordedOn: string; notes: string }>({
    stillEmployed: '', sameEmployer: '', recordedOn: todayIso(), notes: '',
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const labels: Record<string, string> = {
    stillEmployed: t('placements.followUp.questionEmployed'), sameEmployer: t('placements.followUp.questionSameEmployer'),
    recordedOn: t('placements.followUp.recordedOnLabel'), notes: t('placements.followUp.notes'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.stillEmployed) fields.stillEmployed = t('form.chooseOne');
    if (!values.recordedOn) fields.recordedOn = t('form.fillIn');
    if (Object.keys(fields).length > 0) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    const stillEmployed = values.stillEmployed === 'yes';
    record.mutate({
      months, stillEmployed, recordedOn: values.recordedOn,
      ...(stillEmployed && values.sameEmployer ? { sameEmployer: values.sameEmployer === 'yes' } : {}),
      ...(values.notes.trim() ? { notes: values.notes } : {}),
    }, { onSuccess: () => { announce(t('placements.followUp.saved')); onDone(); }, onError: form.failed });
  };
  const question = (key: 'stillEmployed' | 'sameEmployer') => {
    const id = fieldId(formId, key);
    const error = form.problem?.fields[key];
    return (
      <fieldset id={id} tabIndex={-1} className={`question question-yes_no${error ? ' question-invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="question-text">{labels[key]} {key === 'stillEmployed' ? <span className="field-required">{t('form.required')}</span> : null}</legend>
        {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
        <div className="answer-options answer-options-yes_no">
          {(['yes', 'no'] as const).map((value) => (
            <label key={value} className="answer-option">
              <input type="radio" name={id} checked={values[key] === value} onChange={() => setValues((v) => ({ ...v, [key]: value }))} />
              <span className="answer-label">{t(`placements.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} ref={heading} tabIndex={-1}>{t('placements.followUp.formTitle', { months })}</h3>
      <FormProblemSummary form={formId} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      {question('stillEmployed')}
      {values.stillEmployed === 'yes' ? question('sameEmployer') : null}
      <TextField id={fieldId(formId, 'recordedOn')} label={labels.recordedOn!} type="date" isRequired value={values.recordedOn} onChange={(recordedOn) => setValues((v) => ({ ...v, recordedOn }))} error={form.problem?.fields.recordedOn} />
      <TextField id={fieldId(formId, 'notes')} label={labels.notes!} multiline maxLength={PLACEMENT_LIMITS.notesMax} value={values.notes} onChange={(notes) => setValues((v) => ({ ...v, notes }))} error={form.problem?.fields.notes} />
      <FormActions submitLabel={t('placements.followUp.save')} isPending={record.isPending} onCancel={onDone} />
    </form>
  );
}

/** The placement ended: when and why. Its follow-ups stay, since retention is asked of the person. */
function EndPanel({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const end = useEndPlacement(placement);
  const form = useFormProblem();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ endedOn: todayIso(), endReason: '' });
  const formId = 'placement-end';
  const labels: Record<string, string> = { endedOn: t('placements.endedOn'), endReason: t('placements.endReason') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.endedOn) fields.endedOn = t('form.fillIn');
    if (!values.endReason) fields.endReason = t('form.chooseOne');
    if (Object.keys(fields).length > 0) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    end.mutate({ endedOn: values.endedOn, endReason: values.endReason as PlacementEndReason }, {
      onSuccess: () => { announce(t('placements.endSaved')); setOpen(false); },
      onError: form.failed,
    });
  };
  return (
    <Panel id="placement-end" title={t('placements.endTitle')}>
      <p>{t('placements.endHint')}</p>
      {open ? (
        <form className="form panel-inset" onSubmit={submit} noValidate aria-label={t('placements.endTitle')}>
          <FormProblemSummary form={formId} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
          <TextField id={fieldId(formId, 'endedOn')} label={labels.endedOn!} type="date" isRequired value={values.endedOn} onChange={(endedOn) => setValues((v) => ({ ...v, endedOn }))} error={form.problem?.fields.endedOn} />
          <SelectField
            id={fieldId(formId, 'endReason')} label={labels.endReason!} value={values.endReason} isRequired emptyLabel={t('form.choose')}
            onChange={(endReason) => setValues((v) => ({ ...v, endReason }))} error={form.problem?.fields.endReason}
            options={PLACEMENT_END_REASONS.map((reason) => ({ value: reason, label: t(`placements.endReasons.${reason}`) }))}
          />
          <FormActions submitLabel={t('placements.endSave')} isPending={end.isPending} onCancel={() => setOpen(false)} />
        </form>
      ) : <p><Button variant="secondary" onPress={() => setOpen(true)}>{t('placements.end')}</Button></p>}
    </Panel>
  );
}

/** Correcting what was recorded (a mistyped wage, the real start date); the follow-ups move with the start. */
function EditPanel({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [key, setKey] = useState(0);
  return (
    <Panel id="placement-edit" title={t('placements.edit')}>
      {editing ? (
        <PlacementForm
          key={`${key}-${placement.version}`}
          caseId={placement.caseId}
          organisationId={placement.organisationId}
          placement={placement}
          onSaved={() => setEditing(false)}
          onCancel={() => { setKey((k) => k + 1); setEditing(false); }}
        />
      ) : (
        <Button variant="secondary" onPress={() => setEditing(true)}>{t('placements.edit')}</Button>
      )}
    </Panel>
  );
}
