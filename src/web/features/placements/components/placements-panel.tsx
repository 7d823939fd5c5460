import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../contracts/placements.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCasePlacements } from '../api/placements.ts';
import { PlacementForm } from './placement-form.tsx';

// The case page's placements: trial practice and jobs, the latest first, each opening its
// own page (follow-ups, job support, ending); and the form to record one.

export function PlacementsPanel({ caseRecord, canWork }: { caseRecord: { id: string; organisationId: string; stage: string }; canWork: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const placements = useCasePlacements(caseRecord.id);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<Placement | null>(null);
  const items = placements.data?.items ?? [];

  return (
    <Panel id="placements" title={t('placements.title')}>
      <QueryState isPending={placements.isPending} error={placements.error} />
      {placements.data && items.length === 0 ? <p>{t('placements.none')}</p> : null}
      {items.length > 0 ? (
        <DataTable caption={t('placements.tableCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('placements.jobTitle')}</th>
              <th scope="col">{t('placements.kind')}</th>
              <th scope="col">{t('placements.employer')}</th>
              <th scope="col">{t('placements.period')}</th>
              <th scope="col">{t('placements.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((placement) => (
              <tr key={placement.id}>
                <th scope="row">
                  <Link to="/placements/$id" params={{ id: placement.id }}>{placement.jobTitle}</Link>
                  <br /><span className="muted">{placement.iscoCode} {placement.occupationName}</span>
                </th>
                <td>{t(`placements.kinds.${placement.kind}`)}</td>
                <td>{placement.employer?.name ?? t('placements.noEmployer')}</td>
                <td className="nowrap">
                  {formatDate(placement.startsOn, language)} – {placement.endedOn ? formatDate(placement.endedOn, language) : placement.endsOn ? formatDate(placement.endsOn, language) : ''}
                </td>
                <td>{placement.endedOn ? t('placements.ended') : placement.active ? t('placements.active') : t('placements.notStarted')}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {saved ? (
        <Banner tone={saved.warnings.length > 0 ? 'warning' : 'success'} role="status">
          <p>
            {t('placements.savedLine')}{' '}
            <Link to="/placements/$id" params={{ id: saved.id }}>{t('placements.openNamed', { title: saved.jobTitle })}</Link>
          </p>
          {saved.warnings.map((warning) => <p key={warning.code}><strong>{t('placements.warning')}</strong> {warning.message}</p>)}
        </Banner>
      ) : null}
      {canWork && caseRecord.stage !== 'closed' ? (
        adding
          ? <PlacementForm caseId={caseRecord.id} organisationId={caseRecord.organisationId} onSaved={(placement) => { setSaved(placement); setAdding(false); }} onCancel={() => setAdding(false)} />
          : <p><Button onPress={() => { setSaved(null); setAdding(true); }}>{t('placements.record')}</Button></p>
      ) : null}
    </Panel>
  );
}
