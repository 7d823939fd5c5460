import { useTranslation } from 'react-i18next';
import { ELIGIBILITY_MESSAGES, FACT_LABELS, renderExplanation, type FactName, type Screening } from '../../../../contracts/eligibility.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

type ScreenedRule = Screening['rules'][number];

/**
 * One rule's explanation in the language on screen now: rendered here from its key
 * and parameters with the contract's templates, so switching the language re-renders
 * it without asking the server again. The server's own text is the fallback.
 */
export function useExplain() {
  const language = useLanguage();
  return (rule: ScreenedRule) =>
    rule.explanationKey in ELIGIBILITY_MESSAGES
      ? renderExplanation({ key: rule.explanationKey as keyof typeof ELIGIBILITY_MESSAGES, params: rule.params }, rule.result, language, rule.negated)
      : rule.explanation;
}

export function factLabel(fact: string, language: 'lt' | 'en'): string {
  return fact in FACT_LABELS ? FACT_LABELS[fact as FactName][language] : fact;
}

export function ScreeningResult({ screening, headingLevel = 3 }: { screening: Screening; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const explain = useExplain();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className={`screening screening-${screening.result}`}>
      <Heading className="screening-verdict">{t(`screening.results.${screening.result}`)}</Heading>
      <p>{t('screening.meta', { date: formatDate(screening.date, language), version: screening.ruleSetVersion })}</p>
      <ul className="rule-results">
        {screening.rules.map((rule) => (
          <li key={rule.path} className={`rule-result rule-${rule.result}`}>{explain(rule)}</li>
        ))}
      </ul>
      {screening.missing.length > 0 ? (
        <p className="screening-missing">{t('screening.fillIn', { facts: screening.missing.map((f) => factLabel(f, language)).join(', ') })}</p>
      ) : null}
    </div>
  );
}
