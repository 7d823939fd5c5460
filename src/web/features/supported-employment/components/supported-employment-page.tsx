import { Link } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_EMPLOYMENT_STAGES, type SupportedEmploymentStage } from '../../../../contracts/employment.ts';
import { SE_LIMITS, type SupportedEmploymentPage } from '../../../../contracts/supported-employment.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useChangeSupportedEmploymentStage, useJobCoaches, useStartSupportedEmployment, useSupportedEmployment } from '../api/supported-employment.ts';
import { EngagementPanel } from './engagement-panel.tsx';
import { JobAnalysesPanel } from './job-analyses-panel.tsx';
import { JobFindingPanel } from './job-finding-panel.tsx';
import { JobSupportPanel } from './job-support-panel.tsx';
import { VocationalProfilePanel } from './vocational-profile-panel.tsx';

// The participant's supported-employment page (EUSE, decision 0031): the five stages with
// what the next one still needs, and the record of each stage below, in stage order.

/** What every part of the page is given. */
export interface SeSectionProps {
  caseId: string;
  page: SupportedEmploymentPage;
  /** case.work in the case's organisation, and the case is open. */
  canWork: boolean;
  onRefetch: () => Promise<unknown>;
}

/** `matches` is the vacancies that fit the person, which the page adds (features do not import each other). */
export function SupportedEmploymentPageView({ id, matches }: { id: string; matches?: (page: { caseId: string; organisationId: string }) => ReactNode }) {
  const { t } = useTranslation();
  const query = useSupportedEmployment(id);
  const page = query.data;
  const canWorkHere = useCan('case.work', page?.organisationId ?? null);
  const title = page?.participant ? t('supportedEmployment.titleOf', { name: page.participant.name }) : t('supportedEmployment.title');

  if (!page) {
    return (
      <>
        <PageHeader title={t('supportedEmployment.title')} />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  const canWork = canWorkHere && !page.caseClosed;
  const props: SeSectionProps = { caseId: id, page, canWork, onRefetch: query.refetch };
  return (
    <>
      <PageHeader title={title} />
      <p className="breadcrumb"><Link to="/cases/$id" params={{ id }}>{t('supportedEmployment.backToCase')}</Link></p>
      {page.caseClosed ? <Banner tone="info">{t('supportedEmployment.caseClosed')}</Banner> : null}
      {!page.jobMediationConsent ? (
        <Banner tone="warning"><p><strong>{t('supportedEmployment.noConsent')}</strong></p><p>{t('supportedEmployment.noConsentHint')}</p></Banner>
      ) : null}
      {page.process ? (
        <>
          <SeStagePanel {...props} />
          <EngagementPanel {...props} />
          <VocationalProfilePanel {...props} />
          <JobFindingPanel {...props} />
          {matches && !page.caseClosed ? matches({ caseId: id, organisationId: page.organisationId }) : null}
          <JobAnalysesPanel {...props} />
          <JobSupportPanel {...props} />
        </>
      ) : (
        <Panel id="se-start" title={t('supportedEmployment.notStartedTitle')}>
          <p>{t('supportedEmployment.notStarted')}</p>
          {canWork ? <StartForm caseId={id} /> : null}
        </Panel>
      )}
    </>
  );
}

/** Where the process stands among the five stages, said in words as well as drawn. */
export function SeStageSteps({ stage }: { stage: SupportedEmploymentStage }) {
  const { t } = useTranslation();
  const current = SUPPORTED_EMPLOYMENT_STAGES.indexOf(stage);
  return (
    <ol className="stage-steps" aria-label={t('supportedEmployment.stageSteps')}>
      {SUPPORTED_EMPLOYMENT_STAGES.map((s, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'ahead';
        return (
          <li key={s} className={`stage-step stage-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="stage-number" aria-hidden="true">{index < current ? '✓' : index + 1}</span>
            <span className="stage-name">{t(`supportedEmployment.stages.${s}`)}</span>
            {state === 'current' ? <span className="visually-hidden"> {t('supportedEmployment.currentStage')}</span> : null}
            {state === 'done' ? <span className="visually-hidden"> {t('supportedEmployment.stageDone')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The stage panel: the steps, what the next stage still needs, moving forward, going back with a reason. */
function SeStagePanel({ caseId, page, canWork, onRefetch }: SeSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const process = page.process!;
  const change = useChangeSupportedEmploymentStage(caseId);
  const problem = useFormProblem();
  const [goingBack, setGoingBack] = useState(false);
  const ended = process.endedOn !== null;

  const moveForward = (to: SupportedEmploymentStage) => {
    problem.submitted();
    change.mutate({ to, version: process.version }, {
      onSuccess: () => { problem.setProblem(null); announce(t('supportedEmployment.moved', { stage: t(`supportedEmployment.stages.${to}`) })); },
      onError: problem.failed,
    });
  };

  return (
    <Panel id="se-stage" title={t('supportedEmployment.stageTitle')}>
      <SeStageSteps stage={process.stage} />
      <dl className="facts">
        <div><dt>{t('supportedEmployment.coach')}</dt><dd>{process.coach?.name ?? '—'}</dd></div>
        <div><dt>{t('supportedEmployment.startedOn')}</dt><dd>{formatDate(process.startedOn, language)}</dd></div>
        {ended ? <div><dt>{t('supportedEmployment.endedOn')}</dt><dd>{formatDate(process.endedOn!, language)} — {process.endReason}</dd></div> : null}
      </dl>
      {ended ? <p>{t('supportedEmployment.endedHint')}</p> : null}
      {process.waitingFor ? (
        <p className="stage-waiting">
          {t('supportedEmployment.waitingFor', {
            stage: t(`supportedEmployment.stages.${process.waitingFor.stage}`), condition: t(`supportedEmployment.conditions.${process.waitingFor.condition}`),
          })}
        </p>
      ) : null}
      {!ended && process.stage === 'job_support' ? <p>{t('supportedEmployment.lastStage')}</p> : null}
      {canWork && !ended ? (
        <>
          <RecordChanged problem={problem.problem} onReload={async () => { await onRefetch(); problem.setProblem(null); }} />
          <FormProblemSummary form="se-move" problem={problem.problem} attempt={problem.attempt} />
          {!goingBack ? (
            <div className="form-actions">
              {process.nextStage ? (
                <Button isDisabled={change.isPending} onPress={() => moveForward(process.nextStage!)}>
                  {t('supportedEmployment.moveTo', { stage: t(`supportedEmployment.stages.${process.nextStage}`) })}
                </Button>
              ) : null}
              {process.stage !== 'engagement' ? (
                <Button variant="secondary" onPress={() => { problem.setProblem(null); setGoingBack(true); }}>{t('supportedEmployment.goBack')}</Button>
              ) : null}
            </div>
          ) : (
            <GoBackForm caseId={caseId} page={page} onDone={() => setGoingBack(false)} onRefetch={onRefetch} />
          )}
        </>
      ) : null}
    </Panel>
  );
}

function GoBackForm({ caseId, page, onDone, onRefetch }: { caseId: string; page: SupportedEmploymentPage; onDone: () => void; onRefetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const process = page.process!;
  const change = useChangeSupportedEmploymentStage(caseId);
  const form = useFormProblem();
  const earlier = SUPPORTED_EMPLOYMENT_STAGES.slice(0, SUPPORTED_EMPLOYMENT_STAGES.indexOf(process.stage));
  const [values, setValues] = useState({ to: earlier.at(-1) ?? 'engagement', reason: '' });
  const labels: Record<string, string> = { to: t('supportedEmployment.backTo'), reason: t('supportedEmployment.reason') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.reason.trim()) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { reason: t('form.fillIn') } });
    form.submitted();
    change.mutate({ to: values.to, reason: values.reason, version: process.version }, {
      onSuccess: () => { announce(t('supportedEmployment.movedBack', { stage: t(`supportedEmployment.stages.${values.to}`) })); onDone(); },
      onError: form.failed,
    });
  };
  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby="se-back-title">
      <h3 id="se-back-title">{t('supportedEmployment.goBackTitle')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <FormProblemSummary form="se-back" problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <SelectField
        id={fieldId('se-back', 'to')} label={labels.to!} value={values.to} isRequired
        onChange={(to) => setValues((v) => ({ ...v, to: to as SupportedEmploymentStage }))}
        options={earlier.map((s) => ({ value: s, label: t(`supportedEmployment.stages.${s}`) }))} error={form.problem?.fields.to}
      />
      <TextField
        id={fieldId('se-back', 'reason')} label={labels.reason!} multiline isRequired maxLength={SE_LIMITS.reasonMax}
        value={values.reason} onChange={(reason) => setValues((v) => ({ ...v, reason }))} error={form.problem?.fields.reason}
      />
      <FormActions submitLabel={t('supportedEmployment.saveBack')} isPending={change.isPending} onCancel={onDone} />
    </form>
  );
}

const START_FORM = 'se-start-form';

/** Starting the process: the day and the job coach, who joins the case team. */
export function StartForm({ caseId, onStarted }: { caseId: string; onStarted?: () => void }) {
  const { t } = useTranslation();
  const coaches = useJobCoaches(caseId, true);
  const start = useStartSupportedEmployment(caseId);
  const form = useFormProblem();
  const [values, setValues] = useState({ startedOn: todayIso(), coachId: '' });
  const labels: Record<string, string> = { startedOn: t('supportedEmployment.startedOn'), coachId: t('supportedEmployment.coach') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.startedOn) fields.startedOn = t('form.fillIn');
    if (!values.coachId) fields.coachId = t('form.fillIn');
    if (Object.keys(fields).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    start.mutate(values, {
      onSuccess: () => { announce(t('supportedEmployment.started')); onStarted?.(); },
      onError: form.failed,
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${START_FORM}-title`}>
      <h3 id={`${START_FORM}-title`}>{t('supportedEmployment.start')}</h3>
      <FormProblemSummary form={START_FORM} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      <QueryState isPending={coaches.isPending} error={coaches.error} />
      {coaches.data && coaches.data.length === 0 ? <p>{t('supportedEmployment.noCoaches')}</p> : null}
      <TextField id={fieldId(START_FORM, 'startedOn')} label={labels.startedOn!} type="date" isRequired value={values.startedOn}
        onChange={(startedOn) => setValues((v) => ({ ...v, startedOn }))} error={form.problem?.fields.startedOn} />
      <SelectField id={fieldId(START_FORM, 'coachId')} label={labels.coachId!} isRequired value={values.coachId} emptyLabel={t('form.choose')}
        onChange={(coachId) => setValues((v) => ({ ...v, coachId }))} options={(coaches.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        error={form.problem?.fields.coachId} />
      <p className="field-description">{t('supportedEmployment.coachJoinsTeam')}</p>
      <FormActions submitLabel={t('supportedEmployment.start')} isPending={start.isPending} />
    </form>
  );
}
