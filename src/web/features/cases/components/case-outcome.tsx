import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS, CASE_OUTCOMES, type CaseOutcome, type EsfResults } from '../../../../contracts/cases.ts';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useChangeStage, type Case } from '../api/cases.ts';

/**
 * Closing the case: the outcome at exit and its date. The server fills the ESF+ results,
 * ends the participation in the programme and creates the 6-month follow-up task.
 */
export function ClosingForm({ caseRecord, onDone, onRefetch }: { caseRecord: Case; onDone: () => void; onRefetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const change = useChangeStage(caseRecord.id);
  const form = useFormProblem();
  // A case reopened by mistake offers the outcome it had; otherwise the one its active placements suggest (decision 0034).
  const suggested = caseRecord.outcome === null ? caseRecord.suggestedOutcome : null;
  const [values, setValues] = useState({ outcome: caseRecord.outcome ?? suggested ?? '', outcomeOn: caseRecord.outcomeOn ?? todayIso(), outcomeNote: caseRecord.outcomeNote });
  const labels: Record<string, string> = { outcome: t('cases.outcome'), outcomeOn: t('cases.outcomeOn'), outcomeNote: t('cases.outcomeNote') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.outcome) missing.outcome = t('form.chooseOne');
    if (!values.outcomeOn) missing.outcomeOn = t('form.fillIn');
    if (Object.keys(missing).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: missing });
    form.submitted();
    change.mutate({
      to: 'closed', outcome: values.outcome as CaseOutcome, outcomeOn: values.outcomeOn,
      ...(values.outcomeNote ? { outcomeNote: values.outcomeNote } : {}), version: caseRecord.version,
    }, {
      onSuccess: () => { announce(t('cases.closed')); onDone(); },
      onError: form.failed,
    });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby="case-close-title">
      <h3 id="case-close-title">{t('cases.closeTitle')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <FormProblemSummary form="case-close" problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <p>{t('cases.closeHint')}</p>
      {suggested ? <p>{t('placements.suggestedOutcome', { outcome: t(`cases.outcomes.${suggested}`) })}</p> : null}
      <SelectField
        id={fieldId('case-close', 'outcome')} label={labels.outcome!} value={values.outcome} isRequired emptyLabel={t('form.choose')}
        onChange={(outcome) => setValues((v) => ({ ...v, outcome }))} error={form.problem?.fields.outcome}
        options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`cases.outcomes.${o}`) }))}
      />
      <TextField
        id={fieldId('case-close', 'outcomeOn')} label={labels.outcomeOn!} type="date" isRequired description={t('cases.outcomeOnHint')}
        value={values.outcomeOn} onChange={(outcomeOn) => setValues((v) => ({ ...v, outcomeOn }))} error={form.problem?.fields.outcomeOn}
      />
      <TextField
        id={fieldId('case-close', 'outcomeNote')} label={labels.outcomeNote!} multiline maxLength={CASE_LIMITS.noteMax}
        value={values.outcomeNote} onChange={(outcomeNote) => setValues((v) => ({ ...v, outcomeNote }))} error={form.problem?.fields.outcomeNote}
      />
      <FormActions submitLabel={t('cases.closeSave')} isPending={change.isPending} onCancel={onDone} />
    </form>
  );
}

const RESULTS: (keyof EsfResults)[] = ['employed', 'educationOrTraining', 'qualification', 'jobSearching', 'employed6Months', 'improved6Months'];

/** The outcome at exit and the ESF+ results, once there is an outcome. */
export function CaseOutcomePanel({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!caseRecord.outcome) return null;
  const answer = (value: boolean | null) => (value === null ? t('cases.resultUnknown') : value ? t('cases.yes') : t('cases.no'));
  return (
    <Panel id="case-outcome" title={t('cases.outcomeTitle')}>
      {caseRecord.stage !== 'closed' ? <p className="stage-waiting">{t('cases.outcomeKept')}</p> : null}
      <dl className="facts">
        <div><dt>{t('cases.outcome')}</dt><dd>{t(`cases.outcomes.${caseRecord.outcome}`)}</dd></div>
        <div><dt>{t('cases.outcomeOn')}</dt><dd>{caseRecord.outcomeOn ? formatDate(caseRecord.outcomeOn, language) : '—'}</dd></div>
        {caseRecord.outcomeNote ? <div><dt>{t('cases.outcomeNote')}</dt><dd className="pre-line">{caseRecord.outcomeNote}</dd></div> : null}
      </dl>
      <h3>{t('cases.esfTitle')}</h3>
      <dl className="facts">
        {RESULTS.map((key) => <div key={key}><dt>{t(`cases.esf.${key}`)}</dt><dd>{answer(caseRecord.esfResults[key])}</dd></div>)}
      </dl>
    </Panel>
  );
}
