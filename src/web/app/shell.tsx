import { useEffect, useState } from 'react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button.tsx';
import { pageChanged, useAnnouncement } from '../lib/announce.ts';
import { applyLanguage, languageFromCookie, rememberLanguage, isLanguage } from '../lib/i18n.ts';
import { useMe, useMeta } from '../lib/session.ts';
import { DemoBanner } from '../features/auth/components/demo-banner.tsx';
import { useSignOut } from '../features/auth/api/use-sign-out.ts';
import { RemindersLink } from '../features/cases/components/reminders-link.tsx';
import { LanguageSwitch } from './language-switch.tsx';

const NAV = [
  { to: '/', key: 'nav.home', permission: null },
  { to: '/cases', key: 'nav.cases', permission: 'case.read' },
  { to: '/calendar', key: 'nav.calendar', permission: 'case.read' },
  { to: '/tasks', key: 'tasks.nav', permission: null },
  { to: '/coach', key: 'fidelity.nav', permission: 'fidelity.read' },
  { to: '/participants', key: 'nav.participants', permission: 'participant.read' },
  { to: '/employers', key: 'employers.nav', permission: 'employer.read' },
  { to: '/vacancies', key: 'employers.vacancy.nav', permission: 'employer.read' },
  { to: '/programmes', key: 'nav.programmes', permission: 'programme.read' },
  { to: '/organisations', key: 'nav.organisations', permission: 'organisation.read' },
  { to: '/centres', key: 'nav.centres', permission: 'centre.read' },
  { to: '/users', key: 'nav.users', permission: 'user.read' },
  { to: '/audit', key: 'nav.audit', permission: 'audit.read' },
] as const;

export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const meta = useMeta();
  const announcement = useAnnouncement();
  const signOut = useSignOut();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    setMenuOpen(false);
    pageChanged();
  }, [pathname]);

  // Without a cookie the language saved on the account decides, once signed in.
  useEffect(() => {
    if (!me || languageFromCookie(document.cookie)) return;
    if (isLanguage(me.user.language)) {
      rememberLanguage(me.user.language);
      applyLanguage(me.user.language);
    }
  }, [me]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('shell.skipToContent')}</a>
      {meta?.demo ? <DemoBanner /> : null}
      <header className="site-header">
        <div className="header-bar">
          <Link to="/" className="brand">Kelias</Link>
          <RemindersLink signedIn={me !== null} />
          <div className="header-tools">
            <LanguageSwitch />
            {me ? (
              <span className="menu-toggle">
                <Button variant="secondary" aria-expanded={menuOpen} aria-controls="site-menu" onPress={() => setMenuOpen((open) => !open)}>
                  {t('shell.menu')}
                </Button>
              </span>
            ) : null}
          </div>
        </div>
        {me ? (
          <div id="site-menu" className={menuOpen ? 'site-menu is-open' : 'site-menu'}>
            <nav aria-label={t('shell.mainNavigation')}>
              <ul className="main-nav">
                {NAV.filter((item) => item.permission === null || me.permissions.includes(item.permission)).map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} activeOptions={{ exact: item.to === '/' }} activeProps={{ 'aria-current': 'page', className: 'is-active' }}>
                      {t(item.key)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="user-menu">
              <span className="user-name">{t('shell.signedInAs', { name: `${me.user.firstName} ${me.user.lastName}` })}</span>
              <Link to="/account" activeProps={{ 'aria-current': 'page', className: 'is-active' }}>{t('nav.account')}</Link>
              <Button variant="secondary" onPress={() => signOut.mutate()} isDisabled={signOut.isPending}>{t('shell.signOut')}</Button>
            </div>
          </div>
        ) : null}
      </header>
      <div className="announcer" role="status" aria-live="polite">{announcement ? <p>{announcement}</p> : null}</div>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer', { version: meta?.version ?? '' })}</p>
      </footer>
    </div>
  );
}
