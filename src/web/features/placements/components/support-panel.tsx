import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS } from '../../../../contracts/cases.ts';
import type { Placement } from '../../../../contracts/placements.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { formatMinutes, minutesOf } from '../../../lib/duration.ts';
import { useLogSupport, usePlacementSupport } from '../api/placements.ts';
import { formatHours } from '../../../lib/amounts.ts';

// The job support log of a placement: planned and delivered hours week by week (the fading
// plan against what was given), each session, and the form to log one. A session is a
// delivered service (job coaching) of the case, so the case's service list counts it too.

const FORM = 'placement-support';

export function SupportPanel({ placement, canLog }: { placement: Placement; canLog: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const support = usePlacementSupport(placement.id);
  const [adding, setAdding] = useState(false);
  const data = support.data;
  const hours = (value: number) => t('placements.support.hours', { hours: formatHours(value, language) });

  return (
    <Panel id="placement-support" title={t('placements.support.title')}>
      <QueryState isPending={support.isPending} error={support.error} />
      {data && data.weeks.length === 0 ? <p>{t('placements.support.notStarted')}</p> : null}
      {data && data.weeks.some((week) => week.plannedHours > 0 || week.deliveredHours > 0) ? (
        <DataTable caption={t('placements.support.weeksCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('placements.support.week')}</th>
              <th scope="col">{t('placements.support.dates')}</th>
              <th scope="col">{t('placements.support.planned')}</th>
              <th scope="col">{t('placements.support.delivered')}</th>
            </tr>
          </thead>
          <tbody>
            {data.weeks.map((week) => {
              const below = week.deliveredHours < week.plannedHours;
              return (
                <tr key={week.week}>
                  <th scope="row">{t('placements.support.weekNumber', { n: week.week })}</th>
                  <td className="nowrap">{formatDate(week.startsOn, language)} – {formatDate(week.endsOn, language)}</td>
                  <td className="number">{hours(week.plannedHours)}</td>
                  <td className="number">
                    <span className={below ? 'support-below-plan' : undefined}>{hours(week.deliveredHours)}</span>
                    {below ? <span className="muted"> {t('placements.support.belowPlan')}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      ) : null}
      {data && data.items.length > 0 ? (
        <DataTable caption={t('placements.support.logCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('placements.support.deliveredOn')}</th>
              <th scope="col">{t('placements.support.duration')}</th>
              <th scope="col">{t('placements.support.where')}</th>
              <th scope="col">{t('placements.support.provider')}</th>
              <th scope="col">{t('placements.support.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="nowrap">{formatDate(item.deliveredOn, language)}</th>
                <td className="nowrap">{formatMinutes(item.durationMinutes, t)}</td>
                <td>{item.onTheJob ? t('placements.support.onTheJob') : t('placements.support.offTheJob')}</td>
                <td>{item.providerName}</td>
                <td className="pre-line">{item.notes}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {data && data.items.length === 0 ? <p>{t('placements.support.none')}</p> : null}
      {canLog ? (adding ? <SupportForm placement={placement} onDone={() => setAdding(false)} /> : <p><Button onPress={() => setAdding(true)}>{t('placements.support.log')}</Button></p>) : null}
    </Panel>
  );
}

function SupportForm({ placement, onDone }: { placement: Placement; onDone: () => void }) {
  const { t } = useTranslation();
  const log = useLogSupport(placement);
  const form = useFormProblem();
  const [values, setValues] = useState({ deliveredOn: todayIso(), hours: '', minutes: '', onTheJob: true, notes: '' });
  const labels: Record<string, string> = {
    deliveredOn: t('placements.support.deliveredOn'), durationMinutes: t('placements.support.duration'), notes: t('placements.support.notes'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const minutes = minutesOf(values.hours, values.minutes);
    if (!values.deliveredOn) fields.deliveredOn = t('form.fillIn');
    else if (values.deliveredOn > todayIso()) fields.deliveredOn = t('services.notInFuture');
    else if (values.deliveredOn < placement.startsOn) fields.deliveredOn = t('placements.support.beforeStart', { date: formatDate(placement.startsOn, 'lt') });
    if (minutes === null) fields.durationMinutes = t('services.durationWhole');
    else if (minutes < 1) fields.durationMinutes = t('services.durationPositive');
    else if (minutes > CASE_LIMITS.serviceMinutesMax) fields.durationMinutes = t('services.durationTooLong');
    if (Object.keys(fields).length > 0) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    log.mutate({
      deliveredOn: values.deliveredOn, durationMinutes: minutes!, onTheJob: values.onTheJob, ...(values.notes.trim() ? { notes: values.notes } : {}),
    }, { onSuccess: () => { announce(t('placements.support.logged')); onDone(); }, onError: form.failed });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby={`${FORM}-title`}>
      <h3 id={`${FORM}-title`}>{t('placements.support.log')}</h3>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <TextField id={fieldId(FORM, 'deliveredOn')} label={labels.deliveredOn!} type="date" isRequired value={values.deliveredOn} onChange={(deliveredOn) => setValues((v) => ({ ...v, deliveredOn }))} error={form.problem?.fields.deliveredOn} />
      <fieldset id={fieldId(FORM, 'durationMinutes')} tabIndex={-1} className="form-group">
        <legend>{labels.durationMinutes} <span className="field-required">{t('form.required')}</span></legend>
        {form.problem?.fields.durationMinutes ? <p className="field-error">{form.problem.fields.durationMinutes}</p> : null}
        <div className="placement-row">
          <TextField id={fieldId(FORM, 'hours')} label={t('placements.support.hoursPart')} inputMode="numeric" value={values.hours} onChange={(hours) => setValues((v) => ({ ...v, hours }))} />
          <TextField id={fieldId(FORM, 'minutes')} label={t('placements.support.minutesPart')} inputMode="numeric" value={values.minutes} onChange={(minutes) => setValues((v) => ({ ...v, minutes }))} />
        </div>
      </fieldset>
      <Checkbox id={fieldId(FORM, 'onTheJob')} label={t('placements.support.onTheJobLabel')} isSelected={values.onTheJob} onChange={(onTheJob) => setValues((v) => ({ ...v, onTheJob }))} />
      <TextField id={fieldId(FORM, 'notes')} label={labels.notes!} multiline maxLength={CASE_LIMITS.noteMax} value={values.notes} onChange={(notes) => setValues((v) => ({ ...v, notes }))} error={form.problem?.fields.notes} />
      <FormActions submitLabel={t('placements.support.save')} isPending={log.isPending} onCancel={onDone} />
    </form>
  );
}
