import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from '../../../lib/api-client.ts';
import { meQuery } from '../../../lib/session.ts';

export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: async () => {
      client.clear();
      client.setQueryData(meQuery.queryKey, null);
      await navigate({ to: '/login' });
    },
  });
}
