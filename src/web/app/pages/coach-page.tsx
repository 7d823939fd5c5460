import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { CoachDashboard } from '../../features/fidelity/components/coach-dashboard.tsx';

export function CoachPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('fidelity.pageTitle')} />
      <p className="lead">{t('fidelity.pageLead')}</p>
      <CoachDashboard />
    </>
  );
}
