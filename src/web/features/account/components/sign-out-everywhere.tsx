import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ApiError, api } from '../../../lib/api-client.ts';
import { meQuery } from '../../../lib/session.ts';

export function SignOutEverywhere() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const end = useMutation({
    mutationFn: () => api<{ sessionsEnded: number }>('/api/auth/logout-everywhere', { method: 'POST' }),
    onSuccess: async () => {
      client.clear();
      client.setQueryData(meQuery.queryKey, null);
      await navigate({ to: '/login' });
    },
  });
  return (
    <>
      <p>{t('account.signOutEverywhereText')}</p>
      {end.error ? (
        <Banner tone="error" role="alert">{end.error instanceof ApiError && end.error.message ? end.error.message : t('errors.generic')}</Banner>
      ) : null}
      <Button variant="danger" isDisabled={end.isPending} onPress={() => end.mutate()}>{t('account.signOutEverywhere')}</Button>
    </>
  );
}
