import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SE_LIMITS, type JobAnalysis } from '../../../../contracts/supported-employment.ts';
import { Button } from '../../../components/ui/button.tsx';
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
import { EmployerField } from '../../../components/fields/employer-field.tsx';
import { useEmployerOpenVacancies, useSaveJobAnalysis } from '../api/supported-employment.ts';
import type { SeSectionProps } from './supported-employment-page.tsx';

// Stage 4, employer engagement: the job analysis (the job's tasks and requirements, the help
// colleagues give naturally) and the support plan agreed with the employer.

export function JobAnalysesPanel({ caseId, page, canWork, onRefetch }: SeSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // null: no form; 'new': a new analysis; an id: that one being changed.
  const [editing, setEditing] = useState<string | null>(null);
  const analyses = page.jobAnalyses;
  const field = (label: string, text: string) => (text ? <div><dt>{label}</dt><dd className="pre-line">{text}</dd></div> : null);
  return (
    <Panel id="se-job-analyses" title={t('supportedEmployment.jobAnalysesTitle')}>
      {analyses.length === 0 ? <p>{t('supportedEmployment.analysis.none')}</p> : null}
      {analyses.map((a) => (
        <article key={a.id} className="job-analysis" aria-labelledby={`analysis-${a.id}`}>
          <h3 id={`analysis-${a.id}`}>
            {t('supportedEmployment.analysis.heading', { employer: a.employer.name, date: formatDate(a.analysedOn, language) })}
          </h3>
          {editing === a.id ? (
            <AnalysisForm caseId={caseId} organisationId={page.organisationId} analysis={a} onRefetch={onRefetch} onDone={() => setEditing(null)} />
          ) : (
            <>
              <dl className="facts">
                {a.vacancy ? <div><dt>{t('supportedEmployment.analysis.vacancy')}</dt><dd>{a.vacancy.title}</dd></div> : null}
                {field(t('supportedEmployment.analysis.tasks'), a.tasks)}
                {field(t('supportedEmployment.analysis.requirements'), a.requirements)}
                {field(t('supportedEmployment.analysis.naturalSupports'), a.naturalSupports)}
                {field(t('supportedEmployment.analysis.supportPlan'), a.supportPlan)}
                <div>
                  <dt>{t('supportedEmployment.analysis.agreedOn')}</dt>
                  <dd>{a.agreedOn ? formatDate(a.agreedOn, language) : t('supportedEmployment.analysis.notAgreed')}</dd>
                </div>
              </dl>
              {canWork && editing === null ? (
                <Button variant="secondary" onPress={() => setEditing(a.id)}
                  aria-label={t('supportedEmployment.analysis.editNamed', { employer: a.employer.name, date: formatDate(a.analysedOn, language) })}>
                  {t('supportedEmployment.analysis.edit')}
                </Button>
              ) : null}
            </>
          )}
        </article>
      ))}
      {editing === 'new' ? <AnalysisForm caseId={caseId} organisationId={page.organisationId} analysis={null} onRefetch={onRefetch} onDone={() => setEditing(null)} /> : null}
      {canWork && editing === null ? <Button onPress={() => setEditing('new')}>{t('supportedEmployment.analysis.new')}</Button> : null}
    </Panel>
  );
}

interface Values {
  employerId: string | null;
  vacancyId: string;
  analysedOn: string;
  tasks: string;
  requirements: string;
  naturalSupports: string;
  supportPlan: string;
  agreedOn: string;
}

function AnalysisForm({ caseId, organisationId, analysis, onRefetch, onDone }: {
  caseId: string; organisationId: string; analysis: JobAnalysis | null; onRefetch: () => Promise<unknown>; onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveJobAnalysis(caseId);
  const form = useFormProblem();
  const formId = analysis ? `se-analysis-${analysis.id}` : 'se-analysis-new';
  const [values, setValues] = useState<Values>({
    employerId: analysis?.employer.id ?? null, vacancyId: analysis?.vacancy?.id ?? '', analysedOn: analysis?.analysedOn ?? todayIso(), tasks: analysis?.tasks ?? '',
    requirements: analysis?.requirements ?? '', naturalSupports: analysis?.naturalSupports ?? '', supportPlan: analysis?.supportPlan ?? '', agreedOn: analysis?.agreedOn ?? '',
  });
  const set = <K extends keyof Values>(field: K) => (value: Values[K]) => setValues((v) => ({ ...v, [field]: value }));
  const labels: Record<string, string> = Object.fromEntries(
    ['employerId', 'analysedOn', 'tasks', 'requirements', 'naturalSupports', 'supportPlan', 'agreedOn', 'vacancyId'].map((f) => [f, t(`supportedEmployment.analysis.${f}`)]),
  );
  const errors = form.problem?.fields ?? {};
  const id = (field: string) => fieldId(formId, field);
  const vacancies = useEmployerOpenVacancies(values.employerId);
  // The vacancy already named stays offered even if it has closed since.
  const vacancyOptions = [
    ...(analysis?.vacancy && analysis.employer.id === values.employerId && !(vacancies.data?.items ?? []).some((v) => v.id === analysis.vacancy!.id)
      ? [{ value: analysis.vacancy.id, label: analysis.vacancy.title }] : []),
    ...(vacancies.data?.items ?? []).map((v) => ({ value: v.id, label: v.title })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.employerId) fields.employerId = t('form.fillIn');
    if (!values.analysedOn) fields.analysedOn = t('form.fillIn');
    if (values.agreedOn && values.analysedOn && values.agreedOn < values.analysedOn) fields.agreedOn = t('supportedEmployment.analysis.agreedBeforeAnalysed');
    if (Object.keys(fields).length) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    const body = {
      employerId: values.employerId!, vacancyId: values.vacancyId || null, analysedOn: values.analysedOn, tasks: values.tasks, requirements: values.requirements,
      naturalSupports: values.naturalSupports, supportPlan: values.supportPlan, agreedOn: values.agreedOn || null,
    };
    save.mutate({ id: analysis?.id ?? null, body: analysis ? { ...body, version: analysis.version } : body }, {
      onSuccess: () => { announce(t('supportedEmployment.analysis.saved')); onDone(); },
      onError: form.failed,
    });
  };
  return (
    <section className="panel-inset" aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{analysis ? t('supportedEmployment.analysis.edit') : t('supportedEmployment.analysis.new')}</h3>
      <RecordChanged problem={form.problem} onReload={async () => { await onRefetch(); onDone(); }} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
        <FormProblemSummary form={formId} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
        <EmployerField id={id('employerId')} label={labels.employerId!} organisationId={organisationId} value={values.employerId} isRequired
          onChange={(employerId) => setValues((v) => ({ ...v, employerId, vacancyId: '' }))} errorMessage={errors.employerId} />
        {values.employerId ? (
          <SelectField id={id('vacancyId')} label={labels.vacancyId!} value={values.vacancyId} onChange={set('vacancyId')}
            emptyLabel={t('supportedEmployment.analysis.noVacancy')} options={vacancyOptions} error={errors.vacancyId} />
        ) : null}
        <TextField id={id('analysedOn')} label={labels.analysedOn!} type="date" isRequired value={values.analysedOn} onChange={set('analysedOn')} error={errors.analysedOn} />
        <TextField id={id('tasks')} label={labels.tasks!} multiline maxLength={SE_LIMITS.textMax} value={values.tasks} onChange={set('tasks')}
          description={t('supportedEmployment.analysis.tasksHint')} error={errors.tasks} />
        <TextField id={id('requirements')} label={labels.requirements!} multiline maxLength={SE_LIMITS.textMax} value={values.requirements} onChange={set('requirements')}
          description={t('supportedEmployment.analysis.requirementsHint')} error={errors.requirements} />
        <TextField id={id('naturalSupports')} label={labels.naturalSupports!} multiline maxLength={SE_LIMITS.textMax} value={values.naturalSupports} onChange={set('naturalSupports')}
          description={t('supportedEmployment.analysis.naturalSupportsHint')} error={errors.naturalSupports} />
        <TextField id={id('supportPlan')} label={labels.supportPlan!} multiline maxLength={SE_LIMITS.textMax} value={values.supportPlan} onChange={set('supportPlan')}
          description={t('supportedEmployment.analysis.supportPlanHint')} error={errors.supportPlan} />
        <TextField id={id('agreedOn')} label={labels.agreedOn!} type="date" value={values.agreedOn} onChange={set('agreedOn')}
          description={t('supportedEmployment.analysis.agreedOnHint')} error={errors.agreedOn} />
        <FormActions submitLabel={t('form.save')} isPending={save.isPending} onCancel={onDone} />
      </form>
    </section>
  );
}
