import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { VacancyList } from '../../features/employers/components/vacancy-list.tsx';
import { useCan } from '../../lib/session.ts';

export function VacanciesPage() {
  const { t } = useTranslation();
  const canCreate = useCan('employer.manage');
  return (
    <>
      <PageHeader title={t('employers.vacancy.title')}>
        {canCreate ? <Link to="/vacancies/new" className="button button-primary">{t('employers.vacancy.new')}</Link> : null}
      </PageHeader>
      <VacancyList />
    </>
  );
}
