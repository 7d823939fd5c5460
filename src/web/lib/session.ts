import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, Meta } from '../../contracts/auth.ts';
import { ApiError, api, setCsrfToken } from './api-client.ts';

// Who is signed in and what they may do. Every feature reads permissions from here.

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await api<Me>('/api/auth/me', { quietUnauthorized: true });
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
  retry: false,
});

export const metaQuery = queryOptions({
  queryKey: ['meta'],
  queryFn: () => api<Meta>('/api/meta'),
  staleTime: Infinity,
});

export function useMe(): Me | null {
  return useQuery(meQuery).data ?? null;
}

export function useMeta(): Meta | undefined {
  return useQuery(metaQuery).data;
}

export function useCan(permission: string): boolean {
  const me = useMe();
  return me?.permissions.includes(permission) ?? false;
}

export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => {
    if (me) setCsrfToken(me.csrfToken);
    client.setQueryData(meQuery.queryKey, me);
  };
}
