import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useMe } from '../../lib/session.ts';
import { ChangePasswordForm } from '../../features/account/components/change-password-form.tsx';
import { LanguagePreference } from '../../features/account/components/language-preference.tsx';
import { SignOutEverywhere } from '../../features/account/components/sign-out-everywhere.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('account.title')} />
      {me ? <p className="lead">{t('account.intro', { name: `${me.user.firstName} ${me.user.lastName}`, email: me.user.email })}</p> : null}
      <section className="panel" aria-labelledby="account-password">
        <h2 id="account-password">{t('account.changePassword')}</h2>
        <ChangePasswordForm />
      </section>
      <section className="panel" aria-labelledby="account-language">
        <h2 id="account-language">{t('account.languageTitle')}</h2>
        <LanguagePreference />
      </section>
      <section className="panel" aria-labelledby="account-sessions">
        <h2 id="account-sessions">{t('account.signOutEverywhere')}</h2>
        <SignOutEverywhere />
      </section>
    </>
  );
}
