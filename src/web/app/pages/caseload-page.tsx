import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Caseload } from '../../features/cases/components/caseload.tsx';

export function CaseloadPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cases.title')} />
      <Caseload />
    </>
  );
}
