import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ParticipantImport } from '../../features/participants/components/participant-import.tsx';
import { useCan } from '../../lib/session.ts';

export function ParticipantImportPage() {
  const { t } = useTranslation();
  const canImport = useCan('participant.import');
  return (
    <>
      <PageHeader title={t('import.title')} />
      {canImport ? <ParticipantImport /> : <p>{t('import.notAllowed')}</p>}
    </>
  );
}
