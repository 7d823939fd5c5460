import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MATCH_LIMITS } from '../../../../contracts/matching.ts';
import { useVacancyMatches } from '../api/matching.ts';
import { MatchesPanel } from './match-list.tsx';

// A vacancy's page section: the people who fit it best, each with the reasons. Only people
// who consent to job mediation are ever listed (the server decides); each read is audited.

export function VacancyMatches({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState<number>(MATCH_LIMITS.limitDefault);
  const matches = useVacancyMatches(vacancyId, limit);
  const rows = (matches.data?.items ?? []).map((item) => ({
    key: item.caseId,
    title: <Link to="/cases/$id/supported-employment" params={{ id: item.caseId }}>{item.name}</Link>,
    score: item.score,
    factors: item.factors,
  }));
  return (
    <MatchesPanel
      id="vacancy-matches" title={t('matching.vacancyTitle')} intro={t('matching.vacancyIntro')} empty={t('matching.noPeople')}
      matches={matches} rows={rows} limit={limit} onShowMore={() => setLimit(MATCH_LIMITS.limitMax)}
    />
  );
}
