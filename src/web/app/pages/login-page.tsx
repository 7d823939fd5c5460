import { useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { LoginForm } from '../../features/auth/components/login-form.tsx';

/** Only paths inside this app, never another site. */
function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login') ? target : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const search = useSearch({ strict: false }) as { redirect?: string };
  return (
    <div className="page-narrow">
      <PageHeader title={t('login.title')} />
      <p>{t('login.intro')}</p>
      <LoginForm onSignedIn={() => router.history.push(safeRedirect(search.redirect))} />
    </div>
  );
}
