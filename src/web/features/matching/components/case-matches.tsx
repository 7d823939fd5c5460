import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MATCH_LIMITS } from '../../../../contracts/matching.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { refusalOf, useCaseMatches } from '../api/matching.ts';
import { RankedMatches } from './match-list.tsx';

// The participant's supported-employment page section: the open vacancies that fit the
// person best, with the reasons. Without job-mediation consent or a vocational profile the
// server refuses and says why; that answer is shown as a message, not as an error.

export function CaseMatches({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [limit, setLimit] = useState<number>(MATCH_LIMITS.limitDefault);
  const matches = useCaseMatches(caseId, limit);
  const refusal = refusalOf(matches.error);
  const data = matches.data;

  return (
    <Panel id="case-matches" title={t('matching.caseTitle')}>
      <p>{t('matching.caseIntro')}</p>
      {refusal ? <Banner tone="info" role="status">{refusal.message}</Banner> : <QueryState isPending={matches.isPending} error={matches.error} />}
      {data && data.items.length === 0 ? <p>{t('matching.noVacancies')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <RankedMatches
            caption={t('matching.listCaption')}
            items={data.items.map((item) => ({
              key: item.vacancyId,
              title: <Link to="/vacancies/$id" params={{ id: item.vacancyId }}>{item.title}</Link>,
              details: (
                <p className="match-details">
                  {t('matching.employer', { name: item.employerName })}
                  {item.closesOn ? <>{' · '}{t('matching.closesOn', { date: formatDate(item.closesOn, language) })}</> : null}
                </p>
              ),
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
