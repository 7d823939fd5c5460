import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MATCH_LIMITS } from '../../../../contracts/matching.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCaseMatches } from '../api/matching.ts';
import { MatchesPanel } from './match-list.tsx';

// The participant's supported-employment page section: the open vacancies that fit the
// person best, with the reasons. Without job-mediation consent or a vocational profile the
// server refuses and says why; that answer is shown as a message, not as an error.

export function CaseMatches({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [limit, setLimit] = useState<number>(MATCH_LIMITS.limitDefault);
  const matches = useCaseMatches(caseId, limit);
  const rows = (matches.data?.items ?? []).map((item) => ({
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
  }));
  return (
    <MatchesPanel
      id="case-matches" title={t('matching.caseTitle')} intro={t('matching.caseIntro')} empty={t('matching.noVacancies')}
      matches={matches} rows={rows} limit={limit} onShowMore={() => setLimit(MATCH_LIMITS.limitMax)}
    />
  );
}
