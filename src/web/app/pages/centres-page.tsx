import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { CentreList } from '../../features/centres/components/centre-list.tsx';

export function CentresPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('centres.title')} />
      <CentreList />
    </>
  );
}
