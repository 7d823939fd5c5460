import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { OrganisationList } from '../../features/organisations/components/organisation-list.tsx';

export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('organisations.title')} />
      <OrganisationList />
    </>
  );
}
