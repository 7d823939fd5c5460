import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import type { HomeCounts } from '../../../../contracts/home.ts';
import { api } from '../../../lib/api-client.ts';
import { formatLongDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useMe } from '../../../lib/session.ts';

export function HomeDashboard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const counts = useQuery({ queryKey: ['home'], queryFn: () => api<HomeCounts>('/api/home') });
  const can = (permission: string) => me?.permissions.includes(permission) ?? false;

  // A null count is one the server keeps from this user (people's counts from the installation administrator).
  const cards: { key: string; value: number | null; to: '/organisations' | '/centres' | '/users' | '/audit' | '/participants' | '/programmes'; show: boolean }[] = counts.data
    ? [
        { key: 'home.organisations', value: counts.data.organisations, to: '/organisations', show: can('organisation.read') },
        { key: 'home.centres', value: counts.data.centres, to: '/centres', show: can('centre.read') },
        { key: 'home.workstations', value: counts.data.workstations, to: '/centres', show: can('centre.read') },
        { key: 'home.activeStaff', value: counts.data.activeStaff, to: '/users', show: can('user.read') },
        { key: 'home.participants', value: counts.data.participants, to: '/participants', show: true },
        { key: 'home.activeProgrammes', value: counts.data.activeProgrammes, to: '/programmes', show: true },
        { key: 'home.enrolled', value: counts.data.enrolled, to: '/programmes', show: true },
        { key: 'home.waiting', value: counts.data.waiting, to: '/programmes', show: true },
        { key: 'home.auditToday', value: counts.data.auditEntriesToday, to: '/audit', show: counts.data.auditEntriesToday !== null },
      ]
    : [];

  return (
    <>
      <PageHeader title={t('home.greeting', { name: me?.user.firstName ?? '' })} />
      <p className="lead">{t('home.today', { date: formatLongDate(new Date(), language) })}</p>
      <h2>{t('home.summaryTitle')}</h2>
      <QueryState isPending={counts.isPending} error={counts.error} />
      <ul className="cards">
        {cards.filter((card) => card.show && card.value !== null).map((card) => (
          <li key={card.key} className="card">
            <Link to={card.to} className="card-link">
              <span className="card-value">{formatNumber(card.value ?? 0, language)}</span>
              <span className="card-label">{t(card.key)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
