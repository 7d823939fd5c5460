import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { GroupSessionForm } from '../../features/cases/components/group-session-form.tsx';

export function GroupSessionPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('groupSession.title')}>
        <Link to="/cases" className="button button-secondary">{t('groupSession.back')}</Link>
      </PageHeader>
      <p>{t('groupSession.intro')}</p>
      <GroupSessionForm />
    </>
  );
}
