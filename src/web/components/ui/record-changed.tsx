import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../../lib/form-errors.ts';
import { Button } from './button.tsx';

/**
 * Someone else saved the record first: say so, keep what was typed, offer the fresh copy.
 * Shows nothing for any other problem.
 */
export function RecordChanged({ problem, onReload }: { problem: FormProblem | null; onReload: () => void }) {
  if (problem?.code !== 'RECORD.CHANGED') return null;
  return <RecordChangedBanner message={problem.message} onReload={onReload} />;
}

function RecordChangedBanner({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The save button is far below; take focus so the message is seen and heard.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="banner banner-warning" role="alert" tabIndex={-1}>
      <p>{message}</p>
      <p>{t('form.recordChangedHint')}</p>
      <Button variant="secondary" onPress={onReload}>{t('form.reload')}</Button>
    </div>
  );
}
