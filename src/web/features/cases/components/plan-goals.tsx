import { useTranslation } from 'react-i18next';
import type { PlanGoal } from '../../../../contracts/plans.ts';
import type { ServiceTypeGroup } from '../../../../contracts/services.ts';
import type { Language } from '../../../../contracts/roles.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

// The plan's goals and steps as a readable list: used for the current plan, a revision,
// and the version someone else saved while one was editing.

/** A service's name in the page's language; the key when the catalogue has not loaded. */
export function serviceNameOf(catalogue: readonly ServiceTypeGroup[] | undefined, language: Language) {
  const names = new Map((catalogue ?? []).flatMap((group) => group.types).map((type) => [type.key, language === 'lt' ? type.nameLt : type.nameEn]));
  return (key: string) => names.get(key) ?? key;
}

interface PlanGoalsProps {
  goals: readonly PlanGoal[];
  catalogue: readonly ServiceTypeGroup[] | undefined;
  /** The heading level of a goal inside the section around it. */
  headingLevel: 3 | 4 | 5;
}

export function PlanGoals({ goals, catalogue, headingLevel }: PlanGoalsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const serviceName = serviceNameOf(catalogue, language);
  const Heading = (['h3', 'h4', 'h5'] as const)[headingLevel - 3]!;
  return (
    <ol className="plan-goals">
      {goals.map((goal, g) => (
        <li key={goal.id} className="plan-goal">
          <Heading className="plan-goal-title">{t('plans.goalNumbered', { number: g + 1, text: goal.text })}</Heading>
          {goal.steps.length === 0 ? <p className="muted">{t('plans.noSteps')}</p> : (
            <ol className="plan-steps">
              {goal.steps.map((step, s) => (
                <li key={step.id} className={`plan-step plan-step-${step.status}`}>
                  <p className="plan-step-text"><span className="plan-step-number">{`${g + 1}.${s + 1}.`}</span> {step.text}</p>
                  <dl className="plan-step-facts">
                    <div><dt>{t('plans.service')}</dt><dd>{step.serviceKey ? serviceName(step.serviceKey) : '—'}</dd></div>
                    <div><dt>{t('plans.responsible')}</dt><dd>{step.responsibleName ?? '—'}</dd></div>
                    <div><dt>{t('plans.dueOn')}</dt><dd>{step.dueOn ? formatDate(step.dueOn, language) : '—'}</dd></div>
                    <div><dt>{t('plans.status')}</dt><dd>{t(`plans.statuses.${step.status}`)}</dd></div>
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
