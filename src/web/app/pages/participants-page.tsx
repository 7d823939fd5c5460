import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ParticipantList } from '../../features/participants/components/participant-list.tsx';
import { useCan } from '../../lib/session.ts';

export function ParticipantsPage() {
  const { t } = useTranslation();
  const canImport = useCan('participant.import');
  return (
    <>
      <PageHeader title={t('participants.title')}>
        {canImport ? <Link to="/participants/import" className="button button-secondary">{t('import.link')}</Link> : null}
      </PageHeader>
      <ParticipantList />
    </>
  );
}
