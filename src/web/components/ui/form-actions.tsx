import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../../lib/form-errors.ts';
import { Button } from './button.tsx';

/** What every form that creates or edits a record takes from the component around it. */
export interface RecordFormProps<Values> {
  /** Prefix of the controls' ids, e.g. "centre-new". */
  form: string;
  initial: Values;
  submitLabel: string;
  problem: FormProblem | null;
  attempt: number;
  isPending: boolean;
  onCancel?: () => void;
}

/** The submit button, and "Cancel" where the form can be closed. */
export function FormActions({ submitLabel, isPending, onCancel }: { submitLabel: string; isPending: boolean; onCancel?: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button type="submit" isDisabled={isPending}>{submitLabel}</Button>
      {onCancel ? <Button variant="secondary" onPress={onCancel}>{t('form.cancel')}</Button> : null}
    </div>
  );
}
