import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatDate, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCaseAssessments, useQuestionnaires, useStartAssessment } from '../api/assessments.ts';

// The assessments of a case on its page: the list with each one's profile, and "New
// assessment", which starts a draft and opens the form on its own page.

interface AssessmentsPanelProps {
  /** The case (the case page's CaseSectionProps fit as they are). */
  caseRecord: { id: string };
  /** Whether the user may start and fill in assessments here (case.work in the case's organisation). */
  canWork: boolean;
}

export function AssessmentsPanel({ caseRecord, canWork }: AssessmentsPanelProps) {
  const { t } = useTranslation();
  const caseId = caseRecord.id;
  const language = useLanguage();
  const assessments = useCaseAssessments(caseId);
  const [starting, setStarting] = useState(false);
  const items = assessments.data ?? [];
  return (
    <Panel id="assessments" title={t('assessments.title')}>
      <QueryState isPending={assessments.isPending} error={assessments.error} />
      {assessments.data && items.length === 0 ? <p>{t('assessments.none')}</p> : null}
      {items.length > 0 ? (
        <DataTable caption={t('assessments.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('assessments.columns.questionnaire')}</th>
              <th scope="col">{t('assessments.columns.date')}</th>
              <th scope="col">{t('assessments.columns.status')}</th>
              <th scope="col">{t('assessments.columns.profile')}</th>
              <th scope="col">{t('assessments.columns.assessor')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to="/cases/$id/assessments/$assessmentId" params={{ id: caseId, assessmentId: a.id }}>{a.questionnaireNames[language]}</Link>
                </th>
                <td className="nowrap">{formatDate(a.assessedOn, language)}</td>
                <td>{t(`assessments.status.${a.status}`)}</td>
                <td>{a.profile ? t(`assessments.profiles.${a.profile}`) : '–'}</td>
                <td>{a.assessorName ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {canWork ? (
        starting
          ? <StartAssessment caseId={caseId} onCancel={() => setStarting(false)} />
          : <p><Button onPress={() => setStarting(true)}>{t('assessments.new')}</Button></p>
      ) : null}
    </Panel>
  );
}

const FORM = 'assessment-new';

function StartAssessment({ caseId, onCancel }: { caseId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const questionnaires = useQuestionnaires();
  const start = useStartAssessment(caseId);
  const form = useFormProblem();
  const [questionnaireKey, setQuestionnaireKey] = useState('');
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const labelOf = (field: string) => ({ questionnaireKey: t('assessments.questionnaire'), assessedOn: t('assessments.assessedOn') } as Record<string, string>)[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!questionnaireKey) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: { questionnaireKey: t('form.chooseOne') } });
      return;
    }
    form.submitted();
    start.mutate({ questionnaireKey, assessedOn }, {
      onSuccess: (assessment) => {
        announce(t('assessments.started'), { forNextPage: true });
        void navigate({ to: '/cases/$id/assessments/$assessmentId', params: { id: caseId, assessmentId: assessment.id } });
      },
      onError: form.failed,
    });
  };

  return (
    <section className="panel-inset" aria-labelledby={`${FORM}-title`}>
      <h3 id={`${FORM}-title`}>{t('assessments.new')}</h3>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={`${FORM}-title`}>
        <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={labelOf} />
        <SelectField
          id={fieldId(FORM, 'questionnaireKey')} label={t('assessments.questionnaire')} value={questionnaireKey} onChange={setQuestionnaireKey}
          emptyLabel={t('form.choose')} options={(questionnaires.data ?? []).map((q) => ({ value: q.key, label: q.names[language] }))}
          error={form.problem?.fields.questionnaireKey} isRequired
        />
        <TextField
          id={fieldId(FORM, 'assessedOn')} label={t('assessments.assessedOn')} description={t('assessments.assessedOnHint')} type="date"
          value={assessedOn} onChange={setAssessedOn} error={form.problem?.fields.assessedOn} isRequired
        />
        <FormActions submitLabel={t('assessments.start')} isPending={start.isPending} onCancel={onCancel} />
      </form>
    </section>
  );
}
