import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmployerList } from '../../features/employers/components/employer-list.tsx';

export function EmployersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('employers.title')} />
      <EmployerList />
    </>
  );
}
