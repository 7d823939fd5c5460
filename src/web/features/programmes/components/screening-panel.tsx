import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Screening } from '../../../../contracts/eligibility.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import type { Enrolment } from '../../../../contracts/programmes.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { useCan } from '../../../lib/session.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useEnrol, useProgrammes, useScreen } from '../api/programmes.ts';
import { ScreeningResult } from './screening-result.tsx';

/** "Check eligibility" on a person's profile: choose a programme, read the result rule by rule, then enrol. */
export function ScreeningPanel({ participantId, organisationId }: { participantId: string; organisationId: string }) {
  const { t } = useTranslation();
  const canScreen = useCan('screening.run');
  const programmes = useProgrammes();
  const [programmeId, setProgrammeId] = useState('');
  const [date, setDate] = useState('');
  const [screening, setScreening] = useState<Screening | null>(null);
  const screen = useScreen(programmeId);
  const form = useFormProblem();
  if (!canScreen) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!programmeId) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { programmeId: t('form.chooseOne') } });
      return;
    }
    form.submitted();
    setScreening(null);
    screen.mutate({ participantId, ...(date ? { date } : {}) }, {
      onSuccess: (result) => { form.setProblem(null); setScreening(result); announce(t(`screening.results.${result.result}`)); },
      onError: form.failed,
    });
  };

  return (
    <Panel id="screening" title={t('screening.title')}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('screening.title')}>
        {form.problem ? (
          <ErrorSummary
            attempt={form.attempt}
            message={form.problem.message}
            items={Object.entries(form.problem.fields).map(([field, text]) => ({ fieldId: fieldId('screening', field), text }))}
          />
        ) : null}
        <SelectField
          id={fieldId('screening', 'programmeId')} label={t('screening.programme')} value={programmeId}
          onChange={(value) => { setProgrammeId(value); setScreening(null); }}
          emptyLabel={t('form.choose')} options={(programmes.data?.items ?? []).filter((p) => p.organisationId === organisationId).map((p) => ({ value: p.id, label: p.name }))}
          error={form.problem?.fields.programmeId} isRequired
        />
        <TextField id={fieldId('screening', 'date')} label={t('screening.date')} description={t('screening.dateHint')} type="date" value={date} onChange={setDate} error={form.problem?.fields.date} />
        <div className="form-actions"><Button type="submit" isDisabled={screen.isPending}>{t('screening.check')}</Button></div>
      </form>
      {screening ? (
        <section aria-label={t('screening.resultTitle')} className="screening-box">
          <ScreeningResult screening={screening} />
          <EnrolAction programmeId={screening.programmeId} participantId={participantId} screening={screening} />
        </section>
      ) : null}
    </Panel>
  );
}

function EnrolAction({ programmeId, participantId, screening }: { programmeId: string; participantId: string; screening: Screening }) {
  const { t } = useTranslation();
  const canEnrol = useCan('enrolment.manage');
  const canOverride = useCan('enrolment.override');
  const enrol = useEnrol(programmeId);
  const form = useFormProblem();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<Enrolment | null>(null);
  if (!canEnrol) return null;
  if (done) {
    const text = done.status === 'waiting' ? t('enrolments.putOnWaitingList', { position: done.waitingPosition ?? '' }) : t('enrolments.enrolledDone', { programme: done.programmeName });
    return <Banner tone="success" role="status"><p>{text}</p></Banner>;
  }
  const eligible = screening.result === 'eligible';
  if (!eligible && !canOverride) return <p>{t('enrolments.onlyEligible')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!eligible && !reason.trim()) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { overrideReason: t('form.fillIn') } });
      return;
    }
    form.submitted();
    enrol.mutate({ participantId, date: screening.date, ...(eligible ? {} : { overrideReason: reason }) }, {
      onSuccess: (enrolment) => {
        setDone(enrolment);
        announce(enrolment.status === 'waiting' ? t('enrolments.putOnWaitingList', { position: enrolment.waitingPosition ?? '' }) : t('enrolments.enrolledDone', { programme: enrolment.programmeName }));
      },
      onError: form.failed,
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('enrolments.enrol')}>
      {form.problem ? (
        <ErrorSummary attempt={form.attempt} message={form.problem.message}
          items={Object.entries(form.problem.fields).map(([field, text]) => ({ fieldId: fieldId('enrol', field), text }))} />
      ) : null}
      {eligible ? null : (
        <TextField id={fieldId('enrol', 'overrideReason')} label={t('enrolments.overrideReason')} description={t('enrolments.overrideHint')} multiline
          value={reason} onChange={setReason} error={form.problem?.fields.overrideReason} isRequired maxLength={LIMITS.textMax} />
      )}
      <div className="form-actions">
        <Button type="submit" isDisabled={enrol.isPending}>{eligible ? t('enrolments.enrol') : t('enrolments.enrolWithOverride')}</Button>
      </div>
    </form>
  );
}
