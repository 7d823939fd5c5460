import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import type { PasswordChange } from '../../../../contracts/auth.ts';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { api } from '../../../lib/api-client.ts';
import { announce } from '../../../lib/announce.ts';
import { fieldId, formProblemOf } from '../../../lib/form-errors.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';

const FORM = 'password';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useFormProblem();
  const change = useMutation({ mutationFn: (body: PasswordChange) => api<void>('/api/auth/password', { method: 'POST', body }) });
  const labels: Record<string, string> = {
    currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword'), repeat: t('account.repeatPassword'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!currentPassword) fields.currentPassword = t('form.fillIn');
    if (newPassword.length < LIMITS.passwordMin) fields.newPassword = t('users.passwordTooShort', { min: LIMITS.passwordMin });
    if (repeat !== newPassword) fields.repeat = t('account.passwordsDiffer');
    if (Object.keys(fields).length > 0) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    form.submitted();
    change.mutate({ currentPassword, newPassword }, {
      onSuccess: () => {
        form.setProblem(null);
        setCurrent('');
        setNew('');
        setRepeat('');
        announce(t('account.passwordChanged'));
      },
      onError: (error) => {
        const p = formProblemOf(error, t('errors.generic'));
        if (p.code === 'AUTH.WRONG_CURRENT_PASSWORD') p.fields.currentPassword = p.message;
        form.setProblem(p);
      },
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(field) => labels[field]} />
      <TextField id={fieldId(FORM, 'currentPassword')} label={labels.currentPassword!} type="password" autoComplete="current-password" value={currentPassword} onChange={setCurrent} error={form.problem?.fields.currentPassword} isRequired maxLength={LIMITS.passwordMax} />
      <TextField id={fieldId(FORM, 'newPassword')} label={labels.newPassword!} description={t('users.passwordHint', { min: LIMITS.passwordMin })} type="password" autoComplete="new-password" value={newPassword} onChange={setNew} error={form.problem?.fields.newPassword} isRequired maxLength={LIMITS.passwordMax} />
      <TextField id={fieldId(FORM, 'repeat')} label={labels.repeat!} type="password" autoComplete="new-password" value={repeat} onChange={setRepeat} error={form.problem?.fields.repeat} isRequired maxLength={LIMITS.passwordMax} />
      <FormActions submitLabel={t('account.changePassword')} isPending={change.isPending} />
    </form>
  );
}
