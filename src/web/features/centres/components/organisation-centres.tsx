import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCentres } from '../api/centres.ts';
import { CentreTable } from './centre-table.tsx';

/** The centres of one organisation, for its page. */
export function OrganisationCentres({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const centres = useCentres({ q: '', organisationId, page: 1, pageSize: LIMITS.pageSizeMax });
  return (
    <section aria-labelledby="organisation-centres-title">
      <h2 id="organisation-centres-title">{t('centres.title')}</h2>
      <QueryState isPending={centres.isPending} error={centres.error} />
      {centres.data && centres.data.items.length === 0 ? <p>{t('centres.none')}</p> : null}
      {centres.data && centres.data.items.length > 0 ? (
        <CentreTable caption={t('centres.tableCaption', { total: centres.data.total })} centres={centres.data.items} showOrganisation={false} />
      ) : null}
    </section>
  );
}
