import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS, CASE_STAGES, type CaseStage } from '../../../../contracts/cases.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useChangeStage, type Case } from '../api/cases.ts';
import { ClosingForm } from './case-outcome.tsx';

/** Where the case stands among the seven stages, said in words as well as drawn. */
export function StageSteps({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  const current = CASE_STAGES.indexOf(stage);
  return (
    <ol className="stage-steps" aria-label={t('cases.stageSteps')}>
      {CASE_STAGES.map((s, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'ahead';
        return (
          <li key={s} className={`stage-step stage-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="stage-number" aria-hidden="true">{index < current ? '✓' : index + 1}</span>
            <span className="stage-name">{t(`cases.stages.${s}`)}</span>
            {state === 'current' ? <span className="visually-hidden"> {t('cases.currentStage')}</span> : null}
            {state === 'done' ? <span className="visually-hidden"> {t('cases.stageDone')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

type Open = null | 'back' | 'close';

/** The stage panel: the steps, the moves the workflow allows now, going back with a reason, closing. */
export function StagePanel({ caseRecord, canManage, onRefetch }: { caseRecord: Case; canManage: boolean; onRefetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const change = useChangeStage(caseRecord.id);
  const problem = useFormProblem();
  const [open, setOpen] = useState<Open>(null);
  const closed = caseRecord.stage === 'closed';
  const forward = caseRecord.nextStages.filter((s) => s !== 'closed');

  const moveForward = (to: CaseStage) => {
    problem.submitted();
    change.mutate({ to, version: caseRecord.version }, {
      onSuccess: () => { problem.setProblem(null); announce(t('cases.moved', { stage: t(`cases.stages.${to}`) })); },
      onError: problem.failed,
    });
  };

  return (
    <Panel id="case-stage" title={t('cases.stageTitle')}>
      <StageSteps stage={caseRecord.stage} />
      {caseRecord.waitingFor ? (
        <p className="stage-waiting">
          {t('cases.waitingFor', { stage: t(`cases.stages.${caseRecord.waitingFor.stage}`), condition: t(`cases.conditions.${caseRecord.waitingFor.condition}`) })}
        </p>
      ) : null}
      {canManage ? (
        <>
          <RecordChanged problem={problem.problem} onReload={async () => { await onRefetch(); problem.setProblem(null); }} />
          <FormProblemSummary form="case-move" problem={problem.problem} attempt={problem.attempt} />
          {open === null ? (
            <div className="form-actions">
              {forward.map((to) => (
                <Button key={to} isDisabled={change.isPending} onPress={() => moveForward(to)}>{t('cases.moveTo', { stage: t(`cases.stages.${to}`) })}</Button>
              ))}
              {!closed ? <Button variant="secondary" onPress={() => { problem.setProblem(null); setOpen('close'); }}>{t('cases.close')}</Button> : null}
              {caseRecord.stage !== 'intake' ? (
                <Button variant="secondary" onPress={() => { problem.setProblem(null); setOpen('back'); }}>{closed ? t('cases.reopen') : t('cases.goBack')}</Button>
              ) : null}
            </div>
          ) : null}
          {open === 'back' ? <GoBackForm caseRecord={caseRecord} onDone={() => setOpen(null)} onRefetch={onRefetch} /> : null}
          {open === 'close' ? <ClosingForm caseRecord={caseRecord} onDone={() => setOpen(null)} onRefetch={onRefetch} /> : null}
        </>
      ) : null}
    </Panel>
  );
}

/** Back to an earlier stage (or out of closed): only with a reason, which the timeline keeps. */
function GoBackForm({ caseRecord, onDone, onRefetch }: { caseRecord: Case; onDone: () => void; onRefetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const change = useChangeStage(caseRecord.id);
  const form = useFormProblem();
  const earlier = CASE_STAGES.slice(0, CASE_STAGES.indexOf(caseRecord.stage));
  const [values, setValues] = useState({ to: earlier.at(-1) ?? 'intake', reason: '' });
  const reopening = caseRecord.stage === 'closed';
  const title = reopening ? t('cases.reopenTitle') : t('cases.goBackTitle');
  const labels: Record<string, string> = { to: t('cases.backTo'), reason: t('cases.reason') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.reason.trim()) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { reason: t('form.fillIn') } });
    form.submitted();
    change.mutate({ to: values.to, reason: values.reason, version: caseRecord.version }, {
      onSuccess: () => { announce(t('cases.movedBack', { stage: t(`cases.stages.${values.to}`) })); onDone(); },
      onError: form.failed,
    });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby="case-back-title">
      <h3 id="case-back-title">{title}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <FormProblemSummary form="case-back" problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <p>{reopening ? t('cases.reopenHint') : t('cases.goBackHint')}</p>
      <SelectField
        id={fieldId('case-back', 'to')} label={labels.to!} value={values.to} isRequired
        onChange={(to) => setValues((v) => ({ ...v, to: to as CaseStage }))}
        options={earlier.map((s) => ({ value: s, label: t(`cases.stages.${s}`) }))} error={form.problem?.fields.to}
      />
      <TextField
        id={fieldId('case-back', 'reason')} label={labels.reason!} multiline isRequired maxLength={CASE_LIMITS.reasonMax}
        value={values.reason} onChange={(reason) => setValues((v) => ({ ...v, reason }))} error={form.problem?.fields.reason}
      />
      <FormActions submitLabel={reopening ? t('cases.reopen') : t('cases.saveBack')} isPending={change.isPending} onCancel={onDone} />
    </form>
  );
}
