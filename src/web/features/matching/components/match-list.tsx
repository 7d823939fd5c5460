import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_LIMITS, type MatchFactor } from '../../../../contracts/matching.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { refusalOf } from '../api/matching.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { factorSentence } from './match-sentences.ts';

// The parts both match panels share: a ranked list where each entry shows its score as
// text and as a bar (the bar is decoration: the text says the same), and its factors as
// sentences. Used by VacancyMatches and CaseMatches.

export interface RankedItem {
  key: string;
  /** The link to the person or the vacancy. */
  title: ReactNode;
  /** What else identifies it (the employer, the closing date). */
  details?: ReactNode;
  score: number;
  factors: MatchFactor[];
}

export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <p className="match-score">
      <span>{t('matching.score', { score })}</span>
      <span className="match-bar" aria-hidden="true"><span className="match-bar-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} /></span>
    </p>
  );
}

export function RankedMatches({ caption, items }: { caption: string; items: RankedItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="match-list" aria-label={caption}>
      {items.map((item, index) => (
        <li key={item.key} className="match-item">
          <h3 className="match-title">
            <span className="match-rank">{formatNumber(index + 1, language)}.</span> {item.title}
          </h3>
          {item.details}
          <MatchScore score={item.score} />
          <ul className="match-factors">
            {item.factors.map((factor) => (
              <li key={factor.key} className={factor.points === factor.max ? 'match-factor-full' : factor.points === 0 ? 'match-factor-none' : undefined}>
                {factorSentence(factor, t, language)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

interface MatchesPanelProps {
  id: string;
  title: string;
  intro: string;
  /** Said when nothing fits. */
  empty: string;
  matches: { isPending: boolean; error: unknown; data?: { candidates: number; widened: boolean; items: unknown[] } };
  rows: RankedItem[];
  limit: number;
  onShowMore(): void;
}

/** A ranked list of matches in its panel: the server's refusal as a message, how many were read, and "show more". */
export function MatchesPanel({ id, title, intro, empty, matches, rows, limit, onShowMore }: MatchesPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refusal = refusalOf(matches.error);
  const data = matches.data;
  return (
    <Panel id={id} title={title}>
      <p>{intro}</p>
      {refusal ? <Banner tone="info" role="status">{refusal.message}</Banner> : <QueryState isPending={matches.isPending} error={matches.error} />}
      {data && data.items.length === 0 ? <p>{empty}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <RankedMatches caption={t('matching.listCaption')} items={rows} />
          <p className="muted">
            {t('matching.candidates', { n: formatNumber(data.candidates, language) })} {data.widened ? t('matching.widened') : null} {t('matching.roadNote')}
          </p>
          {data.items.length >= limit && limit < MATCH_LIMITS.limitMax ? (
            <Button variant="secondary" onPress={onShowMore}>{t('matching.showMore')}</Button>
          ) : null}
        </>
      ) : null}
    </Panel>
  );
}
