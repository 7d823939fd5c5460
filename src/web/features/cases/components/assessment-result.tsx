import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Assessment, AssessmentResult as Result, Comparison, Question, Questionnaire } from '../../../../contracts/assessments.ts';
import type { Language } from '../../../../contracts/roles.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

// A completed assessment: the profile, each domain's score as a bar with its number and
// its level in words (never colour alone), the suggested services named as in the
// catalogue, what changed since the previous assessment, and the answers.

type T = ReturnType<typeof useTranslation>['t'];

/** An answer as a person reads it: "4 – Agree", "Yes", the option's label, "12 years". */
export function answerText(question: Question, value: AnswerValue, language: Language, t: T): string {
  switch (question.type) {
    case 'scale': {
      const anchor = question.anchors.find((a) => a.value === value);
      return anchor ? `${value} – ${anchor.label[language]}` : String(value);
    }
    case 'yes_no':
      return value ? t('assessments.yes') : t('assessments.no');
    case 'choice':
      return question.options.find((o) => o.value === value)?.label[language] ?? String(value);
    case 'number':
      return question.unit ? `${value} ${question.unit[language]}` : String(value);
    case 'text':
      return String(value);
  }
}

interface ResultProps {
  assessment: Assessment;
  questionnaire: Questionnaire;
  /** Completed a moment ago on this page: focus goes to the profile, where the form was. */
  justCompleted?: boolean;
}

export function AssessmentResult({ assessment, questionnaire, justCompleted = false }: ResultProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const profileHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justCompleted) profileHeading.current?.focus();
  }, [justCompleted]);
  const result = assessment.result!;
  const domainName = (key: string) => questionnaire.domains.find((d) => d.key === key)?.name[language] ?? key;
  return (
    <div className="assessment-result">
      <section aria-labelledby="assessment-profile-title" className={`assessment-profile profile-${result.profile}`}>
        <h2 id="assessment-profile-title" ref={profileHeading} tabIndex={-1}>{t('assessments.result.profileTitle')}</h2>
        <p className="assessment-profile-name">{t(`assessments.profiles.${result.profile}`)}</p>
        <p>{t(`assessments.profileHints.${result.profile}`)}</p>
      </section>

      <DomainScores result={result} domainName={domainName} />

      <section aria-labelledby="assessment-services-title">
        <h2 id="assessment-services-title">{t('assessments.result.servicesTitle')}</h2>
        {result.services.length === 0 ? <p>{t('assessments.result.noServices')}</p> : (
          <ul className="suggested-services">
            {result.services.map((service) => (
              <li key={service.key}>
                <span className="suggested-service-name">{service.names[language]}</span>
                <span className="muted">
                  {' – '}
                  {t('assessments.result.because', {
                    reasons: service.because.map((key) => (key === 'profile' ? t('assessments.result.becauseProfile') : domainName(key))).join(', '),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ComparisonSection comparison={assessment.comparison} />
      <AssessmentAnswers assessment={assessment} questionnaire={questionnaire} />
    </div>
  );
}

function DomainScores({ result, domainName }: { result: Result; domainName: (key: string) => string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="assessment-domains-title">
      <h2 id="assessment-domains-title">{t('assessments.result.domainsTitle')}</h2>
      <p className="field-description">{t('assessments.result.domainsHint')}</p>
      <ul className="domain-scores">
        {result.domains.map((domain) => (
          <li key={domain.key} className={`domain-score level-${domain.level ?? 'none'}`}>
            <span className="domain-name">{domainName(domain.key)}</span>
            <span className="score-track" aria-hidden="true"><span className="score-fill" style={{ width: `${domain.score ?? 0}%` }} /></span>
            <span className="domain-value">
              {domain.score === null
                ? t('assessments.result.notAnswered')
                : t('assessments.result.score', { score: domain.score, level: t(`assessments.levels.${domain.level}`) })}
            </span>
          </li>
        ))}
      </ul>
      {result.overall === null ? null : <p>{t('assessments.result.overall', { score: result.overall })}</p>}
    </section>
  );
}

const ARROWS = { better: '↑', worse: '↓', same: '=', not_comparable: '–' } as const;

function ComparisonSection({ comparison }: { comparison: Comparison | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="assessment-comparison-title">
      <h2 id="assessment-comparison-title">{t('assessments.result.comparisonTitle')}</h2>
      {comparison === null ? <p>{t('assessments.result.noComparison')}</p> : (
        <>
          <p>
            {t('assessments.result.comparisonIntro', { date: formatDate(comparison.previousAssessedOn, language) })}
            {comparison.sameCase ? null : ` ${t('assessments.result.comparisonOtherCase')}`}
          </p>
          <p>
            {comparison.profileBefore === comparison.profileAfter
              ? t('assessments.result.profileSame', { profile: t(`assessments.profiles.${comparison.profileAfter}`) })
              : t('assessments.result.profileChange', { before: t(`assessments.profiles.${comparison.profileBefore}`), after: t(`assessments.profiles.${comparison.profileAfter}`) })}
          </p>
          <DataTable caption={t('assessments.result.comparisonCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('assessments.result.columns.domain')}</th>
                <th scope="col" className="number">{t('assessments.result.columns.before')}</th>
                <th scope="col" className="number">{t('assessments.result.columns.after')}</th>
                <th scope="col">{t('assessments.result.columns.change')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.domains.map((domain) => (
                <tr key={domain.key}>
                  <th scope="row">{domain.names[language]}</th>
                  <td className="number">{domain.before ?? '–'}</td>
                  <td className="number">{domain.after ?? '–'}</td>
                  <td className={`trend trend-${domain.trend}`}>
                    <span aria-hidden="true" className="trend-arrow">{ARROWS[domain.trend]}</span>{' '}
                    {domain.change === null || domain.change === 0 ? '' : `${domain.change > 0 ? '+' : '−'}${Math.abs(domain.change)} `}
                    {t(`assessments.trends.${domain.trend}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}

/** The answers, domain by domain; sensitive ones the user may not see are said to be hidden. */
export function AssessmentAnswers({ assessment, questionnaire }: { assessment: Assessment; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="assessment-answers-title">
      <h2 id="assessment-answers-title">{t('assessments.result.answersTitle')}</h2>
      {assessment.maskedQuestions.length > 0 ? <p className="field-description">{t('assessments.result.maskedNote')}</p> : null}
      {questionnaire.domains.map((domain, d) => (
        <details key={domain.key} className="assessment-answers">
          <summary>{`${d + 1}. ${domain.name[language]}`}</summary>
          <dl>
            {domain.questions.map((question, q) => {
              const value = assessment.answers[question.key];
              return (
                <div key={question.key}>
                  <dt>{`${d + 1}.${q + 1} ${question.text[language]}`}</dt>
                  <dd>
                    {assessment.maskedQuestions.includes(question.key) ? t('assessments.result.hidden')
                      : value === undefined ? t('assessments.result.noAnswer') : answerText(question, value, language, t)}
                  </dd>
                </div>
              );
            })}
          </dl>
        </details>
      ))}
    </section>
  );
}
