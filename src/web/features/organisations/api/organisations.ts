import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import type { Organisation } from '../../../../contracts/organisations.ts';
import type { OrganisationKind } from '../../../../contracts/roles.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export interface OrganisationFilter { q: string; kind: string; page: number; pageSize: number }
// Written out here: the contract's Static types turn its mapped literal unions into never.
export interface OrganisationBody { name: string; kind: OrganisationKind; companyCode?: string; address?: string; email?: string; phone?: string }
interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

export function useOrganisations(filter: OrganisationFilter) {
  return useQuery({
    queryKey: ['organisations', 'list', filter],
    queryFn: () => api<Page<Organisation>>(withQuery('/api/organisations', { ...filter })),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string) {
  return useQuery({ queryKey: ['organisations', 'one', id], queryFn: () => api<Organisation>(`/api/organisations/${id}`) });
}

export function useCreateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationBody) => api<Organisation>('/api/organisations', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useUpdateOrganisation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<OrganisationBody> & { version: number }) => api<Organisation>(`/api/organisations/${id}`, { method: 'PATCH', body }),
    onSuccess: (organisation) => {
      client.setQueryData(['organisations', 'one', id], organisation);
      void client.invalidateQueries({ queryKey: ['organisations'] });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}
