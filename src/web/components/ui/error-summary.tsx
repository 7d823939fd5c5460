import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FormProblem } from '../../lib/form-errors.ts';

export interface SummaryItem { fieldId: string; text: string }

interface ErrorSummaryProps {
  message: string;
  items?: readonly SummaryItem[];
  /** Changes whenever a new attempt failed, so focus moves to the summary again. */
  attempt?: number;
}

// The box at the top of a form after a failed attempt: what went wrong, with a link
// to each field that needs attention. It takes focus so nobody misses it.
export function ErrorSummary({ message, items = [], attempt }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt, message]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary-title">{t('form.errorSummaryTitle')}</h2>
      <p>{message}</p>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  const target = document.getElementById(item.fieldId);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface FormProblemSummaryProps {
  /** The form's id prefix: each item links to fieldId(form, field). */
  form: string;
  problem: FormProblem | null;
  attempt: number;
  /** The label of an API field, to start its item with ("Name: …"); without it only the message. */
  labelOf?: (field: string) => string | undefined;
}

/** The summary of a form's problem; a changed record has its own banner (RecordChanged). */
export function FormProblemSummary({ form, problem, attempt, labelOf }: FormProblemSummaryProps) {
  if (!problem || problem.code === 'RECORD.CHANGED') return null;
  const items = Object.entries(problem.fields).map(([field, text]) => ({
    fieldId: fieldId(form, field),
    text: labelOf ? `${labelOf(field) ?? field}: ${text}` : text,
  }));
  return <ErrorSummary attempt={attempt} message={problem.message} items={items} />;
}
