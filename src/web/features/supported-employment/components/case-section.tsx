import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useSupportedEmployment } from '../api/supported-employment.ts';
import { StartForm } from './supported-employment-page.tsx';

// The supported-employment section of the case page: the stage and a link to the process's
// own page, or starting it with a job coach.

export function SupportedEmploymentSection({ caseId, canWork }: { caseId: string; canWork: boolean }) {
  const { t } = useTranslation();
  const query = useSupportedEmployment(caseId);
  const page = query.data;
  const process = page?.process ?? null;
  return (
    <Panel id="supported-employment" title={t('supportedEmployment.sectionTitle')}>
      <QueryState isPending={query.isPending} error={query.error} />
      {page && process ? (
        <>
          <p>
            {t('supportedEmployment.sectionStage', { stage: t(`supportedEmployment.stages.${process.stage}`) })}
            {process.coach ? ` ${t('supportedEmployment.sectionCoach', { name: process.coach.name })}` : ''}
            {process.endedOn ? ` ${t('supportedEmployment.sectionEnded')}` : ''}
          </p>
          <p><Link to="/cases/$id/supported-employment" params={{ id: caseId }}>{t('supportedEmployment.openPage')}</Link></p>
        </>
      ) : null}
      {page && !process ? (
        <>
          <p>{t('supportedEmployment.notStarted')}</p>
          {canWork ? <StartForm caseId={caseId} /> : null}
        </>
      ) : null}
    </Panel>
  );
}
