import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useCan } from '../../lib/session.ts';
import { Caseload } from '../../features/cases/components/caseload.tsx';

export function CaseloadPage() {
  const { t } = useTranslation();
  const canWork = useCan('case.work');
  return (
    <>
      <PageHeader title={t('cases.title')}>
        {canWork ? <Link to="/services/group" className="button button-secondary">{t('groupSession.title')}</Link> : null}
      </PageHeader>
      <Caseload />
    </>
  );
}
