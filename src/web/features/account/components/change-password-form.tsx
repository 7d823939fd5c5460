import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import type { PasswordChange } from '../../../../contracts/auth.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { api } from '../../../lib/api-client.ts';
import { announce } from '../../../lib/announce.ts';
import { fieldId, formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';

const FORM = 'password';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const change = useMutation({ mutationFn: (body: PasswordChange) => api<void>('/api/auth/password', { method: 'POST', body }) });
  const labels: Record<string, string> = {
    currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword'), repeat: t('account.repeatPassword'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const fields: Record<string, string> = {};
    if (!currentPassword) fields.currentPassword = t('form.fillIn');
    if (newPassword.length < LIMITS.passwordMin) fields.newPassword = t('users.passwordTooShort', { min: LIMITS.passwordMin });
    if (repeat !== newPassword) fields.repeat = t('account.passwordsDiffer');
    if (Object.keys(fields).length > 0) {
      setProblem({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    change.mutate({ currentPassword, newPassword }, {
      onSuccess: () => {
        setProblem(null);
        setCurrent('');
        setNew('');
        setRepeat('');
        announce(t('account.passwordChanged'));
      },
      onError: (error) => {
        const p = formProblemOf(error, t('errors.generic'));
        if (p.code === 'AUTH.WRONG_CURRENT_PASSWORD') p.fields.currentPassword = p.message;
        setProblem(p);
      },
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {problem ? (
        <ErrorSummary
          attempt={attempt}
          message={problem.message}
          items={Object.entries(problem.fields).map(([field, text]) => ({ fieldId: fieldId(FORM, field), text: `${labels[field] ?? field}: ${text}` }))}
        />
      ) : null}
      <TextField id={fieldId(FORM, 'currentPassword')} label={labels.currentPassword!} type="password" autoComplete="current-password" value={currentPassword} onChange={setCurrent} error={problem?.fields.currentPassword} isRequired maxLength={LIMITS.passwordMax} />
      <TextField id={fieldId(FORM, 'newPassword')} label={labels.newPassword!} description={t('users.passwordHint', { min: LIMITS.passwordMin })} type="password" autoComplete="new-password" value={newPassword} onChange={setNew} error={problem?.fields.newPassword} isRequired maxLength={LIMITS.passwordMax} />
      <TextField id={fieldId(FORM, 'repeat')} label={labels.repeat!} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} error={problem?.fields.repeat} isRequired maxLength={LIMITS.passwordMax} />
      <div className="form-actions">
        <Button type="submit" isDisabled={change.isPending}>{t('account.changePassword')}</Button>
      </div>
    </form>
  );
}
