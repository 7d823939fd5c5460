import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Centre } from '../../../../contracts/centres.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';

export function CentreTable({ caption, centres, showOrganisation = true }: { caption: string; centres: readonly Centre[]; showOrganisation?: boolean }) {
  const { t } = useTranslation();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('centres.name')}</th>
          {showOrganisation ? <th scope="col">{t('centres.organisation')}</th> : null}
          <th scope="col">{t('centres.municipality')}</th>
          <th scope="col">{t('centres.workstations')}</th>
          <th scope="col">{t('centres.coordinator')}</th>
        </tr>
      </thead>
      <tbody>
        {centres.map((centre) => (
          <tr key={centre.id}>
            <th scope="row"><Link to="/centres/$id" params={{ id: centre.id }}>{centre.name}</Link></th>
            {showOrganisation ? <td>{centre.organisationName}</td> : null}
            <td>{centre.municipality || '—'}</td>
            <td className="number">{centre.workstations}</td>
            <td>{centre.coordinatorName ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
