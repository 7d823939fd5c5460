import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Assessment, Question, Questionnaire } from '../../../../contracts/assessments.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { formatTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCompleteAssessment, useReloadAssessment, useSaveAssessment } from '../api/assessments.ts';

// The assessment form for a draft, made for a tablet on the table between the case
// manager and the person: one domain per step with its progress, big answer buttons
// (native radio inputs, so keys, touch and screen readers all work), the draft saved on
// every move between steps, and the form reopened where the answers stop.

const FORM = 'assessment';
/** What is on screen: numbers stay as typed until saved, so "1," is not lost while typing. */
type Values = Record<string, AnswerValue>;

const questionsOf = (questionnaire: Questionnaire) => questionnaire.domains.flatMap((d) => d.questions);

function initialValues(questionnaire: Questionnaire, answers: Assessment['answers']): Values {
  const values: Values = {};
  for (const question of questionsOf(questionnaire)) {
    const value = answers[question.key];
    if (value !== undefined) values[question.key] = question.type === 'number' ? String(value) : value;
  }
  return values;
}

/** The answer sent to the server: blanks clear it; a number that does not parse is sent as typed, for the server to name. */
function toAnswer(question: Question, value: AnswerValue | undefined): AnswerValue | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (question.type === 'number' && typeof value === 'string') {
    const number = Number(value.trim().replace(',', '.'));
    return Number.isFinite(number) ? number : value;
  }
  return value;
}

const hasAnswer = (value: AnswerValue | undefined) => value !== undefined && !(typeof value === 'string' && value.trim() === '');

/** Where to reopen a draft: the first step with a question not yet answered (or the last). */
function firstOpenStep(questionnaire: Questionnaire, assessment: Assessment): number {
  const answered = (q: Question) => q.key in assessment.answers || assessment.maskedQuestions.includes(q.key) || (q.sensitive && !assessment.seesSensitive);
  const open = questionnaire.domains.findIndex((d) => d.questions.some((q) => q.type !== 'text' && !answered(q)));
  return open < 0 ? questionnaire.domains.length - 1 : open;
}

export function AssessmentForm({ assessment, questionnaire }: { assessment: Assessment; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const domains = questionnaire.domains;
  const [values, setValues] = useState<Values>(() => initialValues(questionnaire, assessment.answers));
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [step, setStep] = useState(() => firstOpenStep(questionnaire, assessment));
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  // Where focus goes after a move: the step's heading, or one question.
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  const form = useFormProblem();
  const save = useSaveAssessment(assessment.id);
  const complete = useCompleteAssessment(assessment.id);
  const reload = useReloadAssessment(assessment.id);
  const pending = save.isPending || complete.isPending;
  const domain = domains[step]!;
  const last = step === domains.length - 1;
  const headingId = `${FORM}-step-title`;

  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus.id);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }, [focus]);

  const located = new Map(domains.flatMap((d, di) => d.questions.map((q, qi) => [q.key, { question: q, step: di, number: `${di + 1}.${qi + 1}` }] as const)));
  const numberOf = (key: string) => located.get(key)?.number ?? '';

  const setAnswer = (key: string, value: AnswerValue | undefined) => {
    setValues((current) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
    setChanged((current) => new Set(current).add(key));
  };

  /** Saves the answers changed since the last save, then goes on with the version the server now has. */
  const saveChanges = (then: (version: number) => void) => {
    form.submitted();
    if (changed.size === 0) {
      form.setProblem(null);
      then(assessment.version);
      return;
    }
    const answers = Object.fromEntries([...changed].map((key) => [key, toAnswer(located.get(key)!.question, values[key])]));
    save.mutate({ answers, version: assessment.version }, {
      onSuccess: (saved) => {
        setChanged(new Set());
        form.setProblem(null);
        const now = new Date();
        setSavedAt(now);
        announce(t('assessments.form.saved', { time: formatTime(now, language) }));
        then(saved.version);
      },
      onError: form.failed,
    });
  };

  const goTo = (target: number, focusId = headingId) =>
    saveChanges(() => {
      setStep(target);
      setFocus({ id: focusId, n: Date.now() });
    });

  const finish = () =>
    saveChanges((version) => complete.mutate({ version }, {
      onSuccess: () => announce(t('assessments.form.completed')),
      onError: form.failed,
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (last) finish();
    else goTo(step + 1);
  };

  const reloadFresh = async () => {
    const fresh = await reload();
    setValues(initialValues(questionnaire, fresh.answers));
    setChanged(new Set());
    form.setProblem(null);
  };

  const answeredIn = (d: (typeof domains)[number]) =>
    d.questions.filter((q) => hasAnswer(values[q.key]) || assessment.maskedQuestions.includes(q.key)).length;
  // The server lists each unanswered question as a field: answers.<key>.
  const unanswered = form.problem?.code === 'ASSESSMENT.UNANSWERED'
    ? Object.keys(form.problem.fields).map((field) => field.replace(/^answers\./, '')).filter((key) => located.has(key))
    : [];

  return (
    <section className="assessment-form" aria-label={t('assessments.form.title')}>
      <p className="field-description">{t('assessments.form.intro')}</p>
      <RecordChanged problem={form.problem} onReload={() => void reloadFresh()} />
      {unanswered.length > 0 ? (
        <MissingSummary
          attempt={form.attempt}
          message={form.problem!.message}
          items={unanswered.map((key) => {
            const where = located.get(key)!;
            return { key, text: `${where.number} ${where.question.text[language]}`, go: () => goTo(where.step, fieldId(FORM, `answers.${key}`)) };
          })}
        />
      ) : (
        <FormProblemSummary
          form={FORM} problem={form.problem} attempt={form.attempt}
          labelOf={(field) => { const where = located.get(field.replace(/^answers\./, '')); return where ? `${where.number} ${where.question.text[language]}` : undefined; }}
        />
      )}

      <div className="assessment-progress">
        <p className="assessment-progress-text">{t('assessments.form.progress', { step: step + 1, total: domains.length })}</p>
        <div className="progress-track" aria-hidden="true"><div className="progress-fill" style={{ width: `${((step + 1) / domains.length) * 100}%` }} /></div>
        <p className="save-status">
          {changed.size > 0 ? t('assessments.form.unsaved')
            : savedAt ? t('assessments.form.saved', { time: formatTime(savedAt, language) })
              : Object.keys(assessment.answers).length > 0 ? t('assessments.form.savedBefore') : null}
        </p>
      </div>

      <details className="assessment-steps">
        <summary>{t('assessments.form.allParts')}</summary>
        <ol>
          {domains.map((d, index) => (
            <li key={d.key}>
              <button type="button" className="link-button" onClick={() => goTo(index)} disabled={pending} aria-current={index === step ? 'step' : undefined}>
                {`${index + 1}. ${d.name[language]}`}
              </button>
              <span className="muted"> {t('assessments.form.partState', { answered: answeredIn(d), total: d.questions.length })}</span>
            </li>
          ))}
        </ol>
      </details>

      <form className="form assessment-step" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>{`${step + 1}. ${domain.name[language]}`}</h2>
        {domain.description ? <p className="field-description">{domain.description[language]}</p> : null}
        {domain.questions.map((question) => (
          <QuestionField
            key={question.key}
            question={question}
            number={numberOf(question.key)}
            value={values[question.key]}
            onChange={(value) => setAnswer(question.key, value)}
            error={form.problem?.fields[`answers.${question.key}`]}
            hidden={question.sensitive === true && !assessment.seesSensitive}
            masked={assessment.maskedQuestions.includes(question.key)}
          />
        ))}
        <div className="form-actions assessment-actions">
          {step > 0 ? <Button variant="secondary" onPress={() => goTo(step - 1)} isDisabled={pending}>{t('assessments.form.back')}</Button> : null}
          <Button type="submit" isDisabled={pending}>{last ? t('assessments.form.complete') : t('assessments.form.next')}</Button>
        </div>
      </form>
    </section>
  );
}

/** "Not answered yet": each question a button that opens its step and puts focus on it. */
function MissingSummary({ message, items, attempt }: { message: string; items: { key: string; text: string; go: () => void }[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [attempt]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary-title">{t('form.errorSummaryTitle')}</h2>
      <p>{message}</p>
      <ul>
        {items.map((item) => <li key={item.key}><button type="button" className="link-button" onClick={item.go}>{item.text}</button></li>)}
      </ul>
    </div>
  );
}

interface QuestionFieldProps {
  question: Question;
  number: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error: string | undefined;
  /** A sensitive question this user may not answer. */
  hidden: boolean;
  /** … and it has an answer they may not see. */
  masked: boolean;
}

/** One question: a fieldset of big radio buttons, or a labelled input for numbers and text. */
function QuestionField({ question, number, value, onChange, error, hidden, masked }: QuestionFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = fieldId(FORM, `answers.${question.key}`);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [question.help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const title = (
    <>
      <span className="question-number">{number}</span> {question.text[language]}
      {question.required ? null : <span className="field-required"> {t('assessments.form.optional')}</span>}
    </>
  );
  const help = question.help ? <p id={helpId} className="field-description">{question.help[language]}</p> : null;
  const errorText = error ? <p id={errorId} className="field-error">{error}</p> : null;

  if (hidden) {
    return (
      <div className="question question-hidden" id={id} tabIndex={-1}>
        <p className="question-text">{title}</p>
        <p className="field-description">{masked ? t('assessments.form.sensitiveAnswered') : t('assessments.form.sensitiveHidden')}</p>
      </div>
    );
  }

  if (question.type === 'number' || question.type === 'text') {
    const inputId = id;
    return (
      <div className={`question${error ? ' question-invalid' : ''}`}>
        <label className="question-text" htmlFor={inputId}>{title}</label>
        {help}
        {errorText}
        <div className="question-input">
          {question.type === 'number' ? (
            <input
              id={inputId} type="text" inputMode={question.integer ? 'numeric' : 'decimal'} autoComplete="off"
              value={value === undefined ? '' : String(value)} onChange={(event) => onChange(event.target.value)}
              aria-invalid={error ? true : undefined} aria-describedby={describedBy} className="number-input"
            />
          ) : (
            <textarea
              id={inputId} rows={3} maxLength={question.maxLength} value={typeof value === 'string' ? value : ''}
              onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
            />
          )}
          {question.type === 'number' && question.unit ? <span className="question-unit">{question.unit[language]}</span> : null}
        </div>
      </div>
    );
  }

  const options: { value: AnswerValue; label: string; mark?: string }[] =
    question.type === 'scale' ? question.anchors.map((a) => ({ value: a.value, mark: String(a.value), label: a.label[language] }))
      : question.type === 'yes_no' ? [{ value: true, label: t('assessments.yes') }, { value: false, label: t('assessments.no') }]
        : question.options.map((o) => ({ value: o.value, label: o.label[language] }));
  return (
    <fieldset className={`question question-${question.type}${error ? ' question-invalid' : ''}`} id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend className="question-text">{title}</legend>
      {help}
      {errorText}
      <div className={`answer-options answer-options-${question.type}`}>
        {options.map((option) => (
          <label key={String(option.value)} className="answer-option">
            <input type="radio" name={question.key} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.mark ? <span className="answer-mark" aria-hidden="true">{option.mark}</span> : null}
            <span className="answer-label">{option.label}</span>
            {/* Chosen is shown by a mark, not by colour alone; the radio itself tells screen readers. */}
            {value === option.value ? <span className="answer-check" aria-hidden="true">✓</span> : null}
          </label>
        ))}
      </div>
      {!question.required && value !== undefined ? (
        <Button variant="quiet" onPress={() => onChange(undefined)}>{t('assessments.form.clear')}</Button>
      ) : null}
    </fieldset>
  );
}
