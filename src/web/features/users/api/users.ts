import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User } from '../../../../contracts/users.ts';
import type { Language, Role } from '../../../../contracts/roles.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export interface UserFilter { q: string; organisationId: string; role: string; active: string; page: number; pageSize: number }
// Written out here: the contract's Static types turn its mapped literal unions into never.
export interface UserBody {
  email: string; firstName: string; lastName: string; password: string; language?: Language;
  isSystemAdmin?: boolean; memberships: { organisationId: string; role: Role }[];
}
export type UserChange = Partial<UserBody> & { isActive?: boolean; version: number };
interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['users', 'list', filter],
    queryFn: () => api<Page<User>>(withQuery('/api/users', { ...filter })),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: ['users', 'one', id], queryFn: () => api<User>(`/api/users/${id}`) });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UserBody) => api<User>('/api/users', { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['users'] });
      void client.invalidateQueries({ queryKey: ['organisations'] });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

export function useUpdateUser(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UserChange) => api<User>(`/api/users/${id}`, { method: 'PATCH', body }),
    onSuccess: (user) => {
      client.setQueryData(['users', 'one', id], user);
      void client.invalidateQueries({ queryKey: ['users'] });
      void client.invalidateQueries({ queryKey: ['organisations'] });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}
