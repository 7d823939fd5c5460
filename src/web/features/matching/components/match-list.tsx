import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchFactor } from '../../../../contracts/matching.ts';
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
