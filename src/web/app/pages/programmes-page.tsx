import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ProgrammeList } from '../../features/programmes/components/programme-list.tsx';

export function ProgrammesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('programmes.title')} />
      <ProgrammeList />
    </>
  );
}
