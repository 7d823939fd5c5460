import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';
import { Banner } from './banner.tsx';

/** What to show while a query loads or after it failed. */
export function QueryState({ isPending, error }: { isPending: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (error) {
    const message = error instanceof ApiError && error.message ? error.message : t('errors.generic');
    return <Banner tone="error" role="alert">{message}</Banner>;
  }
  if (isPending) return <p className="loading" role="status">{t('common.loading')}</p>;
  return null;
}
