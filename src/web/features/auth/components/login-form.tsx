import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { LIMITS } from '../../../../contracts/limits.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useMeta } from '../../../lib/session.ts';
import { useSignIn } from '../api/use-sign-in.ts';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const meta = useMeta();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormProblem();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('login.emailMissing');
    if (!password) missing.password = t('login.passwordMissing');
    if (Object.keys(missing).length > 0) {
      form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: missing });
      return;
    }
    form.submitted();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => onSignedIn(),
        onError: form.failed,
      },
    );
  };

  return (
    <form className="form narrow" onSubmit={submit} noValidate>
      <FormProblemSummary form="login" problem={form.problem} attempt={form.attempt} />
      <TextField id="login-email" label={t('login.email')} type="email" autoComplete="username" value={email} onChange={setEmail} error={form.problem?.fields.email} isRequired maxLength={LIMITS.emailMax} />
      <TextField id="login-password" label={t('login.password')} type="password" autoComplete="current-password" value={password} onChange={setPassword} error={form.problem?.fields.password} isRequired maxLength={LIMITS.passwordMax} />
      <FormActions submitLabel={signIn.isPending ? t('login.signingIn') : t('login.submit')} isPending={signIn.isPending} />
      {meta?.demoAccount ? (
        <div className="demo-account">
          <h2>{t('login.demoTitle')}</h2>
          <p>{t('login.demoText')}</p>
          <dl>
            <dt>{t('login.email')}</dt>
            <dd><code>{meta.demoAccount.email}</code></dd>
            <dt>{t('login.password')}</dt>
            <dd><code>{meta.demoAccount.password}</code></dd>
          </dl>
        </div>
      ) : null}
    </form>
  );
}
