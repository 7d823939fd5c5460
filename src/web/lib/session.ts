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

/**
 * Whether the user holds the permission: anywhere without an organisation (menus, pages),
 * or in that organisation (what to offer on one record); `null` is an organisation not
 * known yet, so nothing is offered. Same answers as the server's `can`.
 */
export function useCan(permission: string, organisationId?: string | null): boolean {
  const me = useMe();
  if (!me) return false;
  if (organisationId === undefined) return me.permissions.includes(permission);
  if (me.installationPermissions.includes(permission)) return true;
  return organisationId !== null && (me.organisationPermissions[organisationId]?.includes(permission) ?? false);
}

/** The organisations where the user holds the permission: 'all' of them, or the ids of those their memberships reach. */
export function useScope(permission: string): 'all' | string[] {
  const me = useMe();
  if (!me) return [];
  if (me.installationPermissions.includes(permission)) return 'all';
  return Object.keys(me.organisationPermissions).filter((id) => me.organisationPermissions[id]!.includes(permission));
}

export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => {
    if (me) setCsrfToken(me.csrfToken);
    client.setQueryData(meQuery.queryKey, me);
  };
}
