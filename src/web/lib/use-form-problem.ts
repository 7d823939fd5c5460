import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from './announce.ts';
import { formProblemOf, type FormProblem } from './form-errors.ts';

/** What went wrong with a form's last attempt, and how many attempts there were. */
export function useFormProblem() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  return {
    problem,
    /** Changes on every submit, so the error summary takes focus again after another failure. */
    attempt,
    setProblem,
    submitted: () => setAttempt((n) => n + 1),
    /** The form's own checks failed: nothing was sent. */
    invalid: (p: FormProblem) => {
      setAttempt((n) => n + 1);
      setProblem(p);
    },
    /** The server said no. */
    failed: (error: unknown) => setProblem(formProblemOf(error, t('errors.generic'))),
  };
}

/**
 * The edit form on a record's page. When someone else saved first (RECORD.CHANGED),
 * reload fetches the fresh copy and starts the form again from it (key changes).
 */
export function useEditForm(refetch: () => Promise<unknown>) {
  const { t } = useTranslation();
  const form = useFormProblem();
  const [key, setKey] = useState(0);
  const remount = () => setKey((k) => k + 1);
  return {
    ...form,
    key,
    remount,
    reload: async () => {
      await refetch();
      form.setProblem(null);
      remount();
    },
    saved: () => {
      form.setProblem(null);
      announce(t('form.saved'));
    },
  };
}
