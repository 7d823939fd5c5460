import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EmployerListQuery, EmployerPage } from '../../contracts/employers.ts';
import type { VacancyPage } from '../../contracts/vacancies.ts';
import type { Centre } from '../../contracts/centres.ts';
import type { Organisation } from '../../contracts/organisations.ts';
import type { User } from '../../contracts/users.ts';
import { LIMITS } from '../../contracts/limits.ts';
import { api, withQuery, type Page } from './api-client.ts';
import { useMe, useScope } from './session.ts';

// Options for pickers that several features need (organisations, staff), so that
// features do not have to import each other.

export interface Option { id: string; name: string }

export function useOrganisationOptions(enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'options'],
    queryFn: async (): Promise<Option[]> => {
      const page = await api<Page<Organisation>>(withQuery('/api/organisations', { pageSize: LIMITS.pageSizeMax }));
      return page.items.map((o) => ({ id: o.id, name: o.name }));
    },
    enabled,
    staleTime: 60_000,
  });
}

/** The organisations where the user may do something, to choose from: every one when the permission reaches them all. */
export function useOrganisationOptionsFor(permission: string): Option[] {
  const me = useMe();
  const scope = useScope(permission);
  const all = useOrganisationOptions(scope === 'all');
  if (scope === 'all') return all.data ?? [];
  const names = new Map((me?.user.memberships ?? []).map((m) => [m.organisationId, m.organisationName]));
  return scope.map((id) => ({ id, name: names.get(id) ?? '' }));
}

export function useUserOptions(organisationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['users', 'options', organisationId ?? 'all'],
    queryFn: async (): Promise<Option[]> => {
      const page = await api<Page<User>>(withQuery('/api/users', { organisationId, pageSize: LIMITS.pageSizeMax }));
      return page.items.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` }));
    },
    enabled,
    staleTime: 60_000,
  });
}

export function useCentreOptions(organisationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['centres', 'options', organisationId ?? 'all'],
    queryFn: async (): Promise<Option[]> => {
      const page = await api<Page<Centre>>(withQuery('/api/centres', { organisationId, pageSize: LIMITS.pageSizeMax }));
      return page.items.map((c) => ({ id: c.id, name: c.name }));
    },
    enabled,
    staleTime: 60_000,
  });
}

/** Employers by name or company code, for the employer picker and the employers list. */
export function useEmployerSearch(query: Partial<EmployerListQuery>, enabled = true) {
  return useQuery({
    queryKey: ['employers', 'list', query],
    queryFn: () => api<EmployerPage>(withQuery('/api/employers', query)),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** An employer's open vacancies, to name the one a job analysis or a placement is about. */
export function useEmployerOpenVacancies(employerId: string | null) {
  return useQuery({
    queryKey: ['vacancies', 'of-employer', employerId],
    queryFn: () => api<VacancyPage>(withQuery('/api/vacancies', { employerId, status: 'open', pageSize: 100 })),
    enabled: employerId !== null,
    staleTime: 60_000,
  });
}
