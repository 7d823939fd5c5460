import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCasePlacements } from '../api/supported-employment.ts';
import type { SeSectionProps } from './supported-employment-page.tsx';

// Stage 5, on/off-the-job support: the person's placements, each with its own page where the
// job support is logged against the fading plan and the follow-ups are recorded.

export function JobSupportPanel({ caseId }: SeSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const placements = useCasePlacements(caseId);
  const items = placements.data?.items ?? [];
  return (
    <Panel id="se-job-support" title={t('supportedEmployment.jobSupportTitle')}>
      <p className="field-description">{t('supportedEmployment.jobSupportIntro')}</p>
      <QueryState isPending={placements.isPending} error={placements.error} />
      {placements.data && items.length === 0 ? <p>{t('supportedEmployment.noPlacements')}</p> : null}
      {items.length > 0 ? (
        <DataTable caption={t('supportedEmployment.placementsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('supportedEmployment.placement.job')}</th>
              <th scope="col">{t('supportedEmployment.placement.kind')}</th>
              <th scope="col">{t('supportedEmployment.placement.employer')}</th>
              <th scope="col">{t('supportedEmployment.placement.startsOn')}</th>
              <th scope="col">{t('supportedEmployment.placement.endsOn')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <th scope="row"><Link to="/placements/$id" params={{ id: p.id }}>{p.jobTitle}</Link></th>
                <td>{t(`supportedEmployment.placementKinds.${p.kind}`)}</td>
                <td>{p.employer?.name ?? '—'}</td>
                <td className="nowrap">{formatDate(p.startsOn, language)}</td>
                <td className="nowrap">
                  {p.endedOn ? t('supportedEmployment.placement.ended', { date: formatDate(p.endedOn, language) })
                    : p.endsOn ? formatDate(p.endsOn, language) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </Panel>
  );
}
