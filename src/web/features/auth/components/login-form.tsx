import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { LIMITS } from '../../../../contracts/limits.ts';
import { formProblemOf, type FormProblem } from '../../../lib/form-errors.ts';
import { useMeta } from '../../../lib/session.ts';
import { useSignIn } from '../api/use-sign-in.ts';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const meta = useMeta();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('login.emailMissing');
    if (!password) missing.password = t('login.passwordMissing');
    setAttempt((n) => n + 1);
    if (Object.keys(missing).length > 0) {
      setProblem({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields: missing });
      return;
    }
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => onSignedIn(),
        onError: (error) => setProblem(formProblemOf(error, t('errors.generic'))),
      },
    );
  };

  return (
    <form className="form narrow" onSubmit={submit} noValidate>
      {problem ? (
        <ErrorSummary
          attempt={attempt}
          message={problem.message}
          items={Object.entries(problem.fields).map(([field, text]) => ({ fieldId: `login-${field}`, text }))}
        />
      ) : null}
      <TextField id="login-email" label={t('login.email')} type="email" autoComplete="username" value={email} onChange={setEmail} error={problem?.fields.email} isRequired maxLength={LIMITS.emailMax} />
      <TextField id="login-password" label={t('login.password')} type="password" autoComplete="current-password" value={password} onChange={setPassword} error={problem?.fields.password} isRequired maxLength={LIMITS.passwordMax} />
      <div className="form-actions">
        <Button type="submit" isDisabled={signIn.isPending}>{signIn.isPending ? t('login.signingIn') : t('login.submit')}</Button>
      </div>
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
