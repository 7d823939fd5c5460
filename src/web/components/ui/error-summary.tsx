import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

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
