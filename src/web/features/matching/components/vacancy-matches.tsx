import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MATCH_LIMITS } from '../../../../contracts/matching.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { refusalOf, useVacancyMatches } from '../api/matching.ts';
import { RankedMatches } from './match-list.tsx';

// A vacancy's page section: the people who fit it best, each with the reasons. Only people
// who consent to job mediation are ever listed (the server decides); each read is audited.

export function VacancyMatches({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [limit, setLimit] = useState<number>(MATCH_LIMITS.limitDefault);
  const matches = useVacancyMatches(vacancyId, limit);
  const refusal = refusalOf(matches.error);
  const data = matches.data;

  return (
    <Panel id="vacancy-matches" title={t('matching.vacancyTitle')}>
      <p>{t('matching.vacancyIntro')}</p>
      {refusal ? <Banner tone="info" role="status">{refusal.message}</Banner> : <QueryState isPending={matches.isPending} error={matches.error} />}
      {data && data.items.length === 0 ? <p>{t('matching.noPeople')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <RankedMatches
            caption={t('matching.listCaption')}
            items={data.items.map((item) => ({
              key: item.caseId,
              title: <Link to="/cases/$id/supported-employment" params={{ id: item.caseId }}>{item.name}</Link>,
              score: item.score,
              factors: item.factors,
            }))}
          />
          <p className="muted">
            {t('matching.candidates', { n: formatNumber(data.candidates, language) })} {data.widened ? t('matching.widened') : null} {t('matching.roadNote')}
          </p>
          {data.items.length >= limit && limit < MATCH_LIMITS.limitMax ? (
            <Button variant="secondary" onPress={() => setLimit(MATCH_LIMITS.limitMax)}>{t('matching.showMore')}</Button>
          ) : null}
        </>
      ) : null}
    </Panel>
  );
}
