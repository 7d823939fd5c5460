import { useTranslation } from 'react-i18next';
import { TARGET_GROUPS, type Rule } from '../../../../contracts/eligibility.ts';
import { useLanguage } from '../../../lib/i18n.ts';

/** One condition in plain words ("Aged 30 or more"). */
export function useDescribeRule() {
  const { t } = useTranslation();
  const language = useLanguage();
  const group = (key: string) => (key in TARGET_GROUPS ? TARGET_GROUPS[key as keyof typeof TARGET_GROUPS][language] : key);
  return (rule: Rule): string => {
    switch (rule.kind) {
      case 'all': return t('rules.sentences.all');
      case 'any': return t('rules.sentences.any');
      case 'not': return t('rules.sentences.not');
      case 'age':
        if (rule.min !== undefined && rule.max !== undefined) return t('rules.sentences.ageBetween', { min: rule.min, max: rule.max });
        if (rule.min !== undefined) return t('rules.sentences.ageMin', { min: rule.min });
        return t('rules.sentences.ageMax', { max: rule.max ?? '' });
      case 'registered_unemployed_months': return t('rules.sentences.registeredUnemployed', { months: rule.moreThan });
      case 'not_working_months': return t('rules.sentences.notWorking', { months: rule.moreThan });
      case 'social_assistance':
        return rule.atLeastMonths ? t('rules.sentences.socialAssistanceMonths', { months: rule.atLeastMonths }) : t('rules.sentences.socialAssistance');
      case 'target_group': return t('rules.sentences.targetGroup', { groups: rule.groups.map(group).join(', ') });
      case 'municipality': return t('rules.sentences.municipality', { municipalities: rule.municipalities.join(', ') });
      case 'open': return t('rules.sentences.open');
      default: return String((rule as { kind: string }).kind);
    }
  };
}

/** A rule tree as nested sentences: "All of these: …", "At least one of these: …". */
export function RuleSentences({ rule }: { rule: Rule }) {
  const describe = useDescribeRule();
  if (rule.kind === 'all' || rule.kind === 'any') {
    return (
      <>
        <span>{describe(rule)}</span>
        <ul className="rule-tree">{rule.rules.map((child, index) => <li key={index}><RuleSentences rule={child} /></li>)}</ul>
      </>
    );
  }
  if (rule.kind === 'not') {
    return (
      <>
        <span>{describe(rule)}</span>
        <ul className="rule-tree"><li><RuleSentences rule={rule.rule} /></li></ul>
      </>
    );
  }
  return <span>{describe(rule)}</span>;
}
