import { useRef } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useAssessment, useQuestionnaire } from '../../features/cases/api/assessments.ts';
import { AssessmentForm } from '../../features/cases/components/assessment-form.tsx';
import { AssessmentAnswers, AssessmentResult } from '../../features/cases/components/assessment-result.tsx';
import { formatDate } from '../../lib/format.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { useCan } from '../../lib/session.ts';

/** One assessment of a case: the form while it is a draft, the result once completed. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id: caseId, assessmentId } = useParams({ strict: false }) as { id: string; assessmentId: string };
  const assessment = useAssessment(assessmentId);
  const a = assessment.data;
  const questionnaire = useQuestionnaire(a?.questionnaireKey, a?.questionnaireVersion);
  const canWork = useCan('case.work', a?.organisationId ?? null);
  const q = questionnaire.data;
  // Seen as a draft on this visit: once completed, the result takes the form's place and focus.
  const seenAsDraft = useRef(false);
  if (a?.status === 'draft') seenAsDraft.current = true;
  const back = <p className="breadcrumb"><Link to="/cases/$id" params={{ id: caseId }}>{t('assessments.page.backToCase')}</Link></p>;

  if (!a || !q) {
    return (
      <>
        <PageHeader title={t('assessments.page.title')} />
        {back}
        <QueryState isPending={assessment.isPending || questionnaire.isPending} error={assessment.error ?? questionnaire.error} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={q.name[language]} />
      {back}
      <dl className="facts">
        <div><dt>{t('assessments.page.participant')}</dt><dd>{a.participantName}</dd></div>
        <div><dt>{t('assessments.assessedOn')}</dt><dd>{formatDate(a.assessedOn, language)}</dd></div>
        <div><dt>{t('assessments.columns.status')}</dt><dd>{t(`assessments.status.${a.status}`)}</dd></div>
        <div><dt>{t('assessments.columns.assessor')}</dt><dd>{a.assessorName ?? '–'}</dd></div>
        <div><dt>{t('assessments.page.version')}</dt><dd>{a.questionnaireVersion}</dd></div>
      </dl>
      {a.status === 'completed' ? <AssessmentResult assessment={a} questionnaire={q} justCompleted={seenAsDraft.current} />
        : canWork ? <AssessmentForm key={a.id} assessment={a} questionnaire={q} />
          : (
            <>
              <Banner tone="info"><p>{t('assessments.page.draftReadOnly')}</p></Banner>
              <AssessmentAnswers assessment={a} questionnaire={q} />
            </>
          )}
    </>
  );
}
