import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ParticipantList } from '../../features/participants/components/participant-list.tsx';

export function ParticipantsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('participants.title')} />
      <ParticipantList />
    </>
  );
}
